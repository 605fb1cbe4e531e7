package org.genrescope.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.geom.Rectangle2D;

/**
 * Draws a {@link HeatmapFigure}: labelled cells with text, and a colour bar. Every cell gets a label or none
 * does: the renderer takes the figure's richest cell labels that fit every cell, in the larger font or else the
 * smaller, and writes under the grid what the numbers are, or that the cells are too small for any. Column
 * labels that would overlap are slanted or thinned out (every second, third ... column), row labels set smaller or
 * thinned out (every second, third ... row), never drawn over each other.
 */
final class HeatmapRenderer {

    private static final double COLOR_BAR_WIDTH = 14;
    private static final double COLOR_BAR_ROOM = 70;
    private static final double LABEL_GAP = 6;
    private static final double ROTATION = Math.toRadians(-40);

    private HeatmapRenderer() {
    }

    /**
     * Where the parts go at one size, and which cell labels fit there (null: none). {@code columnStep} is 1 when
     * every column is labelled, else n: the columns 0, n, 2n ... are.
     */
    record Layout(Rectangle2D content, double rowLabelWidth, boolean rotate, int columnStep, double columnLabelHeight,
                  Rectangle2D grid, double cellWidth, double cellHeight, Choice choice) {
    }

    static Layout layout(HeatmapFigure figure, double width, double height) {
        Rectangle2D content = Frame.of(figure, width, height).content();
        double rowLabelWidth = 0;
        for (String label : figure.rowLabels()) {
            rowLabelWidth = Math.max(rowLabelWidth, Text.width(label, Theme.LABEL));
        }
        rowLabelWidth = Math.min(rowLabelWidth, content.getWidth() * 0.3);
        double columnLabelWidth = 0;
        for (String label : figure.columnLabels()) {
            columnLabelWidth = Math.max(columnLabelWidth, Text.width(label, Theme.LABEL));
        }
        double left = content.getMinX() + Axes.titleRoom(figure.yLabel()) + rowLabelWidth + LABEL_GAP;
        double right = content.getMaxX() - COLOR_BAR_ROOM;
        double gridWidth = Math.max(1, right - left);
        double cellWidth = gridWidth / figure.columns();
        boolean rotate = false;
        int columnStep = 1;
        if (columnLabelWidth > cellWidth - 4) {
            // Labels that do not fit their column are thinned out, upright or slanted, whichever keeps more: slanted
            // neighbours overlap unless the columns are a text height apart across the slant, and upright ones
            // unless a label's width.
            int uprightStep = (int) Math.ceil((columnLabelWidth + 4) / cellWidth);
            int slantedStep = (int) Math.ceil((Text.height(Theme.LABEL) + 1) / (cellWidth * Math.sin(-ROTATION)));
            rotate = slantedStep < uprightStep;
            columnStep = Math.max(1, Math.min(uprightStep, slantedStep));
        }
        double columnLabelHeight = rotate
                ? Math.min(columnLabelWidth, content.getHeight() * 0.3) * Math.sin(-ROTATION) + Text.height(Theme.LABEL)
                : Text.height(Theme.LABEL);
        double top = content.getMinY() + 4;
        double keyRoom = figure.cellLabels().isEmpty() ? 0 : Text.height(Theme.SMALL) + 2;
        double bottom = content.getMaxY() - LABEL_GAP - columnLabelHeight - Axes.titleRoom(figure.xLabel()) - keyRoom;
        Rectangle2D grid = new Rectangle2D.Double(left, top, gridWidth, Math.max(1, bottom - top));
        double cellHeight = grid.getHeight() / figure.rows();
        return new Layout(content, rowLabelWidth, rotate, columnStep, columnLabelHeight, grid, cellWidth, cellHeight,
                choose(figure, cellWidth, cellHeight));
    }

    static void draw(HeatmapFigure figure, Graphics2D g, double width, double height) {
        Layout layout = layout(figure, width, height);
        Rectangle2D content = layout.content();
        Rectangle2D grid = layout.grid();
        double cellWidth = layout.cellWidth();
        double cellHeight = layout.cellHeight();
        double rowLabelWidth = layout.rowLabelWidth();
        boolean rotate = layout.rotate();
        double columnLabelHeight = layout.columnLabelHeight();
        Choice choice = layout.choice();

        for (int r = 0; r < figure.rows(); r++) {
            for (int c = 0; c < figure.columns(); c++) {
                Rectangle2D cell = new Rectangle2D.Double(grid.getMinX() + c * cellWidth, grid.getMinY() + r * cellHeight,
                        cellWidth, cellHeight);
                double value = figure.value(r, c);
                Color fill = Double.isNaN(value) ? Theme.GRID : Palette.sequential(figure.scalePosition(value));
                g.setColor(fill);
                g.fill(cell);
                if (figure.isHatched(r, c)) {
                    Hatch.draw(g, cell, Marker.SQUARE, Palette.textOn(fill));
                }
                g.setColor(Theme.BACKGROUND);
                g.setStroke(Theme.THIN);
                g.draw(cell);
                if (choice != null) {
                    drawCellText(g, choice.labels().text(r, c), cell, Palette.textOn(fill), choice.font());
                }
            }
        }
        g.setColor(Theme.TEXT);
        Font rowFont = rowLabelFont(cellHeight);
        for (int r = 0; r < figure.rows(); r += rowStep(cellHeight)) {
            Text.draw(g, Text.fit(figure.rowLabels().get(r), rowFont, rowLabelWidth), rowFont,
                    grid.getMinX() - LABEL_GAP, grid.getMinY() + (r + 0.5) * cellHeight, Text.Align.END);
        }
        for (int c = 0; c < figure.columns(); c += layout.columnStep()) {
            double cx = grid.getMinX() + (c + 0.5) * cellWidth;
            String label = figure.columnLabels().get(c);
            if (rotate) {
                Text.drawRotatedEndingAt(g, Text.fit(label, Theme.LABEL, content.getHeight() * 0.3), Theme.LABEL,
                        cx + 4, grid.getMaxY() + LABEL_GAP + 4, ROTATION);
            } else {
                Text.draw(g, label, Theme.LABEL, cx, grid.getMaxY() + LABEL_GAP + Text.height(Theme.LABEL) / 2,
                        Text.Align.CENTER);
            }
        }
        if (!figure.xLabel().isEmpty()) {
            Text.draw(g, figure.xLabel(), Theme.LABEL, grid.getCenterX(),
                    grid.getMaxY() + LABEL_GAP + columnLabelHeight + Text.height(Theme.LABEL) / 2 + 2, Text.Align.CENTER);
        }
        if (!figure.yLabel().isEmpty()) {
            Text.drawVertical(g, figure.yLabel(), Theme.LABEL, content.getMinX() + Text.height(Theme.LABEL) / 2,
                    grid.getCenterY());
        }
        if (!figure.cellLabels().isEmpty()) {
            g.setColor(Theme.MUTED_TEXT);
            String key = choice != null ? choice.labels().meaning() : "cells too small for numbers: enlarge the figure";
            Text.draw(g, Text.fit(key, Theme.SMALL, content.getWidth()), Theme.SMALL, content.getMinX(),
                    content.getMaxY() - Text.height(Theme.SMALL) / 2, Text.Align.START);
        }
        drawColorBar(g, figure, new Rectangle2D.Double(grid.getMaxX() + 16, grid.getMinY(), COLOR_BAR_WIDTH,
                grid.getHeight()));
        Frame.drawTitleAndCaption(g, figure, width, height);
    }

    /**
     * The row labels' font: the labels' usual font when a row is a line of it high, else the smaller one (rows of
     * many genres), whose lines may still be too close ({@link #rowStep}).
     */
    static Font rowLabelFont(double cellHeight) {
        return cellHeight >= Text.height(Theme.LABEL) ? Theme.LABEL : Theme.SMALL;
    }

    /**
     * Every how many rows a label is drawn: 1 when a row is a line of {@link #rowLabelFont} high, else n (rows 0, n,
     * 2n ...), so that the labels' lines never overlap.
     */
    static int rowStep(double cellHeight) {
        double line = Text.height(rowLabelFont(cellHeight));
        return Math.max(1, (int) Math.ceil(line / Math.max(1e-9, cellHeight)));
    }

    /** The cell labels and font drawn: the first labels, in order, that fit every cell in either font. */
    record Choice(HeatmapFigure.CellLabels labels, Font font) {
    }

    /** The richest labels that fit every cell, in the larger font if they can; null when none fit. */
    private static Choice choose(HeatmapFigure figure, double cellWidth, double cellHeight) {
        for (HeatmapFigure.CellLabels labels : figure.cellLabels()) {
            for (Font font : new Font[] {Theme.LABEL, Theme.SMALL, Theme.TINY}) {
                if (fits(figure, labels, font, cellWidth, cellHeight)) {
                    return new Choice(labels, font);
                }
            }
        }
        return null;
    }

    /** Whether every cell's text fits its cell in {@code font}, with a little room to spare. */
    static boolean fits(HeatmapFigure figure, HeatmapFigure.CellLabels labels, Font font, double cellWidth,
                        double cellHeight) {
        for (int r = 0; r < figure.rows(); r++) {
            for (int c = 0; c < figure.columns(); c++) {
                String text = labels.text(r, c);
                if (text.isEmpty()) {
                    continue;
                }
                String[] lines = text.split("\n");
                if (lines.length * Text.height(font) > cellHeight - 2) {
                    return false;
                }
                for (String line : lines) {
                    if (Text.width(line, font) > cellWidth - 3) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static void drawCellText(Graphics2D g, String text, Rectangle2D cell, Color color, Font font) {
        if (text.isEmpty()) {
            return;
        }
        String[] lines = text.split("\n");
        double lineHeight = Text.height(font);
        g.setColor(color);
        double y = cell.getCenterY() - (lines.length - 1) * lineHeight / 2;
        for (String line : lines) {
            Text.draw(g, line, font, cell.getCenterX(), y, Text.Align.CENTER);
            y += lineHeight;
        }
    }

    private static void drawColorBar(Graphics2D g, HeatmapFigure figure, Rectangle2D bar) {
        // One gradient rather than hundreds of strips: SVG gets a single <linearGradient>.
        g.setPaint(new LinearGradientPaint((float) bar.getCenterX(), (float) bar.getMaxY(), (float) bar.getCenterX(),
                (float) bar.getMinY(), Palette.sequentialStops(), Palette.sequentialColors()));
        g.fill(bar);
        Scale y = Scale.linear(figure.scaleMin(), figure.scaleMax(), bar.getMaxY(), bar.getMinY());
        Ticks ticks = Ticks.linear(figure.scaleMin(), figure.scaleMax(), ScatterRenderer.tickCount(bar.getHeight(), 50));
        g.setStroke(Theme.THIN);
        for (int i = 0; i < ticks.count(); i++) {
            double py = y.map(ticks.value(i));
            g.setColor(Theme.AXIS);
            g.draw(new java.awt.geom.Line2D.Double(bar.getMaxX(), py, bar.getMaxX() + Theme.TICK_LENGTH, py));
            g.setColor(Theme.MUTED_TEXT);
            Text.draw(g, ticks.labels().get(i), Theme.TICK, bar.getMaxX() + Theme.TICK_LENGTH + 3, py, Text.Align.START);
        }
        if (!figure.scaleLabel().isEmpty()) {
            g.setColor(Theme.TEXT);
            Text.drawVertical(g, Text.fit(figure.scaleLabel(), Theme.LABEL, bar.getHeight()), Theme.LABEL,
                    bar.getMaxX() + 42, bar.getCenterY());
        }
    }
}
