#!/usr/bin/env bash
# Cold start to the first drawn plot (issue 14): starts Genrescope with a fresh settings folder, so the window
# opens the bundled sample and trains it, under a private Xvfb display, and polls the screen until the cluster
# plot's area holds coloured points; prints one line per run and the median. Needs Xvfb and ImageMagick.
#
#   src/tools/cold_start_to_plot.sh [runs=5] [launcher=target/package/genrescope/bin/genrescope]
#
# The first run after a new build makes the launcher's class-data-sharing archive; later runs use it (say which).
# The poll (an `import` about every 0.3 s) takes some CPU itself; the figure is an upper bound by that much.
set -euo pipefail
runs=${1:-5}
launcher=${2:-target/package/genrescope/bin/genrescope}
display=:${GENRESCOPE_BENCH_DISPLAY:-93}
[ -x "$launcher" ] || { echo "no launcher at $launcher (packaging/build.sh --no-deb builds it)" >&2; exit 2; }
Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display
times=()
for run in $(seq 1 "$runs"); do
    home=$(mktemp -d)
    shot=$home/shot.png
    start=$(date +%s.%N)
    XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$launcher" >"$home/log" 2>&1 &
    app=$!
    seen=""
    while kill -0 $app 2>/dev/null; do
        sleep 0.3
        import -window root "$shot" 2>/dev/null || continue
        # Share of strongly coloured pixels in the middle of the screen, where the cluster plot is drawn
        # (the loss plot and progress bar are at the left and bottom edges, outside the crop).
        share=$(convert "$shot" -gravity center -crop 40%x55%+40+0 +repage -colorspace HSL -channel G -separate \
            -threshold 35% -format "%[fx:mean]" info: 2>/dev/null || echo 0)
        if awk -v s="$share" 'BEGIN { exit !(s > 0.002) }'; then
            seen=$(date +%s.%N)
            break
        fi
        if awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { exit !(b - a > 300) }'; then
            break
        fi
    done
    load=$(cut -d' ' -f1 /proc/loadavg)
    if [ -n "$seen" ]; then
        t=$(awk -v a="$start" -v b="$seen" 'BEGIN { printf "%.1f", b - a }')
        times+=("$t")
        echo "run $run: first plot after $t s (load average $load)"
        cp "$shot" "/tmp/cold_start_run$run.png"
    else
        echo "run $run: no plot seen within 300 s (load average $load); log: $home/log"
    fi
    xdotool key --clearmodifiers ctrl+q 2>/dev/null || true
    sleep 2
    kill $app 2>/dev/null || true
    wait $app 2>/dev/null || true
    rm -rf "$home"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { if (NR) print "median of " NR ": " a[int((NR + 1) / 2)] " s" }'
