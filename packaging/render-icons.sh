#!/usr/bin/env bash
# Renders assets/genrescope.svg to the PNG sizes desktops ask for (assets/icons/genrescope-N.png), with
# ImageMagick's own SVG renderer. Run it after editing the SVG; the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v convert >/dev/null || { echo "render-icons.sh needs ImageMagick's convert." >&2; exit 1; }
for size in 16 32 48 64 128 256 512; do
    # Rasterise at twice the size, then downscale: smoother edges than drawing at the final size.
    density=$((72 * size * 2 / 256))
    convert -background none -density "${density}x${density}" assets/genrescope.svg -resize "${size}x${size}" \
        -depth 8 "assets/icons/genrescope-$size.png"
done
