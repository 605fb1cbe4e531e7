package org.genrescope.plot;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The reference (test sources only): the raster painter as it was before session 7 (commit fe4e464), unchanged
 * but for its name, one {@link #mark} per point, per-channel blending. RasterDrawingTest checks the faster painter
 * against it pixel for pixel and ScatterScaleBenchmark times the two side by side. Do not "improve" it.
 *
 * <p>Writes discs straight into an {@code int} pixel buffer (opaque, or premultiplied ARGB such as a transparent
 * layer), blending "source over" itself. Java2D's
 * antialiased ellipse fill costs microseconds per point; a precomputed coverage mask and a few integer
 * multiplies per pixel cost nanoseconds, which is what makes 100,000 points interactive.
 *
 * <p>A disc's centre is snapped to the middle of the pixel it falls in (at most half a device pixel off
 * the vector output); its edge is antialiased by the mask's 4 x 4 supersampled coverage.
 */
final class ReferenceRasterPointPainter implements PointPainter {

    private static final int SUBSAMPLES = 4;

    private final int[] pixels;
    private final int width;
    private final int height;
    private final double scale;
    private Rectangle clip;
    private final Map<MaskKey, Mask> masks = new HashMap<>();
    private Mask mask;

    /**
     * @param image an image of type {@code TYPE_INT_RGB}, {@code TYPE_INT_ARGB} or {@code TYPE_INT_ARGB_PRE};
     *              only the last may hold transparent pixels
     * @param scale device pixels per logical pixel
     */
    ReferenceRasterPointPainter(BufferedImage image, double scale) {
        int type = image.getType();
        if (type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB
                && type != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("the raster painter needs an int RGB/ARGB image, got type " + type);
        }
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.scale = scale;
    }

    @Override
    public void begin(Rectangle2D plot) {
        clip = deviceClip(plot, scale, width, height);
    }

    /** The device pixels a logical rectangle covers, within the image. */
    static Rectangle deviceClip(Rectangle2D plot, double scale, int width, int height) {
        int x0 = (int) Math.floor(plot.getMinX() * scale);
        int y0 = (int) Math.floor(plot.getMinY() * scale);
        int x1 = (int) Math.ceil(plot.getMaxX() * scale);
        int y1 = (int) Math.ceil(plot.getMaxY() * scale);
        return new Rectangle(x0, y0, x1 - x0, y1 - y0).intersection(new Rectangle(0, 0, width, height));
    }

    @Override
    public void mark(double cx, double cy, double radius, Marker marker, int rgb, double opacity) {
        double deviceRadius = radius * scale;
        if (mask == null || mask.radius != deviceRadius || mask.marker != marker) {
            mask = masks.computeIfAbsent(new MaskKey(deviceRadius, marker), k -> Mask.of(k.radius(), k.marker()));
        }
        int[] maskDx = mask.dx;
        int[] maskDy = mask.dy;
        int[] maskCoverage = mask.coverage;
        int centerX = (int) Math.floor(cx * scale);
        int centerY = (int) Math.floor(cy * scale);
        int alpha = (int) Math.round(opacity * 256);
        int sr = (rgb >> 16) & 0xFF;
        int sg = (rgb >> 8) & 0xFF;
        int sb = rgb & 0xFF;
        int minX = clip.x;
        int minY = clip.y;
        int maxX = clip.x + clip.width;
        int maxY = clip.y + clip.height;
        int reach = mask.reach;
        // nearly every marker lies wholly inside the plot: then no pixel needs its own bounds check
        boolean inside = centerX - reach >= minX && centerX + reach < maxX && centerY - reach >= minY
                && centerY + reach < maxY;
        int centre = centerY * width + centerX;
        for (int k = 0; k < maskCoverage.length; k++) {
            int index;
            if (inside) {
                index = centre + maskDy[k] * width + maskDx[k];
            } else {
                int x = centerX + maskDx[k];
                int y = centerY + maskDy[k];
                if (x < minX || x >= maxX || y < minY || y >= maxY) {
                    continue;
                }
                index = y * width + x;
            }
            int a = (maskCoverage[k] * alpha) >> 8; // 0..256
            int dst = pixels[index];
            int keep = 256 - a;
            // premultiplied "source over": an opaque pixel stays opaque, a transparent layer (SVG) gains alpha
            pixels[index] = ((255 * a + (dst >>> 24) * keep) >> 8) << 24
                    | ((sr * a + ((dst >> 16) & 0xFF) * keep) >> 8) << 16
                    | ((sg * a + ((dst >> 8) & 0xFF) * keep) >> 8) << 8
                    | ((sb * a + (dst & 0xFF) * keep) >> 8);
        }
    }

    @Override
    public void end() {
        clip = null;
    }

    private record MaskKey(double radius, Marker marker) {
    }

    /** Coverage (0..256) of each pixel around the centre pixel by a marker centred on that pixel's middle. */
    private record Mask(double radius, Marker marker, int reach, int[] dx, int[] dy, int[] coverage) {

        static Mask of(double radius, Marker marker) {
            // A triangle of a disc's area reaches 1.56 radii from its centre; a square 1.25.
            int reach = (int) Math.ceil(1.6 * radius + 0.5);
            java.awt.Shape shape = marker == Marker.DISC ? null : marker.shape(0, 0, radius);
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
            return new Mask(radius, marker, reach, Arrays.copyOf(dx, count), Arrays.copyOf(dy, count), Arrays.copyOf(coverage, count));
        }
    }
}
