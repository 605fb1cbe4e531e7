package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * The one entry point that draws any {@link Figure}. The screen and PNG export use {@link #render}, SVG
 * export uses {@link #draw} on an SVG Graphics2D; both run the same layout and drawing code, so files look
 * like the screen. Sizes are in device pixels; the layout works in logical pixels (device / scale), so a
 * larger scale gives the same figure sharper, not smaller.
 */
public final class FigureRenderer {

    private static final int MAX_SIDE = 20_000;
    /** The most scatter points a vector drawing ({@link #draw}) gives one shape each. */
    public static final int VECTOR_POINTS_LIMIT = 50_000;
    /** The most points a frame drawn while dragging shows. */
    public static final int DRAG_SAMPLE_POINTS = DrawSample.BUDGET;

    private FigureRenderer() {
    }

    /**
     * Starts the threads that draw a large scatter's bands now, from the calling thread, so that they run at its
     * priority (a thread's nice value on Linux is inherited from the thread that starts it): the window calls this on
     * the FX thread before any lowered background thread draws.
     */
    public static void startBandWorkers() {
        RasterBands.startWorkers();
    }

    /**
     * Gives the calling thread band workers of its own, started by it and so at its priority: call on a lowered
     * background thread that draws whole frames, after lowering it (the shared workers run at the window's priority).
     */
    public static void ownBandWorkers() {
        RasterBands.ownWorkers();
    }

    /**
     * Runs {@code work} with all its drawing on the calling thread: the band workers run at the window's priority,
     * so a lowered background thread's drawing (a warm-up) would otherwise take a core from the FX thread through them.
     */
    public static void withoutBandWorkers(Runnable work) {
        RasterBands.alone(work);
    }

    /**
     * Renders into a new opaque {@code TYPE_INT_ARGB_PRE} image of {@code width} x {@code height} device
     * pixels, with {@code scale} device pixels per logical pixel (2 for a HiDPI screen or 192 DPI).
     * Scatter points are written straight into the pixel buffer.
     */
    public static BufferedImage render(Figure figure, int width, int height, double scale) {
        return render(figure, width, height, scale, null, false);
    }

    /**
     * As {@link #render(Figure, int, int, double)}, drawing into {@code reuse} when it is a {@code TYPE_INT_ARGB_PRE}
     * image of that size (the screen redraws into one buffer instead of allocating one per frame); {@code sampled}
     * draws only a scatter's seeded, density-weighted sample of at most {@link #DRAG_SAMPLE_POINTS} points (the
     * frames while the user drags), every point otherwise.
     */
    public static BufferedImage render(Figure figure, int width, int height, double scale, BufferedImage reuse,
                                       boolean sampled) {
        return render(figure, width, height, scale, reuse, sampled, null);
    }

    /**
     * As {@link #render(Figure, int, int, double, BufferedImage, boolean)}; a scatter with a selection whose
     * {@code greyBase} {@link GreyBase#fits fits} it (at this size and scale) starts from that base and redraws only
     * around its selection: the same pixels, in a fraction of the time. A null base, one that does not fit, a
     * sampled frame or a figure without a selection draw the whole frame.
     */
    public static BufferedImage render(Figure figure, int width, int height, double scale, BufferedImage reuse,
                                       boolean sampled, GreyBase greyBase) {
        Objects.requireNonNull(figure, "figure");
        checkSize(width, height);
        if (!(scale >= 0.1 && scale <= 20)) {
            throw new IllegalArgumentException("scale must be between 0.1 and 20, got " + scale);
        }
        BufferedImage image = reuse != null && reuse.getType() == BufferedImage.TYPE_INT_ARGB_PRE
                && reuse.getWidth() == width && reuse.getHeight() == height
                ? reuse : new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            double logicalWidth = width / scale;
            double logicalHeight = height / scale;
            if (greyBase != null && !sampled && figure instanceof ScatterFigure scatter
                    && scatter.highlightedCount() > 0 && greyBase.fits(scatter, width, height, scale)) {
                Theme.applyHints(g);
                g.scale(scale, scale); // no background: the base covers every pixel
                ScatterRenderer.drawOverBase(scatter, g, logicalWidth, logicalHeight, image, scale, greyBase);
                return image;
            }
            fillBackground(g, width, height, scale);
            if (figure instanceof ScatterFigure scatter) {
                PointPainter painter = scatter.shading() == Shading.DENSITY
                        ? new DensityPainter(image, scale) : new RasterPointPainter(image, scale);
                ScatterRenderer.draw(scatter, g, logicalWidth, logicalHeight, painter, sampled);
            } else {
                drawContent(figure, g, logicalWidth, logicalHeight);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The start of every rendered frame: the hints, the background over all of it, then logical pixels. */
    static void fillBackground(Graphics2D g, int width, int height, double scale) {
        Theme.applyHints(g);
        g.setColor(Theme.BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.scale(scale, scale);
    }

    /**
     * Draws onto any Graphics2D (such as JFreeSVG's) in its current coordinates, filling
     * {@code width} x {@code height} with the background first. Scatter points become circle shapes.
     */
    public static void draw(Figure figure, Graphics2D g, int width, int height) {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(g, "g");
        checkSize(width, height);
        Theme.applyHints(g);
        g.setColor(Theme.BACKGROUND);
        g.fillRect(0, 0, width, height);
        if (figure instanceof ScatterFigure scatter) {
            ScatterRenderer.draw(scatter, g, width, height, rastersPoints(scatter)
                    ? new RasterLayerPainter(g, scatter.shading()) : new ShapePointPainter(g));
        } else {
            drawContent(figure, g, width, height);
        }
    }

    /**
     * Whether {@link #draw} gives a scatter's points as one raster image instead of a shape per point: for a
     * density, and beyond {@link #VECTOR_POINTS_LIMIT} points (an SVG of that many circles is about 5 MB).
     */
    public static boolean rastersPoints(Figure figure) {
        return figure instanceof ScatterFigure scatter
                && (scatter.shading() == Shading.DENSITY || scatter.data().size() > VECTOR_POINTS_LIMIT);
    }

    private static void drawContent(Figure figure, Graphics2D g, double width, double height) {
        if (figure instanceof HistogramFigure histogram) {
            HistogramRenderer.draw(histogram, g, width, height);
        } else if (figure instanceof HeatmapFigure heatmap) {
            HeatmapRenderer.draw(heatmap, g, width, height);
        } else if (figure instanceof BarFigure bars) {
            BarRenderer.draw(bars, g, width, height);
        } else if (figure instanceof LineFigure lines) {
            LineRenderer.draw(lines, g, width, height);
        } else if (figure instanceof TreeFigure tree) {
            TreeRenderer.draw(tree, g, width, height);
        } else if (figure instanceof ScatterFigure scatter) {
            ScatterRenderer.draw(scatter, g, width, height, new ShapePointPainter(g));
        } else {
            throw new IllegalArgumentException("no renderer for " + figure.getClass().getName());
        }
    }

    static void checkSize(int width, int height) {
        if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("--width and --height must be between 16 and " + MAX_SIDE
                    + " pixels, got " + width + " x " + height);
        }
    }
}
