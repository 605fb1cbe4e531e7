package org.genrescope.plot;

import java.awt.Shape;
import java.util.Arrays;

/**
 * One marker (shape, device radius, colour, opacity) made ready to blend into an {@code int} premultiplied ARGB
 * buffer of a given width: for each pixel it touches, its offset from the centre pixel, and the source's
 * contribution and the destination's weight of the "source over" blend, so that drawing a point is a few loads, two
 * multiplies and a store per pixel.
 *
 * <p>The blend is the one {@link RasterPointPainter} has always used, per channel
 * {@code out = (src * a + dst * (256 - a)) >> 8} with {@code a = (coverage * alpha) >> 8} and alpha 255 for the
 * source's own alpha channel; it is done two channels at a time (red with blue, alpha with green) in one 32-bit
 * multiply each. Both halves stay below 65,536 ({@code 255 * a + 255 * (256 - a) = 65,280}), so no carry crosses
 * from one channel into the next and the result is bit for bit the per-channel one. Pixels whose {@code a} is 0
 * are left out: the blend would give back the destination unchanged.
 */
final class MarkerStamp {

    private static final int SUBSAMPLES = 4;

    /**
     * Per pixel, 4 ints: offset in the buffer from the centre pixel, 256 - a, (r*a) << 16 | b*a, (255*a) << 16 | g*a.
     */
    private final int[] table;
    private final int[] dx;
    private final int[] dy;
    private final int minDx;
    private final int maxDx;
    private final int minDy;
    private final int maxDy;
    /**
     * For a stamp spanning exactly 3 x 3 pixels (a 2-pixel marker at scale 1, the style past 100,000 points): 256 - a,
     * red-blue and alpha-green terms of the nine pixels row by row, a pixel the marker misses given a = 0 (which
     * writes back what it reads); null otherwise. Drawn by straight-line code, some 10% faster than the table loop.
     */
    private final int[] nine;

    private MarkerStamp(int[] table, int[] dx, int[] dy) {
        this.table = table;
        this.dx = dx;
        this.dy = dy;
        this.minDx = dx.length == 0 ? 0 : Arrays.stream(dx).min().getAsInt();
        this.maxDx = dx.length == 0 ? 0 : Arrays.stream(dx).max().getAsInt();
        this.minDy = dy.length == 0 ? 0 : Arrays.stream(dy).min().getAsInt();
        this.maxDy = dy.length == 0 ? 0 : Arrays.stream(dy).max().getAsInt();
        if (minDx == -1 && maxDx == 1 && minDy == -1 && maxDy == 1) {
            // the extent is the full 3 x 3, so the filler pixels lie in the rows the bounds test admitted
            nine = new int[27];
            for (int q = 0; q < 9; q++) {
                nine[3 * q] = 256;
            }
            for (int e = 0; e < dx.length; e++) {
                int q = (dy[e] + 1) * 3 + dx[e] + 1;
                nine[3 * q] = table[4 * e + 1];
                nine[3 * q + 1] = table[4 * e + 2];
                nine[3 * q + 2] = table[4 * e + 3];
            }
        } else {
            nine = null;
        }
    }

    /**
     * The stamp of {@code mask} in colour {@code rgb} (0xRRGGBB) at {@code alpha} (0..256, the opacity times 256)
     * for a buffer {@code width} pixels wide.
     */
    static MarkerStamp of(Mask mask, int rgb, int alpha, int width) {
        int sr = (rgb >> 16) & 0xFF;
        int sg = (rgb >> 8) & 0xFF;
        int sb = rgb & 0xFF;
        int n = mask.coverage().length;
        int[] table = new int[4 * n];
        int[] dx = new int[n];
        int[] dy = new int[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            int a = (mask.coverage()[k] * alpha) >> 8; // 0..256
            if (a == 0) {
                continue;
            }
            dx[count] = mask.dx()[k];
            dy[count] = mask.dy()[k];
            table[4 * count] = mask.dy()[k] * width + mask.dx()[k];
            table[4 * count + 1] = 256 - a;
            table[4 * count + 2] = (sr * a) << 16 | (sb * a);
            table[4 * count + 3] = (255 * a) << 16 | (sg * a);
            count++;
        }
        return new MarkerStamp(Arrays.copyOf(table, 4 * count), Arrays.copyOf(dx, count), Arrays.copyOf(dy, count));
    }

    /** Rows the stamp reaches above its centre pixel (at least 0). */
    int reachUp() {
        return Math.max(0, -minDy);
    }

    /** Rows the stamp reaches below its centre pixel (at least 0). */
    int reachDown() {
        return Math.max(0, maxDy);
    }

    /** Columns the stamp reaches left of its centre pixel (at least 0). */
    int reachLeft() {
        return Math.max(0, -minDx);
    }

    /** Columns the stamp reaches right of its centre pixel (at least 0). */
    int reachRight() {
        return Math.max(0, maxDx);
    }

    /**
     * Blends the stamp centred on pixel (cx, cy) of {@code pixels} ({@code width} wide, the width it was made for),
     * leaving out pixels outside columns [left, right) and rows [top, bottom).
     */
    void draw(int[] pixels, int width, int cx, int cy, int left, int top, int right, int bottom) {
        if (cx + minDx >= left && cx + maxDx < right && cy + minDy >= top && cy + maxDy < bottom) {
            // nearly every marker lies wholly inside: no pixel needs its own bounds test
            if (nine != null) {
                drawNine(pixels, cy * width + cx, width);
            } else {
                drawInside(pixels, cy * width + cx);
            }
        } else {
            drawClipped(pixels, width, cx, cy, left, top, right, bottom);
        }
    }

    private void drawInside(int[] pixels, int centre) {
        int[] t = table;
        for (int k = 0; k < t.length; k += 4) {
            int index = centre + t[k];
            pixels[index] = blend(pixels[index], t[k + 1], t[k + 2], t[k + 3]);
        }
    }

    private void drawNine(int[] pixels, int centre, int width) {
        int[] q = nine;
        int up = centre - width;
        int down = centre + width;
        pixels[up - 1] = blend(pixels[up - 1], q[0], q[1], q[2]);
        pixels[up] = blend(pixels[up], q[3], q[4], q[5]);
        pixels[up + 1] = blend(pixels[up + 1], q[6], q[7], q[8]);
        pixels[centre - 1] = blend(pixels[centre - 1], q[9], q[10], q[11]);
        pixels[centre] = blend(pixels[centre], q[12], q[13], q[14]);
        pixels[centre + 1] = blend(pixels[centre + 1], q[15], q[16], q[17]);
        pixels[down - 1] = blend(pixels[down - 1], q[18], q[19], q[20]);
        pixels[down] = blend(pixels[down], q[21], q[22], q[23]);
        pixels[down + 1] = blend(pixels[down + 1], q[24], q[25], q[26]);
    }

    private void drawClipped(int[] pixels, int width, int cx, int cy, int left, int top, int right, int bottom) {
        int[] t = table;
        for (int k = 0, e = 0; k < t.length; k += 4, e++) {
            int x = cx + dx[e];
            int y = cy + dy[e];
            if (x < left || x >= right || y < top || y >= bottom) {
                continue;
            }
            int index = y * width + x;
            pixels[index] = blend(pixels[index], t[k + 1], t[k + 2], t[k + 3]);
        }
    }

    /** Premultiplied "source over", two channels per multiply (see the class comment for why it is exact). */
    static int blend(int dst, int keep, int redBlue, int alphaGreen) {
        int rb = (dst & 0x00FF00FF) * keep + redBlue;
        int ag = ((dst >>> 8) & 0x00FF00FF) * keep + alphaGreen;
        return (ag & 0xFF00FF00) | ((rb >>> 8) & 0x00FF00FF);
    }

    /** Coverage (0..256) of each pixel around the centre pixel by a marker centred on that pixel's middle. */
    record Mask(int[] dx, int[] dy, int[] coverage) {

        /** The mask of {@code marker} with disc-equivalent radius {@code radius} in device pixels. */
        static Mask of(double radius, Marker marker) {
            // A triangle of a disc's area reaches 1.56 radii from its centre; a square 1.25.
            int reach = (int) Math.ceil(1.6 * radius + 0.5);
            Shape shape = marker == Marker.DISC ? null : marker.shape(0, 0, radius);
            int side = 2 * reach + 1;
            int[] dx = new int[side * side];
            int[] dy = new int[side * side];
            int[] coverage = new int[side * side];
            int count = 0;
            double r2 = radius * radius;
            for (int y = -reach; y <= reach; y++) {
                for (int x = -reach; x <= reach; x++) {
                    int inside = 0;
                    for (int sy = 0; sy < SUBSAMPLES; sy++) {
                        for (int sx = 0; sx < SUBSAMPLES; sx++) {
                            // Sample positions relative to the centre pixel's middle.
                            double px = x + (sx + 0.5) / SUBSAMPLES - 0.5;
                            double py = y + (sy + 0.5) / SUBSAMPLES - 0.5;
                            if (shape == null ? px * px + py * py <= r2 : shape.contains(px, py)) {
                                inside++;
                            }
                        }
                    }
                    if (inside > 0) {
                        dx[count] = x;
                        dy[count] = y;
                        coverage[count] = inside * 256 / (SUBSAMPLES * SUBSAMPLES);
                        count++;
                    }
                }
            }
            if (count == 0) { // a disc smaller than the samples still marks its pixel
                coverage[0] = 256;
                count = 1;
            }
            return new Mask(Arrays.copyOf(dx, count), Arrays.copyOf(dy, count), Arrays.copyOf(coverage, count));
        }
    }
}
