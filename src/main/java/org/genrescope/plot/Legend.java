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
    /** Between a legend name's main part and its details, which a narrow legend leaves out. */
    static final String DETAILS = " \u00b7 ";

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
        List<String> labels = labels(entries, labelWidth);
        for (int i = 0; i < shown; i++) {
            LegendEntry entry = entries.get(i);
            double centerY = y + (i + 0.5) * Theme.LEGEND_ROW;
            drawSwatch(g, swatch, entry, x, centerY);
            g.setColor(Theme.TEXT);
            Text.draw(g, Text.fit(labels.get(i), Theme.LEGEND, labelWidth), Theme.LEGEND,
                    x + Theme.LEGEND_SWATCH + GAP, centerY, Text.Align.START);
        }
        if (shown < entries.size()) {
            g.setColor(Theme.MUTED_TEXT);
            Text.draw(g, "+ " + (entries.size() - shown) + " more", Theme.LEGEND, x + Theme.LEGEND_SWATCH + GAP,
                    y + (shown + 0.5) * Theme.LEGEND_ROW, Text.Align.START);
        }
    }

    /**
     * The labels as they fit in {@code labelWidth}: in full when they all do; else without a first word every name
     * shares ("Cluster 13 (1,190)" becomes "13 (1,190)", as in a narrow chart beside a wider one with the full legend);
     * else without the counts too, and each label that still does not fit without its details after {@link #DETAILS}. Only a label that still does not
     * fit is cut short when drawn.
     */
    static List<String> labels(List<LegendEntry> entries, double labelWidth) {
        List<String> full = entries.stream().map(LegendEntry::label).toList();
        if (fits(full, labelWidth) || entries.isEmpty()) {
            return full;
        }
        String first = entries.get(0).name();
        int space = first.indexOf(' ');
        String prefix = space > 0 ? first.substring(0, space + 1) : null;
        boolean shared = prefix != null && entries.stream().allMatch(e -> e.name().startsWith(prefix)
                && e.name().length() > prefix.length());
        java.util.function.Function<LegendEntry, String> name = e -> shared ? e.name().substring(prefix.length()) : e.name();
        List<String> shorter = entries.stream().map(e -> e.count() < 0 ? name.apply(e)
                : name.apply(e) + String.format(java.util.Locale.ROOT, " (%,d)", e.count())).toList();
        if (fits(shorter, labelWidth)) {
            return shorter;
        }
        List<String> bare = entries.stream().map(name).toList();
        // a name's parts after its first DETAILS separator ("3: Rock 41% · high energy") are details, left out
        // before the name itself is cut short ("3: Rock 41%", not "3: Rock 4...")
        return bare.stream().map(l -> l.contains(DETAILS) && !fits(List.of(l), labelWidth)
                ? l.substring(0, l.indexOf(DETAILS)) : l).toList();
    }

    private static boolean fits(List<String> labels, double labelWidth) {
        return labels.stream().allMatch(l -> Text.width(l, Theme.LEGEND) <= labelWidth);
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
