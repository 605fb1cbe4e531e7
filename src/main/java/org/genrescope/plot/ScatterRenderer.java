package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a {@link ScatterFigure}: grid, points (through a {@link PointPainter}), axes, legend, title and
 * caption, in logical pixels. Points are drawn noise first, then categorised points in id order, then
 * highlighted points on top with a dark ring.
 */
final class ScatterRenderer {

    private static final double X_TICK_SPACING = 90;
    private static final double Y_TICK_SPACING = 55;

    private ScatterRenderer() {
    }

    static void draw(ScatterFigure figure, Graphics2D g, double width, double height, PointPainter painter) {
        ScatterLayout layout = ScatterLayout.of(figure, width, height);
        ScatterView view = ScatterView.of(figure, width, height);
        Rectangle2D plot = layout.plot();
        ViewWindow window = figure.view();
        Scale x = Scale.linear(window.xMin(), window.xMax(), plot.getMinX(), plot.getMaxX());
        Scale y = Scale.linear(window.yMin(), window.yMax(), plot.getMaxY(), plot.getMinY());
        Ticks xTicks = Ticks.linear(window.xMin(), window.xMax(), tickCount(plot.getWidth(), X_TICK_SPACING));
        Ticks yTicks = Ticks.linear(window.yMin(), window.yMax(), tickCount(plot.getHeight(), Y_TICK_SPACING));

        Axes.grid(g, plot, xTicks, x, yTicks, y);
        painter.begin(plot);
        drawPoints(figure, view, painter);
        painter.end();
        Axes.axes(g, plot, xTicks, x, yTicks, y);
        Axes.xTitle(g, plot, figure.xLabel());
        Axes.yTitle(g, plot, figure.yLabel());
        Rectangle2D legend = layout.legend();
        if (legend.getWidth() > 0) {
            Legend.draw(g, layout.entries(), legend.getMinX(), legend.getMinY(), legend.getWidth(), legend.getHeight(),
                    Legend.Swatch.DISC);
        }
        Frame.drawTitleAndCaption(g, figure, width, height);
    }

    private static void drawPoints(ScatterFigure figure, ScatterView view, PointPainter painter) {
        ScatterData data = figure.data();
        double[] xs = data.xs();
        double[] ys = data.ys();
        int[] categories = data.categories();
        ViewWindow window = figure.view();
        int[] rgb = new int[figure.categoryNames().size()];
        for (int c = 0; c < rgb.length; c++) {
            rgb[c] = figure.colorOf(c).getRGB() & 0xFFFFFF;
        }
        int noiseRgb = Palette.NOISE.getRGB() & 0xFFFFFF;
        double radius = figure.pointSize() / 2;
        double opacity = figure.opacity();
        if (data.count(-1) > 0) {
            for (int i = 0; i < xs.length; i++) {
                if (categories[i] == -1 && window.contains(xs[i], ys[i])) {
                    painter.disc(view.toPixelX(xs[i]), view.toPixelY(ys[i]), radius, noiseRgb, opacity);
                }
            }
        }
        for (int i = 0; i < xs.length; i++) {
            if (categories[i] >= 0 && window.contains(xs[i], ys[i])) {
                painter.disc(view.toPixelX(xs[i]), view.toPixelY(ys[i]), radius, rgb[categories[i]], opacity);
            }
        }
        int ring = Theme.HIGHLIGHT_RING.getRGB() & 0xFFFFFF;
        for (int i : figure.highlighted()) {
            if (window.contains(xs[i], ys[i])) {
                double px = view.toPixelX(xs[i]);
                double py = view.toPixelY(ys[i]);
                painter.disc(px, py, radius + Theme.HIGHLIGHT_RING_WIDTH, ring, 1);
                painter.disc(px, py, radius, categories[i] == -1 ? noiseRgb : rgb[categories[i]], 1);
            }
        }
    }

    static int tickCount(double pixels, double spacing) {
        return Math.max(2, (int) Math.round(pixels / spacing) + 1);
    }
}
