package org.genrescope.plot;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Shades a scatter by density ({@link Shading#DENSITY}) as a two-dimensional histogram: the plot's device pixels
 * are cut into square bins of {@link #binSize} device pixels a side (from the plot's top left corner; the bins of the
 * right and bottom edges may be narrower), each mark adds one to the count of the bin its centre falls in and its
 * colour to that bin's colour sums, and {@link #end()} paints every pixel of every counted bin in the mean colour
 * of its points, mixed with what is beneath by a weight that grows with the logarithm of the count:
 * {@code w = MIN_WEIGHT + (1 - MIN_WEIGHT) * ln(1 + count) / ln(1 + maxCount)}, so a lone point stays visible and
 * the busiest bin is the pure colour. Marker size, shape and opacity are not used.
 *
 * <p>Why bins wider than a pixel: with one pixel per bin, a million points give counts into the hundreds, but the
 * real data's 12,584 tracks leave almost every pixel at 0 or 1 point, so the log scale has nothing to grade and the
 * plot is faint, evenly pale dots. The bin's side follows the points' mean spacing, {@code sqrt(plot area / n)}
 * logical pixels ({@link #binSide}), as Datashader's dynamic spreading widens its points until they meet when the
 * plot is sparse: 1 pixel at a million points in the window's plot, several at ten thousand. The points are first
 * counted per pixel (the same cost per point as before) and the pixels gathered into bins once their number is
 * known. The bins are fixed to the plot, not to the data: a pan by less than a bin moves points between bins.
 *
 * <p>Writes into an {@code int} ARGB premultiplied (or opaque RGB) buffer like {@link RasterPointPainter}.
 */
final class DensityPainter implements PointPainter {

    /**
     * The weight of a bin holding one point (of the busiest one: 1). At 0.2 a lone point was a pale dot that a
     * new user could not see on the real data's 12,584 tracks.
     */
    static final double MIN_WEIGHT = 0.45;

    /**
     * The widest bin, in logical pixels: past it a bin would be a visible tile rather than a grain, and a plot of a
     * few dozen points has no density to show anyway.
     */
    static final int MAX_BIN = 8;

    /**
     * The bins of a drawing, for its key.
     *
     * @param size     the side of a bin in device pixels of the image drawn into (1: a bin is a pixel)
     * @param side     the side of a bin in logical pixels, as the key gives it ({@link #binSide}; 1 when
     *                 {@code size} is 1)
     * @param maxCount the points in the busiest bin (0: no point in view)
     */
    record Bins(int size, int side, int maxCount) {
        static final Bins NONE = new Bins(1, 1, 0);
    }

    private final int[] pixels;
    private final int width;
    private final int height;
    private final double scale;
    private Rectangle clip;
    private int[] count;
    private int[] red;
    private int[] green;
    private int[] blue;
    private Bins bins = Bins.NONE;

    /** @param scale device pixels per logical pixel */
    DensityPainter(BufferedImage image, double scale) {
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.scale = scale;
    }

    /**
     * The side of a bin in logical pixels: the mean spacing of {@code n} points spread evenly over the plot,
     * {@code floor(sqrt(plot area / n))} with the area in logical pixels ({@code plotWidth * plotHeight / scale^2}),
     * at least 1 and at most {@link #MAX_BIN}. For a 1100 x 700 plot: 1 at a million points, 2 at 100,000, 7 at
     * 12,584, 8 below about 12,000. In logical pixels so that a PNG export at twice the scale has the screen's bins.
     *
     * @param n          the points in view (0 gives 1)
     * @param plotWidth  the plot's width in device pixels
     * @param plotHeight the plot's height in device pixels
     * @param scale      device pixels per logical pixel
     */
    static int binSide(long n, int plotWidth, int plotHeight, double scale) {
        if (n <= 0) {
            return 1;
        }
        double spacing = Math.sqrt((double) plotWidth * plotHeight / (scale * scale) / n);
        return (int) Math.max(1, Math.min(MAX_BIN, Math.floor(spacing)));
    }

    /**
     * The side of a bin in device pixels: a device pixel when {@link #binSide} is 1 (the many points' case, at any
     * scale, as it always was), else {@code round(binSide * scale)}.
     */
    static int binSize(long n, int plotWidth, int plotHeight, double scale) {
        int side = binSide(n, plotWidth, plotHeight, scale);
        return side == 1 ? 1 : Math.max(1, (int) Math.round(side * scale));
    }

    @Override
    public void begin(Rectangle2D plot) {
        clip = RasterPointPainter.deviceClip(plot, scale, width, height);
        int area = Math.max(0, clip.width) * Math.max(0, clip.height);
        count = new int[area];
        red = new int[area];
        green = new int[area];
        blue = new int[area];
        bins = Bins.NONE;
    }

    @Override
    public void mark(double cx, double cy, double radius, Marker marker, int rgb, double opacity) {
        int x = (int) Math.floor(cx * scale) - clip.x;
        int y = (int) Math.floor(cy * scale) - clip.y;
        if (x < 0 || x >= clip.width || y < 0 || y >= clip.height) {
            return;
        }
        int k = y * clip.width + x;
        count[k]++;
        red[k] += (rgb >> 16) & 0xFF;
        green[k] += (rgb >> 8) & 0xFF;
        blue[k] += rgb & 0xFF;
    }

    @Override
    public void end() {
        long n = 0;
        int maxCount = 0;
        for (int c : count) {
            n += c;
            maxCount = Math.max(maxCount, c);
        }
        int side = binSide(n, clip.width, clip.height, scale);
        int size = binSize(n, clip.width, clip.height, scale);
        if (size == 1) {
            bins = new Bins(1, 1, maxCount);
            paintPixels(Math.log1p(maxCount));
        } else {
            gatherIntoBins(size);
            maxCount = 0;
            for (int c : count) {
                maxCount = Math.max(maxCount, c);
            }
            bins = new Bins(size, side, maxCount);
            paintBins(size, Math.log1p(maxCount));
        }
        count = red = green = blue = null;
    }

    /** Bins of one pixel (the many points' case, kept to the one loop it always was). */
    private void paintPixels(double logMax) {
        for (int y = 0; y < clip.height; y++) {
            for (int x = 0; x < clip.width; x++) {
                int k = y * clip.width + x;
                int c = count[k];
                if (c == 0) {
                    continue;
                }
                int w = (int) Math.round(weight(c, logMax) * 256);
                int keep = 256 - w;
                int index = (clip.y + y) * width + clip.x + x;
                int dst = pixels[index];
                pixels[index] = (((255 * w + (dst >>> 24) * keep) >> 8) << 24)
                        | (((red[k] / c) * w + ((dst >> 16) & 0xFF) * keep) >> 8) << 16
                        | (((green[k] / c) * w + ((dst >> 8) & 0xFF) * keep) >> 8) << 8
                        | (((blue[k] / c) * w + (dst & 0xFF) * keep) >> 8);
            }
        }
    }

    /** Bins of {@code size} pixels a side, after {@link #gatherIntoBins}: every pixel of a bin gets its shade. */
    private void paintBins(int size, double logMax) {
        int columns = (clip.width + size - 1) / size;
        int rows = (clip.height + size - 1) / size;
        for (int row = 0; row < rows; row++) {
            int y0 = row * size;
            int y1 = Math.min(clip.height, y0 + size);
            for (int column = 0; column < columns; column++) {
                int k = row * columns + column;
                int c = count[k];
                if (c == 0) {
                    continue;
                }
                int w = (int) Math.round(weight(c, logMax) * 256);
                int keep = 256 - w;
                int alpha = 255 * w;
                int r = (red[k] / c) * w;
                int g = (green[k] / c) * w;
                int b = (blue[k] / c) * w;
                int x0 = column * size;
                int x1 = Math.min(clip.width, x0 + size);
                for (int y = y0; y < y1; y++) {
                    int index = (clip.y + y) * width + clip.x + x0;
                    for (int x = x0; x < x1; x++, index++) {
                        int dst = pixels[index];
                        pixels[index] = (((alpha + (dst >>> 24) * keep) >> 8) << 24)
                                | ((r + ((dst >> 16) & 0xFF) * keep) >> 8) << 16
                                | ((g + ((dst >> 8) & 0xFF) * keep) >> 8) << 8
                                | ((b + (dst & 0xFF) * keep) >> 8);
                    }
                }
            }
        }
    }

    /**
     * Replaces the per-pixel counts and colour sums by their sums over bins of {@code size} pixels a side, row by
     * row ({@code ceil(width / size)} bins a row).
     */
    private void gatherIntoBins(int size) {
        int columns = (clip.width + size - 1) / size;
        int rows = (clip.height + size - 1) / size;
        int[] c = new int[columns * rows];
        int[] r = new int[c.length];
        int[] g = new int[c.length];
        int[] b = new int[c.length];
        for (int y = 0; y < clip.height; y++) {
            int binRow = (y / size) * columns;
            int p = y * clip.width;
            for (int column = 0, x = 0; x < clip.width; column++) {
                int k = binRow + column;
                for (int end = Math.min(clip.width, x + size); x < end; x++, p++) {
                    if (count[p] != 0) { // most pixels of a sparse plot: then its colour sums are 0 too
                        c[k] += count[p];
                        r[k] += red[p];
                        g[k] += green[p];
                        b[k] += blue[p];
                    }
                }
            }
        }
        count = c;
        red = r;
        green = g;
        blue = b;
    }

    /** The mixing weight of a bin holding {@code c} points when the busiest holds {@code exp(logMax) - 1}. */
    static double weight(int c, double logMax) {
        return logMax <= Math.log(2) ? 1 : MIN_WEIGHT + (1 - MIN_WEIGHT) * Math.log1p(c) / logMax;
    }

    /** The bins of the last drawing ({@link Bins#NONE} before any). */
    Bins bins() {
        return bins;
    }
}
