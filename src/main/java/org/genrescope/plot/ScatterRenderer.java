package org.genrescope.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a {@link ScatterFigure}: grid, points (through a {@link PointPainter}), axes, legend, title and
 * caption, in logical pixels. Points are drawn noise first, then categorised points in id order, then
 * highlighted points on top with a dark ring, then direct labels (when the figure has them) at each category's
 * central point.
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
        drawDirectLabels(g, figure, view, plot);
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
        Marker[] markers = new Marker[rgb.length];
        for (int c = 0; c < rgb.length; c++) {
            rgb[c] = figure.colorOf(c).getRGB() & 0xFFFFFF;
            markers[c] = figure.markerOf(c);
        }
        int noiseRgb = Palette.NOISE.getRGB() & 0xFFFFFF;
        double radius = figure.pointSize() / 2;
        double opacity = figure.opacity();
        if (data.count(-1) > 0) {
            for (int i = 0; i < xs.length; i++) {
                if (categories[i] == -1 && window.contains(xs[i], ys[i])) {
                    painter.mark(view.toPixelX(xs[i]), view.toPixelY(ys[i]), radius, Marker.DISC, noiseRgb, opacity);
                }
            }
        }
        for (int i = 0; i < xs.length; i++) {
            int c = categories[i];
            if (c >= 0 && window.contains(xs[i], ys[i])) {
                painter.mark(view.toPixelX(xs[i]), view.toPixelY(ys[i]), radius, markers[c], rgb[c], opacity);
            }
        }
        int ring = Theme.HIGHLIGHT_RING.getRGB() & 0xFFFFFF;
        for (int i : figure.highlighted()) {
            if (window.contains(xs[i], ys[i])) {
                double px = view.toPixelX(xs[i]);
                double py = view.toPixelY(ys[i]);
                int c = categories[i];
                Marker marker = c == -1 ? Marker.DISC : markers[c];
                painter.mark(px, py, radius + Theme.HIGHLIGHT_RING_WIDTH, marker, ring, 1);
                painter.mark(px, py, radius, marker, c == -1 ? noiseRgb : rgb[c], 1);
            }
        }
    }

    /**
     * Each category's short label in a white box edged in its colour, at its central point (when visible), so
     * that categories sharing a colour can still be told apart by where they are.
     */
    private static void drawDirectLabels(Graphics2D g, ScatterFigure figure, ScatterView view, Rectangle2D plot) {
        if (figure.directLabels().isEmpty()) {
            return;
        }
        int[] anchors = figure.data().anchors();
        ScatterData data = figure.data();
        double padding = 2;
        double textHeight = Text.height(Theme.SMALL);
        for (int c = 0; c < Math.min(anchors.length, figure.directLabels().size()); c++) {
            int i = anchors[c];
            String label = figure.directLabels().get(c);
            if (i < 0 || label.isEmpty() || !figure.view().contains(data.x(i), data.y(i))) {
                continue;
            }
            double px = view.toPixelX(data.x(i));
            double py = view.toPixelY(data.y(i));
            double w = Text.width(label, Theme.SMALL) + 2 * padding;
            Rectangle2D box = new Rectangle2D.Double(px - w / 2, py - textHeight / 2 - padding, w, textHeight + 2 * padding);
            if (!plot.contains(box)) {
                continue;
            }
            g.setColor(new Color(255, 255, 255, 225));
            g.fill(box);
            g.setColor(figure.colorOf(c));
            g.setStroke(Theme.LINE);
            g.draw(box);
            g.setStroke(Theme.THIN);
            g.setColor(Theme.TEXT);
            Text.draw(g, label, Theme.SMALL, px, py, Text.Align.CENTER);
        }
    }

    static int tickCount(double pixels, double spacing) {
        return Math.max(2, (int) Math.round(pixels / spacing) + 1);
    }
}
