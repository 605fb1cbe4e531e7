package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** A vertical list of colour swatches and labels. */
final class Legend {

    /** What a swatch looks like: the mark the figure draws (DISC: the entry's scatter marker). */
    enum Swatch { DISC, SQUARE, LINE }

    private static final double GAP = 6;

    private Legend() {
    }

    /** The width the legend needs, at most {@code maxWidth} (labels are shortened to fit). */
    static double width(List<LegendEntry> entries, double maxWidth) {
        double widest = 0;
        for (LegendEntry entry : entries) {
            widest = Math.max(widest, Text.width(entry.label(), Theme.LEGEND));
        }
        return Math.min(maxWidth, Theme.LEGEND_SWATCH + GAP + widest);
    }

    /** Height of the legend when drawn in full. */
    static double height(List<LegendEntry> entries) {
        return entries.size() * Theme.LEGEND_ROW;
    }

    /**
     * Draws the entries top-down from (x, y); when they do not fit in {@code maxHeight}, the last row that
     * fits says how many were left out.
     */
    static void draw(Graphics2D g, List<LegendEntry> entries, double x, double y, double width, double maxHeight,
                     Swatch swatch) {
        int fitting = (int) Math.max(1, Math.floor(maxHeight / Theme.LEGEND_ROW));
        int shown = entries.size() <= fitting ? entries.size() : fitting - 1;
        double labelWidth = width - Theme.LEGEND_SWATCH - GAP;
        for (int i = 0; i < shown; i++) {
            LegendEntry entry = entries.get(i);
            double centerY = y + (i + 0.5) * Theme.LEGEND_ROW;
            drawSwatch(g, swatch, entry, x, centerY);
            g.setColor(Theme.TEXT);
            Text.draw(g, Text.fit(entry.label(), Theme.LEGEND, labelWidth), Theme.LEGEND,
                    x + Theme.LEGEND_SWATCH + GAP, centerY, Text.Align.START);
        }
        if (shown < entries.size()) {
            g.setColor(Theme.MUTED_TEXT);
            Text.draw(g, "+ " + (entries.size() - shown) + " more", Theme.LEGEND, x + Theme.LEGEND_SWATCH + GAP,
                    y + (shown + 0.5) * Theme.LEGEND_ROW, Text.Align.START);
        }
    }

    private static void drawSwatch(Graphics2D g, Swatch swatch, LegendEntry entry, double x, double centerY) {
        double s = Theme.LEGEND_SWATCH;
        g.setColor(entry.color());
        switch (swatch) {
            case DISC -> g.fill(entry.marker().shape(x + s / 2, centerY, s / 2));
            case SQUARE -> {
                Rectangle2D square = new Rectangle2D.Double(x, centerY - s / 2, s, s);
                g.fill(square);
                Hatch.draw(g, square, entry.marker());
            }
            case LINE -> {
                g.setStroke(Theme.LINE);
                g.draw(new Line2D.Double(x - 2, centerY, x + s + 2, centerY));
                g.setStroke(Theme.THIN);
            }
        }
    }
}
