package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Grid lines, the axis frame, ticks and their labels, and axis titles around a plot rectangle. */
final class Axes {

    private static final double LABEL_GAP = 3;

    private Axes() {
    }

    /** Light grid lines at the ticks; either axis may be null to draw none for it. */
    static void grid(Graphics2D g, Rectangle2D plot, Ticks xTicks, Scale x, Ticks yTicks, Scale y) {
        g.setColor(Theme.GRID);
        g.setStroke(Theme.THIN);
        if (xTicks != null) {
            for (int i = 0; i < xTicks.count(); i++) {
                double px = x.map(xTicks.value(i));
                g.draw(new Line2D.Double(px, plot.getMinY(), px, plot.getMaxY()));
            }
        }
        if (yTicks != null) {
            for (int i = 0; i < yTicks.count(); i++) {
                double py = y.map(yTicks.value(i));
                g.draw(new Line2D.Double(plot.getMinX(), py, plot.getMaxX(), py));
            }
        }
    }

    /** The left and bottom axis lines with outward ticks and labels; either axis may be null. */
    static void axes(Graphics2D g, Rectangle2D plot, Ticks xTicks, Scale x, Ticks yTicks, Scale y) {
        g.setStroke(Theme.THIN);
        if (xTicks != null) {
            g.setColor(Theme.AXIS);
            g.draw(new Line2D.Double(plot.getMinX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
            int stride = labelStride(xTicks, x);
            double labelY = plot.getMaxY() + Theme.TICK_LENGTH + LABEL_GAP + Text.height(Theme.TICK) / 2;
            for (int i = 0; i < xTicks.count(); i++) {
                double px = x.map(xTicks.value(i));
                g.setColor(Theme.AXIS);
                g.draw(new Line2D.Double(px, plot.getMaxY(), px, plot.getMaxY() + Theme.TICK_LENGTH));
                if (i % stride == 0) {
                    g.setColor(Theme.MUTED_TEXT);
                    Text.draw(g, xTicks.labels().get(i), Theme.TICK, px, labelY, Text.Align.CENTER);
                }
            }
        }
        if (yTicks != null) {
            g.setColor(Theme.AXIS);
            g.draw(new Line2D.Double(plot.getMinX(), plot.getMinY(), plot.getMinX(), plot.getMaxY()));
            double labelX = plot.getMinX() - Theme.TICK_LENGTH - LABEL_GAP;
            for (int i = 0; i < yTicks.count(); i++) {
                double py = y.map(yTicks.value(i));
                g.setColor(Theme.AXIS);
                g.draw(new Line2D.Double(plot.getMinX() - Theme.TICK_LENGTH, py, plot.getMinX(), py));
                g.setColor(Theme.MUTED_TEXT);
                String label = Text.fit(yTicks.labels().get(i), Theme.TICK, Theme.Y_TICK_LABEL_WIDTH);
                Text.draw(g, label, Theme.TICK, labelX, py, Text.Align.END);
            }
        }
    }

    /** How far below the plot the x axis' ticks and labels reach. */
    static double xAxisDepth() {
        return Theme.TICK_LENGTH + LABEL_GAP + Text.height(Theme.TICK);
    }

    /** How far left of the plot the y axis' ticks and labels reach. */
    static double yAxisWidth() {
        return Theme.TICK_LENGTH + LABEL_GAP + Theme.Y_TICK_LABEL_WIDTH;
    }

    /** Room an axis title takes (its line height plus a gap), 0 for none. */
    static double titleRoom(String label) {
        return label.isEmpty() ? 0 : Text.height(Theme.LABEL) + 4;
    }

    /** The x axis title centred under the tick labels. */
    static void xTitle(Graphics2D g, Rectangle2D plot, String label) {
        g.setColor(Theme.TEXT);
        double y = plot.getMaxY() + xAxisDepth() + 4 + Text.height(Theme.LABEL) / 2;
        Text.draw(g, Text.fit(label, Theme.LABEL, plot.getWidth()), Theme.LABEL, plot.getCenterX(), y, Text.Align.CENTER);
    }

    /** The y axis title, vertical, left of the tick labels. */
    static void yTitle(Graphics2D g, Rectangle2D plot, String label) {
        g.setColor(Theme.TEXT);
        double x = plot.getMinX() - yAxisWidth() - 4 - Text.height(Theme.LABEL) / 2;
        Text.drawVertical(g, Text.fit(label, Theme.LABEL, plot.getHeight()), Theme.LABEL, x, plot.getCenterY());
    }

    /** Label every n-th x tick so that labels keep a little space between them. */
    private static int labelStride(Ticks ticks, Scale scale) {
        if (ticks.count() < 2) {
            return 1;
        }
        double spacing = Math.abs(scale.map(ticks.value(1)) - scale.map(ticks.value(0)));
        double widest = 0;
        for (String label : ticks.labels()) {
            widest = Math.max(widest, Text.width(label, Theme.TICK));
        }
        return Math.max(1, (int) Math.ceil((widest + 8) / Math.max(1e-9, spacing)));
    }
}
