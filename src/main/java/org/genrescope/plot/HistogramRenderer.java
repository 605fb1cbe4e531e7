package org.genrescope.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link HistogramFigure}: a grid of panels, each a histogram with its own axes and summary lines (the first
 * ones, as many as its height leaves room for; none cut short).
 * Split by group, overlaid panels mark each group's value (its median) with a small triangle in its colour
 * above the bars; faceted strips carry each group's statistics line, and with shares one scale for all strips.
 */
final class HistogramRenderer {

    private static final double PANEL_GAP = 18;
    private static final double STRIP_GAP = 6;
    private static final double SOLO_OPACITY = 0.85;
    private static final double OVERLAID_OPACITY = 0.4;
    private static final java.awt.Stroke DASHED = new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT,
            java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);

    private HistogramRenderer() {
    }

    static void draw(HistogramFigure figure, Graphics2D g, double width, double height) {
        Rectangle2D content = Frame.of(figure, width, height).content();
        List<LegendEntry> entries = new ArrayList<>();
        for (int i = 0; i < figure.groupNames().size(); i++) {
            entries.add(new LegendEntry(figure.groupNames().get(i), figure.groupColors().get(i), -1, Palette.marker(i)));
        }
        double legendWidth = entries.isEmpty() ? 0 : Legend.width(entries, content.getWidth() * 0.25);
        double yTitleRoom = Axes.titleRoom(figure.yLabel());
        Rectangle2D panelsArea = new Rectangle2D.Double(content.getMinX() + yTitleRoom, content.getMinY(),
                content.getWidth() - yTitleRoom - (legendWidth > 0 ? legendWidth + PANEL_GAP : 0), content.getHeight());
        if (!figure.yLabel().isEmpty()) {
            g.setColor(Theme.TEXT);
            Text.drawVertical(g, Text.fit(figure.yLabel(), Theme.LABEL, panelsArea.getHeight()), Theme.LABEL,
                    content.getMinX() + Text.height(Theme.LABEL) / 2, panelsArea.getCenterY());
        }
        List<HistogramPanel> panels = figure.panels();
        int columns = columnsFor(panels.size(), panelsArea.getWidth(), panelsArea.getHeight());
        // fewer columns only while a summary line the panels have room to show is wider than a panel
        while (columns > 1 && widestShownLine(panels, columns, panelsArea) > cellWidth(columns, panelsArea)) {
            columns--;
        }
        double cellWidth = cellWidth(columns, panelsArea);
        double cellHeight = cellHeight(panels.size(), columns, panelsArea);
        for (int p = 0; p < panels.size(); p++) {
            Rectangle2D cell = new Rectangle2D.Double(panelsArea.getMinX() + (p % columns) * (cellWidth + PANEL_GAP),
                    panelsArea.getMinY() + (p / columns) * (cellHeight + PANEL_GAP), cellWidth, cellHeight);
            drawPanel(g, figure, panels.get(p), cell);
        }
        if (legendWidth > 0) {
            Legend.draw(g, entries, content.getMaxX() - legendWidth, content.getMinY() + Text.height(Theme.PANEL_TITLE),
                    legendWidth, content.getHeight(), Legend.Swatch.SQUARE);
        }
        Frame.drawTitleAndCaption(g, figure, width, height);
    }

    private static double cellWidth(int columns, Rectangle2D area) {
        return (area.getWidth() - (columns - 1) * PANEL_GAP) / columns;
    }

    private static double cellHeight(int panels, int columns, Rectangle2D area) {
        int rows = (panels + columns - 1) / columns;
        return (area.getHeight() - (rows - 1) * PANEL_GAP) / rows;
    }

    /** The widest summary line drawn when the panels are laid out in {@code columns}: what fits their height. */
    private static double widestShownLine(List<HistogramPanel> panels, int columns, Rectangle2D area) {
        double room = roomForPlotAndLines(cellHeight(panels.size(), columns, area));
        double widest = 0;
        for (HistogramPanel panel : panels) {
            List<String> lines = panel.summaryLines();
            for (String line : lines.subList(0, linesThatFit(lines.size(), room, Text.height(Theme.SMALL)))) {
                widest = Math.max(widest, Text.width(line, Theme.SMALL));
            }
        }
        return widest;
    }

    /** A panel's height less its title, its x axis and their gaps: what its plot and summary lines share. */
    private static double roomForPlotAndLines(double cellHeight) {
        return cellHeight - Text.height(Theme.PANEL_TITLE) - 4 - Axes.xAxisDepth() - 4;
    }

    /**
     * How many of a panel's {@code lines} summary lines to draw under it, first ones first, in {@code room} px left
     * for the plot and the lines: as many as leave the plot {@link #MIN_PLOT_HEIGHT} tall. A short panel (8 panels
     * by genre in the Distributions tab at 1024 x 700, above the summary table that holds the same numbers) keeps
     * its bars rather than a squashed strip under three lines.
     */
    static int linesThatFit(int lines, double room, double lineHeight) {
        return (int) Math.max(0, Math.min(lines, Math.floor((room - MIN_PLOT_HEIGHT) / lineHeight)));
    }

    /** The least height of a histogram's plot, px, that its summary lines may leave it. */
    static final double MIN_PLOT_HEIGHT = 30;

    /** Columns that make panels closest to a 4:3 landscape shape. */
    static int columnsFor(int panels, double width, double height) {
        int best = 1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int columns = 1; columns <= panels; columns++) {
            int rows = (panels + columns - 1) / columns;
            double aspect = (width / columns) / (height / rows);
            double score = Math.abs(Math.log(aspect / (4.0 / 3.0))) + 0.05 * (columns * rows - panels);
            if (score < bestScore) {
                bestScore = score;
                best = columns;
            }
        }
        return best;
    }

    private static void drawPanel(Graphics2D g, HistogramFigure figure, HistogramPanel panel, Rectangle2D cell) {
        double titleHeight = Text.height(Theme.PANEL_TITLE);
        double room = roomForPlotAndLines(cell.getHeight());
        List<String> lines = panel.summaryLines().subList(0,
                linesThatFit(panel.summaryLines().size(), room, Text.height(Theme.SMALL)));
        double summaryHeight = lines.size() * Text.height(Theme.SMALL);
        Rectangle2D plot = new Rectangle2D.Double(cell.getMinX() + Axes.yAxisWidth(), cell.getMinY() + titleHeight + 4,
                Math.max(1, cell.getWidth() - Axes.yAxisWidth() - 4),
                Math.max(1, cell.getHeight() - titleHeight - 4 - Axes.xAxisDepth() - summaryHeight - 4));
        g.setColor(Theme.TEXT);
        Text.draw(g, Text.fit(panel.title(), Theme.PANEL_TITLE, cell.getWidth()), Theme.PANEL_TITLE, plot.getCenterX(),
                cell.getMinY() + titleHeight / 2, Text.Align.CENTER);

        double x0 = panel.edge(0);
        double x1 = panel.edge(panel.bins());
        Scale x = Scale.linear(x0, x1, plot.getMinX(), plot.getMaxX());
        Ticks xTicks = Ticks.linear(x0, x1, ScatterRenderer.tickCount(plot.getWidth(), 70));
        boolean faceted = figure.display() == HistogramFigure.GroupDisplay.FACETED && panel.groups() > 1;
        boolean share = figure.heights() == HistogramFigure.Heights.SHARE;
        if (faceted) {
            double stripHeight = (plot.getHeight() - (panel.groups() - 1) * STRIP_GAP) / panel.groups();
            double sharedMax = 0;
            for (int group = 0; group < panel.groups(); group++) {
                sharedMax = Math.max(sharedMax, maxHeight(panel, new int[] {group}, share));
            }
            // Each strip: a header line (the group's statistics at the left, its name at the right), bars below.
            double header = Text.height(Theme.SMALL);
            for (int group = 0; group < panel.groups(); group++) {
                double stripTop = plot.getMinY() + group * (stripHeight + STRIP_GAP);
                Rectangle2D strip = new Rectangle2D.Double(plot.getMinX(), stripTop + header, plot.getWidth(),
                        Math.max(1, stripHeight - header));
                // Shares compare across strips on one scale; counts of a small genre would vanish on the
                // scale of a large one, so each strip keeps its own (its top tick says it).
                double max = share ? sharedMax : maxHeight(panel, new int[] {group}, false);
                drawBars(g, panel, new int[] {group}, figure.groupColors(), strip, x, xTicks, SOLO_OPACITY, false,
                        share, max);
                double labelY = stripTop + header / 2;
                g.setColor(figure.groupColors().get(group).darker());
                String name = figure.groupNames().get(group);
                Text.draw(g, Text.fit(name, Theme.SMALL, strip.getWidth() * 0.4), Theme.SMALL,
                        strip.getMaxX() - 3, labelY, Text.Align.END);
                if (!panel.groupLines().isEmpty()) {
                    g.setColor(Theme.MUTED_TEXT);
                    Text.draw(g, Text.fit(panel.groupLines().get(group), Theme.SMALL, strip.getWidth() * 0.55),
                            Theme.SMALL, strip.getMinX() + 3, labelY, Text.Align.START);
                }
            }
            Axes.axes(g, plot, xTicks, x, null, null);
        } else {
            int[] all = new int[panel.groups()];
            for (int group = 0; group < all.length; group++) {
                all[group] = group;
            }
            drawBars(g, panel, all, figure.groupColors(), plot, x, xTicks,
                    panel.groups() > 1 ? OVERLAID_OPACITY : SOLO_OPACITY, panel.groups() > 1, share,
                    maxHeight(panel, all, share));
            drawGroupMarks(g, panel, figure.groupColors(), plot, x);
            Axes.axes(g, plot, xTicks, x, null, null);
        }
        g.setColor(Theme.MUTED_TEXT);
        double lineY = plot.getMaxY() + Axes.xAxisDepth() + 4;
        for (String line : lines) {
            // centred on the cell, not the plot: a line as wide as the cell would stick out by half the y axis
            Text.draw(g, Text.fit(line, Theme.SMALL, cell.getWidth()), Theme.SMALL, cell.getCenterX(),
                    lineY + Text.height(Theme.SMALL) / 2, Text.Align.CENTER);
            lineY += Text.height(Theme.SMALL);
        }
    }

    private static double maxHeight(HistogramPanel panel, int[] groups, boolean share) {
        double max = 0;
        for (int group : groups) {
            for (int b = 0; b < panel.bins(); b++) {
                max = Math.max(max, panel.height(group, b, share));
            }
        }
        return max;
    }

    /** A small triangle pointing down at each group's marked value, just inside the top of the plot. */
    private static void drawGroupMarks(Graphics2D g, HistogramPanel panel, List<Color> colors, Rectangle2D plot,
                                       Scale x) {
        double[] marks = panel.groupMarks();
        double size = 6;
        for (int group = 0; group < marks.length; group++) {
            double px = x.map(marks[group]);
            if (!Double.isFinite(marks[group]) || px < plot.getMinX() || px > plot.getMaxX()) {
                continue;
            }
            Path2D.Double triangle = new Path2D.Double();
            triangle.moveTo(px - size / 2, plot.getMinY());
            triangle.lineTo(px + size / 2, plot.getMinY());
            triangle.lineTo(px, plot.getMinY() + size);
            triangle.closePath();
            g.setColor(colors.get(group));
            g.fill(triangle);
            g.setColor(Theme.TEXT);
            g.setStroke(Theme.THIN);
            g.draw(triangle);
        }
    }

    /**
     * Bars of the given groups on one pair of axes (sharing a y scale up to {@code max}), with y axis and grid;
     * heights are counts or, with {@code share}, percentages of each group's values.
     */
    private static void drawBars(Graphics2D g, HistogramPanel panel, int[] groups, List<Color> colors, Rectangle2D plot,
                                 Scale x, Ticks xTicks, double opacity, boolean outline, boolean share, double max) {
        int most = Math.max(2, Math.min(5, (int) (plot.getHeight() / 30) + 1));
        Ticks yTicks = share ? Ticks.covering(0, max > 0 ? max : 1, most) : Ticks.coveringCounts(0, max > 0 ? max : 1, most);
        if (plot.getHeight() < 2 * Text.height(Theme.TICK) + 4) {
            // Too short for two labels ("400" over "0"): only the top is labelled, which gives the strip's scale.
            yTicks = new Ticks(new double[] {yTicks.last()}, yTicks.step(),
                    List.of(yTicks.labels().get(yTicks.count() - 1)));
        } else if (plot.getHeight() < 45 && yTicks.count() > 2) {
            // A short strip labels only 0 and its top, so that its labels never collide.
            yTicks = new Ticks(new double[] {0, yTicks.last()}, yTicks.last(),
                    List.of(yTicks.labels().get(0), yTicks.labels().get(yTicks.count() - 1)));
        }
        Scale y = Scale.linear(0, yTicks.last(), plot.getMaxY(), plot.getMinY());
        Axes.grid(g, plot, xTicks, x, yTicks, y);
        for (int group : groups) {
            Color color = colors.get(group);
            g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(opacity * 255)));
            Path2D.Double step = new Path2D.Double();
            step.moveTo(x.map(panel.edge(0)), y.map(0));
            for (int b = 0; b < panel.bins(); b++) {
                double h = panel.height(group, b, share);
                double left = x.map(panel.edge(b));
                double right = x.map(panel.edge(b + 1));
                if (h > 0) {
                    g.fill(new Rectangle2D.Double(left, y.map(h), right - left, y.map(0) - y.map(h)));
                }
                step.lineTo(left, y.map(h));
                step.lineTo(right, y.map(h));
            }
            step.lineTo(x.map(panel.edge(panel.bins())), y.map(0));
            if (outline) {
                g.setColor(color);
                // Beyond 12 groups colours repeat: those outlines are dashed (their legend swatches hatched).
                g.setStroke(Palette.marker(group) == Marker.DISC ? Theme.THIN : DASHED);
                g.draw(step);
                g.setStroke(Theme.THIN);
            }
        }
        Axes.axes(g, plot, null, null, yTicks, y);
    }
}
