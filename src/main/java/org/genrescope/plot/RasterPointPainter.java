package org.genrescope.plot;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes discs straight into an {@code int} pixel buffer (opaque, or premultiplied ARGB such as a transparent
 * layer), blending "source over" itself. Java2D's
 * antialiased ellipse fill costs microseconds per point; a precomputed {@link MarkerStamp} and two integer
 * multiplies per pixel cost nanoseconds, which is what makes a million points redraw in a few tens of milliseconds.
 *
 * <p>A disc's centre is snapped to the middle of the pixel it falls in (at most half a device pixel off
 * the vector output); its edge is antialiased by the mask's 4 x 4 supersampled coverage.
 *
 * <p>A whole drawing ({@link #markAll}) is split into horizontal bands of about equal numbers of points, drawn by
 * {@link RasterBands} on one thread each; every band walks the points in the drawing order and blends only into its
 * own rows, so each pixel gets the same blends in the same order as from {@link MarkerPass#markEach}: the picture
 * is the same for any number of bands (checked by RasterDrawingTest).
 */
final class RasterPointPainter implements PointPainter {

    /**
     * Below this many points per band a drawing stays on the calling thread: a drag frame (the sample, under 60,000
     * points) takes a few milliseconds there, and another thread would add CPU time for little gain on a busy machine.
     */
    static final int POINTS_PER_BAND = 100_000;
    /** Positions sampled to place the band edges. */
    private static final int EDGE_SAMPLE = 4096;

    private final int[] pixels;
    private final int width;
    private final int height;
    private final double scale;
    /** Bands to split a drawing into; 0 chooses by the number of points and cores. */
    private final int bands;
    private Rectangle clip;
    private final Map<MaskKey, MarkerStamp.Mask> masks = new HashMap<>();
    private final Map<StampKey, MarkerStamp> stamps = new HashMap<>();
    private StampKey lastKey;
    private MarkerStamp lastStamp;

    /**
     * @param image an image of type {@code TYPE_INT_RGB}, {@code TYPE_INT_ARGB} or {@code TYPE_INT_ARGB_PRE};
     *              only the last may hold transparent pixels
     * @param scale device pixels per logical pixel
     */
    RasterPointPainter(BufferedImage image, double scale) {
        this(image, scale, 0);
    }

    /**
     * As {@link #RasterPointPainter(BufferedImage, double)}, splitting every drawing into {@code bands} bands (0: by
     * size and cores).
     */
    RasterPointPainter(BufferedImage image, double scale, int bands) {
        int type = image.getType();
        if (type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB
                && type != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("the raster painter needs an int RGB/ARGB image, got type " + type);
        }
        if (bands < 0) {
            throw new IllegalArgumentException("bands must be at least 0, got " + bands);
        }
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.scale = scale;
        this.bands = bands;
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

    /**
     * Narrows the drawing, until {@link #end}, to the device pixels of {@code area} within the plot (call after
     * {@link #begin}): pixels outside it are left as they are, pixels inside get the blends a whole drawing would
     * give them, in the same order (a greyed frame redraws only around its selection, {@link GreyBase}).
     */
    void restrict(Rectangle area) {
        clip = clip.intersection(area);
    }

    /** The device pixels this drawing may write (the plot's, or less after {@link #restrict}); a copy. */
    Rectangle clip() {
        return new Rectangle(clip);
    }

    /** The most pixels any marker of {@code passes} reaches from its centre pixel, in any direction. */
    int reach(List<MarkerPass> passes) {
        int reach = 0;
        for (MarkerPass pass : passes) {
            for (MarkerStamp[] stack : stamps(pass.styles())) {
                for (int l = 0; stack != null && l < stack.length; l++) {
                    reach = Math.max(reach, Math.max(Math.max(stack[l].reachUp(), stack[l].reachDown()),
                            Math.max(stack[l].reachLeft(), stack[l].reachRight())));
                }
            }
        }
        return reach;
    }

    /**
     * The device pixels (within the clip of {@link #begin}) that the markers of {@code pass} may touch: the bounds of
     * its visible points' stamps, as {@link #drawBand} places them; empty when it draws nothing.
     */
    Rectangle touched(MarkerPass pass) {
        MarkerStamp[][] layers = stamps(pass.styles());
        double[] xs = pass.x();
        double[] ys = pass.y();
        int[] categories = pass.category();
        int[] runs = pass.runs();
        boolean[] selected = pass.selected();
        ViewWindow window = pass.view().window();
        double[] m = pass.view().pixelMapping();
        long x0 = Long.MAX_VALUE;
        long y0 = Long.MAX_VALUE;
        long x1 = Long.MIN_VALUE;
        long y1 = Long.MIN_VALUE;
        for (int r = 0; r < runs.length; r += 2) {
            for (int k = runs[r]; k < runs[r + 1]; k++) {
                MarkerStamp[] stack = layers[categories[k] + 1];
                if (stack == null || (selected != null && selected[k] != pass.wantSelected())
                        || !window.contains(xs[k], ys[k])) {
                    continue;
                }
                // the centre pixel as drawBand computes it (the same operations, so the same pixel)
                long cx = (int) Math.floor((m[0] + (xs[k] - m[1]) * m[2]) * scale);
                long cy = (int) Math.floor((m[3] - (ys[k] - m[4]) * m[5]) * scale);
                for (MarkerStamp stamp : stack) {
                    x0 = Math.min(x0, cx - stamp.reachLeft());
                    x1 = Math.max(x1, cx + stamp.reachRight());
                    y0 = Math.min(y0, cy - stamp.reachUp());
                    y1 = Math.max(y1, cy + stamp.reachDown());
                }
            }
        }
        if (x0 > x1) {
            return new Rectangle();
        }
        long left = Math.max(x0, clip.x);
        long top = Math.max(y0, clip.y);
        long right = Math.min(x1 + 1, (long) clip.x + clip.width);
        long bottom = Math.min(y1 + 1, (long) clip.y + clip.height);
        return left >= right || top >= bottom ? new Rectangle()
                : new Rectangle((int) left, (int) top, (int) (right - left), (int) (bottom - top));
    }

    @Override
    public void mark(double cx, double cy, double radius, Marker marker, int rgb, double opacity) {
        StampKey key = new StampKey(radius * scale, marker, rgb, (int) Math.round(opacity * 256));
        if (!key.equals(lastKey)) {
            lastStamp = stamp(key);
            lastKey = key;
        }
        lastStamp.draw(pixels, width, (int) Math.floor(cx * scale), (int) Math.floor(cy * scale), clip.x, clip.y,
                clip.x + clip.width, clip.y + clip.height);
    }

    @Override
    public void markAll(List<MarkerPass> passes) {
        if (clip.isEmpty() || passes.isEmpty()) {
            return;
        }
        MarkerStamp[][][] byPass = new MarkerStamp[passes.size()][][];
        for (int p = 0; p < byPass.length; p++) {
            byPass[p] = stamps(passes.get(p).styles());
        }
        RasterBands.draw(bandEdges(passes), (top, bottom) -> {
            for (int p = 0; p < byPass.length; p++) {
                drawBand(passes.get(p), byPass[p], top, bottom);
            }
        });
    }

    /**
     * Draws the points of {@code pass} that touch rows [top, bottom), into those rows only, in the pass's order. The
     * pixel position is {@link ScatterView#toPixelX}/{@code Y} inlined with its own constants (the same operations,
     * so the same bits) times the scale, floored, as in {@link #mark}.
     */
    private void drawBand(MarkerPass pass, MarkerStamp[][] layers, int top, int bottom) {
        double[] xs = pass.x();
        double[] ys = pass.y();
        int[] categories = pass.category();
        int[] runs = pass.runs();
        double[] runMinY = pass.runMinY();
        double[] runMaxY = pass.runMaxY();
        boolean[] selected = pass.selected();
        boolean wanted = pass.wantSelected();
        ViewWindow window = pass.view().window();
        double xMin = window.xMin();
        double xMax = window.xMax();
        double yMin = window.yMin();
        double yMax = window.yMax();
        double[] m = pass.view().pixelMapping();
        double left0 = m[0];
        double x0 = m[1];
        double perX = m[2];
        double bottom0 = m[3];
        double y0 = m[4];
        double perY = m[5];
        double s = scale;
        int reachUp = 0;
        int reachDown = 0;
        int reachLeft = 0;
        int reachRight = 0;
        for (MarkerStamp[] stack : layers) {
            for (int l = 0; stack != null && l < stack.length; l++) {
                reachUp = Math.max(reachUp, stack[l].reachUp());
                reachDown = Math.max(reachDown, stack[l].reachDown());
                reachLeft = Math.max(reachLeft, stack[l].reachLeft());
                reachRight = Math.max(reachRight, stack[l].reachRight());
            }
        }
        int[] buffer = pixels;
        int w = width;
        int left = clip.x;
        int right = clip.x + clip.width;
        int first = Math.max(top, clip.y); // the rows this band may write
        int last = Math.min(bottom, clip.y + clip.height);
        if (first >= last) {
            return;
        }
        for (int r = 0; r < runs.length; r += 2) {
            if (runMinY != null) {
                // Each floating-point step of the mapping is monotone (y up, rows down), so the grid row's y bounds
                // bound its points' rows. In doubles: far outside a deep zoom the rows pass the int range.
                double highest = Math.floor((bottom0 - (runMaxY[r / 2] - y0) * perY) * s) - reachUp;
                double lowest = Math.floor((bottom0 - (runMinY[r / 2] - y0) * perY) * s) + reachDown;
                if (lowest < first || highest >= last) {
                    continue;
                }
            }
            for (int k = runs[r]; k < runs[r + 1]; k++) {
                MarkerStamp[] stack = layers[categories[k] + 1];
                if (stack == null || (selected != null && selected[k] != wanted)) {
                    continue;
                }
                double x = xs[k];
                double y = ys[k];
                if (!(x >= xMin && x <= xMax && y >= yMin && y <= yMax)) {
                    continue;
                }
                int cy = (int) Math.floor((bottom0 - (y - y0) * perY) * s);
                if (cy + reachDown < first || cy - reachUp >= last) {
                    continue;
                }
                int cx = (int) Math.floor((left0 + (x - x0) * perX) * s);
                if (cx + reachRight < left || cx - reachLeft >= right) {
                    continue; // beside a restricted drawing's columns: the stamp would write nothing
                }
                for (MarkerStamp stamp : stack) {
                    stamp.draw(buffer, w, cx, cy, left, first, right, last);
                }
            }
        }
    }

    /**
     * Row edges that split the clip into bands of about equal numbers of visible points (from an even sample of the
     * first pass's positions): one band for a small drawing or a single core.
     */
    private int[] bandEdges(List<MarkerPass> passes) {
        int top = clip.y;
        int bottom = clip.y + clip.height;
        MarkerPass pass = passes.get(0);
        int positions = pass.positions();
        int count = bands > 0 ? bands : Math.min(RasterBands.MOST, positions / POINTS_PER_BAND);
        count = Math.min(count, bottom - top);
        if (count <= 1) {
            return new int[] {top, bottom};
        }
        int step = Math.max(1, positions / EDGE_SAMPLE);
        int[] rows = new int[positions / step + 1];
        int n = 0;
        double[] m = pass.view().pixelMapping();
        ViewWindow window = pass.view().window();
        int[] runs = pass.runs();
        long next = 0; // the next sampled position, counted along the runs
        long before = 0; // positions in the runs before this one
        for (int r = 0; r < runs.length; r += 2) {
            int length = runs[r + 1] - runs[r];
            for (; next < before + length && n < rows.length; next += step) {
                int k = runs[r] + (int) (next - before);
                if (window.contains(pass.x()[k], pass.y()[k])) {
                    int row = (int) Math.floor((m[3] - (pass.y()[k] - m[4]) * m[5]) * scale);
                    if (row >= top && row < bottom) { // a restricted drawing: only the rows it draws
                        rows[n++] = row;
                    }
                }
            }
            before += length;
        }
        Arrays.sort(rows, 0, n);
        int[] edges = new int[count + 1];
        edges[0] = top;
        int filled = 1;
        for (int b = 1; b < count; b++) {
            int edge = n == 0 ? top + (int) ((long) (bottom - top) * b / count) : rows[(int) ((long) n * b / count)];
            if (edge > edges[filled - 1] && edge < bottom) {
                edges[filled++] = edge;
            }
        }
        edges[filled++] = bottom;
        return Arrays.copyOf(edges, filled);
    }

    /** The stamps of each category's layers (index category + 1), null where the pass skips a category. */
    private MarkerStamp[][] stamps(MarkerPass.Style[][] styles) {
        MarkerStamp[][] out = new MarkerStamp[styles.length][];
        for (int c = 0; c < styles.length; c++) {
            if (styles[c] != null) {
                out[c] = new MarkerStamp[styles[c].length];
                for (int l = 0; l < styles[c].length; l++) {
                    MarkerPass.Style style = styles[c][l];
                    out[c][l] = stamp(new StampKey(style.radius() * scale, style.marker(), style.rgb(),
                            (int) Math.round(style.opacity() * 256)));
                }
            }
        }
        return out;
    }

    private MarkerStamp stamp(StampKey key) {
        return stamps.computeIfAbsent(key, k -> MarkerStamp.of(masks.computeIfAbsent(new MaskKey(k.radius(),
                k.marker()), mk -> MarkerStamp.Mask.of(mk.radius(), mk.marker())), k.rgb(), k.alpha(), width));
    }

    @Override
    public void end() {
        clip = null;
    }

    private record MaskKey(double radius, Marker marker) {
    }

    /** A marker at a device radius, colour 0xRRGGBB and alpha 0..256. */
    private record StampKey(double radius, Marker marker, int rgb, int alpha) {
    }
}
