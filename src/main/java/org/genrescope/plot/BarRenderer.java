package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link BarFigure}: grouped bars from zero, category labels (slanted when crowded), legend (beside the
 * chart, or under it in columns when beside it would cut its labels or leave entries out). Series beyond
 * the 12 colours are hatched (13 to 24 striped, 25 to 36 cross-striped), in the legend too.
 */
final class BarRenderer {

    private static final double GROUP_FILL = 0.8;
    private static final double SLANT = Math.toRadians(-35);
    /** The most of the content's height a legend under the chart takes. */
    static final double MAX_BELOW_SHARE = 0.3;
    /** Between a swatch and its label, as {@link Legend} draws them. */
    private static final double LABEL_GAP = 6;
    /** Between the category labels and a legend under them. */
    private static final double LEGEND_GAP = 6;

    private BarRenderer() {
    }

    static void draw(BarFigure figure, Graphics2D g, double width, double height) {
        Rectangle2D content = Frame.of(figure, width, height).content();
        List<LegendEntry> entries = new ArrayList<>();
        for (int s = 0; s < figure.seriesNames().size(); s++) {
            entries.add(new LegendEntry(figure.seriesNames().get(s), figure.seriesColors().get(s), -1, Palette.marker(s)));
        }
        // one series needs no key: its bars' width goes to the categories' labels instead
        Legend.Grid below = legendBelow(entries, content);
        double legendWidth = entries.size() == 1 || below != null ? 0 : Legend.width(entries, content.getWidth() * 0.25);
        double left = content.getMinX() + Axes.titleRoom(figure.yLabel()) + Axes.yAxisWidth();
        double right = content.getMaxX() - legendWidth - 16;
        double groupWidth = Math.max(1, right - left) / figure.categories().size();
        double widestLabel = 0;
        for (String category : figure.categories()) {
            widestLabel = Math.max(widestLabel, Text.width(category, Theme.LABEL));
        }
        boolean slant = widestLabel > groupWidth - 6;
        // up to half the height: at 0.25 a 330-px panel cut "AE + K-Means" to "AE + K-..." (a review of issue 12)
        double maxLabelLength = content.getHeight() * 0.5;
        double labelDepth = slant
                ? Math.min(widestLabel, maxLabelLength) * Math.sin(-SLANT) + Text.height(Theme.LABEL)
                : Text.height(Theme.LABEL);
        double top = content.getMinY() + 4;
        double belowHeight = below == null ? 0 : below.height() + LEGEND_GAP;
        double bottom = content.getMaxY() - Theme.TICK_LENGTH - 4 - labelDepth - belowHeight;
        Rectangle2D plot = new Rectangle2D.Double(left, top, Math.max(1, right - left), Math.max(1, bottom - top));

        double min = 0;
        double max = 0;
        for (int s = 0; s < figure.seriesNames().size(); s++) {
            for (int c = 0; c < figure.categories().size(); c++) {
                min = Math.min(min, figure.value(s, c));
                max = Math.max(max, figure.value(s, c));
            }
        }
        double[][] low = figure.errorLow();
        double[][] high = figure.errorHigh();
        for (int s = 0; low != null && s < low.length; s++) {
            for (int c = 0; c < low[s].length; c++) {
                min = Math.min(min, Math.min(low[s][c], high[s][c]));
                max = Math.max(max, Math.max(low[s][c], high[s][c]));
            }
        }
        Ticks yTicks = Ticks.covering(min, max, ScatterRenderer.tickCount(plot.getHeight(), 55));
        Scale y = Scale.linear(yTicks.first(), yTicks.last(), plot.getMaxY(), plot.getMinY());
        Axes.grid(g, plot, null, null, yTicks, y);

        int series = figure.seriesNames().size();
        double barWidth = groupWidth * GROUP_FILL / series;
        for (int c = 0; c < figure.categories().size(); c++) {
            double groupLeft = plot.getMinX() + c * groupWidth + groupWidth * (1 - GROUP_FILL) / 2;
            for (int s = 0; s < series; s++) {
                double value = figure.value(s, c);
                double y0 = y.map(Math.min(0, value));
                double y1 = y.map(Math.max(0, value));
                g.setColor(figure.seriesColors().get(s));
                Rectangle2D bar = new Rectangle2D.Double(groupLeft + s * barWidth, y1, barWidth, Math.max(0, y0 - y1));
                g.fill(bar);
                Hatch.draw(g, bar, Palette.marker(s)); // colours repeat beyond 12 series
                if (low != null) {
                    errorBar(g, bar.getCenterX(), barWidth, y.map(low[s][c]), y.map(high[s][c]));
                }
            }
        }
        g.setColor(Theme.AXIS);
        g.setStroke(Theme.THIN);
        g.draw(new Line2D.Double(plot.getMinX(), y.map(0), plot.getMaxX(), y.map(0)));
        Axes.axes(g, plot, null, null, yTicks, y);
        Axes.yTitle(g, plot, figure.yLabel());

        g.setColor(Theme.TEXT);
        for (int c = 0; c < figure.categories().size(); c++) {
            double cx = plot.getMinX() + (c + 0.5) * groupWidth;
            String label = figure.categories().get(c);
            double labelTop = plot.getMaxY() + Theme.TICK_LENGTH;
            if (slant) {
                Text.drawRotatedEndingAt(g, Text.fit(label, Theme.LABEL, maxLabelLength), Theme.LABEL, cx + 3,
                        labelTop + 6, SLANT);
            } else {
                Text.draw(g, label, Theme.LABEL, cx, labelTop + Text.height(Theme.LABEL) / 2, Text.Align.CENTER);
            }
        }
        if (below != null) {
            double x = Math.max(content.getMinX(), Math.min(plot.getCenterX() - below.width() / 2,
                    content.getMaxX() - below.width()));
            Legend.drawGrid(g, entries, below, x, content.getMaxY() - below.height(), Legend.Swatch.SQUARE);
        } else if (entries.size() > 1) {
            Legend.draw(g, entries, content.getMaxX() - legendWidth, top, legendWidth, plot.getHeight(),
                    Legend.Swatch.SQUARE);
        }
        Frame.drawTitleAndCaption(g, figure, width, height);
    }

    /**
     * The legend as a grid under the chart, or null for the usual column beside it: under it when beside it (a
     * quarter of the width at most) would cut a label short or leave entries out (the profiles' narrow tempo chart
     * showed "0 (6..."), and a grid under it in at most {@link #MAX_BELOW_SHARE} of the height shows every entry.
     */
    static Legend.Grid legendBelow(List<LegendEntry> entries, Rectangle2D content) {
        if (entries.size() < 2) {
            return null;
        }
        double beside = Legend.width(entries, content.getWidth() * 0.25);
        List<String> labels = Legend.labels(entries, beside - Theme.LEGEND_SWATCH - LABEL_GAP);
        // whole: at most a first word every label shares is left out ("0 (691)" for "Cluster 0 (691)"), not a count
        boolean cut = labels.stream().anyMatch(l -> Text.width(l, Theme.LEGEND) > beside - Theme.LEGEND_SWATCH - LABEL_GAP);
        boolean whole = Legend.quality(labels, cut, entries) <= 1;
        // the plot's height beside the legend is the content's less the category labels, two lines at least
        boolean tall = entries.size() * Theme.LEGEND_ROW <= content.getHeight() - 2 * Text.height(Theme.LABEL) - 12;
        if (whole && tall) {
            return null;
        }
        Legend.Grid grid = Legend.grid(entries, content.getWidth(), content.getHeight() * MAX_BELOW_SHARE);
        return grid.shown() == entries.size() ? grid : null;
    }

    /** A vertical whisker with caps a third of the bar wide, in the axis colour so it reads on any bar colour. */
    private static void errorBar(Graphics2D g, double x, double barWidth, double yLow, double yHigh) {
        double cap = Math.max(2, barWidth / 6);
        g.setColor(Theme.TEXT);
        g.setStroke(Theme.THIN);
        g.draw(new Line2D.Double(x, yLow, x, yHigh));
        g.draw(new Line2D.Double(x - cap, yLow, x + cap, yLow));
        g.draw(new Line2D.Double(x - cap, yHigh, x + cap, yHigh));
    }
}
