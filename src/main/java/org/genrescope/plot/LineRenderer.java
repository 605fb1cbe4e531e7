package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** Draws a {@link LineFigure}: series as lines (with point marks when there are few points), legend. */
final class LineRenderer {

    private static final int MAX_POINTS_WITH_MARKS = 60;
    private static final double MARK_RADIUS = 2.5;

    private LineRenderer() {
    }

    static void draw(LineFigure figure, Graphics2D g, double width, double height) {
        Rectangle2D content = Frame.of(figure, width, height).content();
        List<LegendEntry> entries = new ArrayList<>();
        for (LineSeries series : figure.series()) {
            entries.add(new LegendEntry(series.name(), series.color(), -1));
        }
        double legendWidth = Legend.width(entries, content.getWidth() * 0.25);
        double left = content.getMinX() + Axes.titleRoom(figure.yLabel()) + Axes.yAxisWidth();
        double right = content.getMaxX() - legendWidth - 16;
        double top = content.getMinY() + 4;
        double bottom = content.getMaxY() - Axes.xAxisDepth() - Axes.titleRoom(figure.xLabel());
        Rectangle2D plot = new Rectangle2D.Double(left, top, Math.max(1, right - left), Math.max(1, bottom - top));

        double[] range = figure.range();
        ViewWindow window = ViewWindow.around(range[0], range[1], range[2], range[3]);
        Scale x = Scale.linear(window.xMin(), window.xMax(), plot.getMinX(), plot.getMaxX());
        Ticks xTicks = Ticks.linear(window.xMin(), window.xMax(), ScatterRenderer.tickCount(plot.getWidth(), 80));
        Scale y;
        Ticks yTicks;
        if (figure.logY()) {
            double low = range[2];
            double high = range[3] > low ? range[3] : low * 10;
            double pad = Math.pow(high / low, 0.05);
            y = new Scale(low / pad, high * pad, plot.getMaxY(), plot.getMinY(), true);
            yTicks = Ticks.logarithmic(low / pad, high * pad);
        } else {
            double pad = window.height() * 0.05;
            y = Scale.linear(window.yMin() - pad, window.yMax() + pad, plot.getMaxY(), plot.getMinY());
            yTicks = Ticks.linear(window.yMin() - pad, window.yMax() + pad, ScatterRenderer.tickCount(plot.getHeight(), 55));
        }
        Axes.grid(g, plot, xTicks, x, yTicks, y);
        Shape savedClip = g.getClip();
        g.clip(new Rectangle2D.Double(plot.getMinX() - MARK_RADIUS - 1, plot.getMinY() - MARK_RADIUS - 1,
                plot.getWidth() + 2 * MARK_RADIUS + 2, plot.getHeight() + 2 * MARK_RADIUS + 2));
        for (LineSeries series : figure.series()) {
            g.setColor(series.color());
            g.setStroke(Theme.LINE);
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < series.size(); i++) {
                double px = x.map(series.xAt(i));
                double py = y.map(series.yAt(i));
                if (i == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            g.draw(path);
            if (series.size() <= MAX_POINTS_WITH_MARKS) {
                for (int i = 0; i < series.size(); i++) {
                    g.fill(new Ellipse2D.Double(x.map(series.xAt(i)) - MARK_RADIUS, y.map(series.yAt(i)) - MARK_RADIUS,
                            2 * MARK_RADIUS, 2 * MARK_RADIUS));
                }
            }
        }
        g.setClip(savedClip);
        g.setStroke(Theme.THIN);
        Axes.axes(g, plot, xTicks, x, yTicks, y);
        Axes.xTitle(g, plot, figure.xLabel());
        Axes.yTitle(g, plot, figure.yLabel());
        Legend.draw(g, entries, content.getMaxX() - legendWidth, top, legendWidth, plot.getHeight(), Legend.Swatch.LINE);
        Frame.drawTitleAndCaption(g, figure, width, height);
    }
}
