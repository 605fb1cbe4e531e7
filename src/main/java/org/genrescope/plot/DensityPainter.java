package org.genrescope.plot;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Shades a scatter by density ({@link Shading#DENSITY}): each mark adds one to the count of the device pixel its
 * centre falls in and its colour to that pixel's colour sums; {@link #end()} then paints every counted pixel in
 * the mean colour of its points, mixed with what is beneath by a weight that grows with the logarithm of the
 * count: {@code w = MIN_WEIGHT + (1 - MIN_WEIGHT) * ln(1 + count) / ln(1 + maxCount)}, so a lone point stays
 * visible and the busiest pixel is the pure colour. Marker size, shape and opacity are not used.
 *
 * <p>Writes into an {@code int} ARGB premultiplied (or opaque RGB) buffer like {@link RasterPointPainter}.
 */
final class DensityPainter implements PointPainter {

    /**
     * The weight of a pixel holding one point (of the busiest one: 1). At 0.2 a lone point was a pale dot that a
     * new user could not see on the real data's 12,584 tracks (most pixels hold one point there).
     */
    static final double MIN_WEIGHT = 0.45;

    private final int[] pixels;
    private final int width;
    private final int height;
    private final double scale;
    private Rectangle clip;
    private int[] count;
    private int[] red;
    private int[] green;
    private int[] blue;
    private int maxCount;

    /** @param scale device pixels per logical pixel */
    DensityPainter(BufferedImage image, double scale) {
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.scale = scale;
    }

    @Override
    public void begin(Rectangle2D plot) {
        clip = RasterPointPainter.deviceClip(plot, scale, width, height);
        int area = Math.max(0, clip.width) * Math.max(0, clip.height);
        count = new int[area];
        red = new int[area];
        green = new int[area];
        blue = new int[area];
        maxCount = 0;
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
        for (int c : count) {
            maxCount = Math.max(maxCount, c);
        }
        double logMax = Math.log1p(maxCount);
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
        count = red = green = blue = null;
    }

    /** The mixing weight of a pixel holding {@code c} points when the busiest holds {@code exp(logMax) - 1}. */
    static double weight(int c, double logMax) {
        return logMax <= Math.log(2) ? 1 : MIN_WEIGHT + (1 - MIN_WEIGHT) * Math.log1p(c) / logMax;
    }

    /** The count of the busiest pixel in the last drawing (0 before any). */
    int maxCount() {
        return maxCount;
    }
}
