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
        double row = rowHeight(entries.size(), maxHeight);
        int shown = shown(entries.size(), row, maxHeight);
        double labelWidth = width - Theme.LEGEND_SWATCH - GAP;
        List<String> labels = labels(entries, labelWidth);
        for (int i = 0; i < shown; i++) {
            LegendEntry entry = entries.get(i);
            double centerY = y + (i + 0.5) * row;
            drawSwatch(g, swatch, entry, x, centerY);
            g.setColor(Theme.TEXT);
            Text.draw(g, Text.fit(labels.get(i), Theme.LEGEND, labelWidth), Theme.LEGEND,
                    x + Theme.LEGEND_SWATCH + GAP, centerY, Text.Align.START);
        }
        if (shown < entries.size()) {
            g.setColor(Theme.MUTED_TEXT);
            Text.draw(g, "+ " + (entries.size() - shown) + " more", Theme.LEGEND, x + Theme.LEGEND_SWATCH + GAP,
                    y + (shown + 0.5) * row, Text.Align.START);
        }
    }

    /**
     * How many of {@code count} entries a column of {@code maxHeight} shows at {@code row} apart: all when they fit,
     * else those that fit less the last row, which says how many more. Rows closed up to {@code maxHeight / count}
     * fit exactly: {@code maxHeight / (maxHeight / count)} is 14.999... for some heights and 15 entries, and its floor
     * left out 2 entries that fitted ("+ 2 more" under 13 of 15 clusters at a 1024 x 700 window's full result, where
     * its preview, a line shorter, showed all 15: new user, session 15).
     */
    static int shown(int count, double row, double maxHeight) {
        if (count * row <= maxHeight + ROUNDING) {
            return count;
        }
        int fitting = (int) Math.max(1, Math.floor(maxHeight / row + ROUNDING));
        return fitting - 1;
    }

    /** Pixels' worth of rounding a division of heights may be off by. */
    private static final double ROUNDING = 1e-6;

    /** The closest a column legend's rows get when {@link Theme#LEGEND_ROW} apart they would not all fit. */
    static final double COMPACT_ROW = 13;

    /**
     * The spacing of a column legend's {@code count} rows in {@code maxHeight}: {@link Theme#LEGEND_ROW}, or closer
     * (down to {@link #COMPACT_ROW}, still a line of the legend's font apart) when that lets every entry show
     * (16 clusters in a 1024 x 700 window's scatter), rather than "+ n more".
     */
    static double rowHeight(int count, double maxHeight) {
        if (count * Theme.LEGEND_ROW <= maxHeight) {
            return Theme.LEGEND_ROW;
        }
        return Math.max(COMPACT_ROW, Math.min(Theme.LEGEND_ROW, maxHeight / count));
    }

    /**
     * The labels as they fit in {@code labelWidth}: in full when they all do; else without a first word every name
     * shares ("Cluster 13 (1,190)" becomes "13 (1,190)", as in a narrow chart beside a wider one with the full legend);
     * else without the counts too, and, when any label still does not fit, every label without its details after
     * {@link #DETAILS}. Only a label that still does not fit is cut short when drawn.
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
        // before the name itself is cut short ("3: Rock 41%", not "3: Rock 4..."); so is a count in brackets that
        // the name carries itself (a bar series "Cluster 0 (691)": "0", not "0 (6...")
        // and when one label loses its details, all do: a legend with details beside some clusters and none beside
        // others read as clusters that nothing sets apart (new user, session 18); the hover text keeps them whole
        boolean anyLoses = bare.stream().anyMatch(l -> l.contains(DETAILS) && !fits(List.of(l), labelWidth));
        List<String> plain = bare.stream().map(l -> withoutDetails(anyLoses && l.contains(DETAILS)
                ? l.substring(0, l.indexOf(DETAILS)) : l, labelWidth)).toList();
        // but never so that two clusters read alike: "1: Rock 39%" beside "5: Rock 39%" looked like one cluster twice
        // (new user, session 21); their details then stay, cut short when drawn, and the hover text has them whole
        if (anyLoses && distinctNames(plain) < distinctNames(bare)) {
            return bare;
        }
        return plain;
    }

    /** How many labels differ once their keys ("13: ") are set aside: what a reader tells the entries apart by. */
    private static long distinctNames(List<String> labels) {
        return labels.stream().map(l -> l.indexOf(": ") < 0 ? l : l.substring(l.indexOf(": ") + 2)).distinct().count();
    }

    private static String withoutDetails(String label, double labelWidth) {
        String l = label;
        if (l.contains(DETAILS) && !fits(List.of(l), labelWidth)) {
            l = l.substring(0, l.indexOf(DETAILS));
        }
        int bracket = l.lastIndexOf(" (");
        if (bracket > 0 && l.endsWith(")") && !fits(List.of(l), labelWidth)) {
            l = l.substring(0, bracket);
        }
        return l;
    }

    /** Between the columns of a {@link Grid}, in pixels. */
    static final double COLUMN_GAP = 12;

    /**
     * A legend laid out in rows of {@code columns} entries (left to right, then down), each column
     * {@code columnWidth} wide (swatch and label), for a legend under a chart rather than beside it.
     *
     * @param labels  the labels drawn, one per entry, as {@link #labels} shortened them for the column width
     * @param cut     whether a label is still wider than its column (it is then cut short when drawn)
     * @param shown   how many entries are drawn: all of them, or the rows that fit with the last saying how many more
     */
    record Grid(List<String> labels, int columns, int rows, double columnWidth, boolean cut, int shown) {
        double width() {
            return columns * columnWidth + (columns - 1) * COLUMN_GAP;
        }

        double height() {
            return rows * Theme.LEGEND_ROW;
        }
    }

    /**
     * The grid of {@code entries} that fits {@code maxWidth} x {@code maxHeight} best: the least shortened labels
     * first ({@link #quality}), then the fewest rows, then the fewest columns. When no
     * grid's rows fit the height, the one with the most columns, its last visible place saying how many more.
     */
    static Grid grid(List<LegendEntry> entries, double maxWidth, double maxHeight) {
        int n = entries.size();
        Grid best = null;
        Grid widest = null;
        for (int columns = 1; columns <= Math.max(1, n); columns++) {
            double columnWidth = (maxWidth - (columns - 1) * COLUMN_GAP) / columns;
            double labelWidth = columnWidth - Theme.LEGEND_SWATCH - GAP;
            if (labelWidth < Text.width("00", Theme.LEGEND) && columns > 1) {
                break;
            }
            List<String> labels = labels(entries, labelWidth);
            boolean cut = !fits(labels, labelWidth);
            // as narrow as the widest label needs, so that the grid does not spread over the whole chart
            double needed = Theme.LEGEND_SWATCH + GAP + labels.stream().mapToDouble(l -> Text.width(l, Theme.LEGEND))
                    .max().orElse(0);
            int rows = (int) Math.ceil(n / (double) columns);
            Grid grid = new Grid(labels, columns, rows, Math.min(columnWidth, needed), cut, n);
            widest = grid;
            if (grid.height() > maxHeight) {
                continue;
            }
            if (best == null || quality(grid, entries) < quality(best, entries)
                    || (quality(grid, entries) == quality(best, entries) && rows < best.rows())) {
                best = grid;
            }
        }
        if (best != null) {
            return best;
        }
        int rows = (int) Math.max(1, Math.floor(maxHeight / Theme.LEGEND_ROW));
        int shown = Math.min(n, rows * widest.columns() - 1);
        return new Grid(widest.labels(), widest.columns(), rows, widest.columnWidth(), widest.cut(), shown);
    }

    /**
     * Draws {@code grid}'s entries from (x, y) rightwards and down; when not all are shown, the place after the last
     * says how many were left out.
     */
    static void drawGrid(Graphics2D g, List<LegendEntry> entries, Grid grid, double x, double y, Swatch swatch) {
        double labelWidth = grid.columnWidth() - Theme.LEGEND_SWATCH - GAP;
        for (int i = 0; i < grid.shown(); i++) {
            double left = x + (i % grid.columns()) * (grid.columnWidth() + COLUMN_GAP);
            double centerY = y + (i / grid.columns() + 0.5) * Theme.LEGEND_ROW;
            drawSwatch(g, swatch, entries.get(i), left, centerY);
            g.setColor(Theme.TEXT);
            Text.draw(g, Text.fit(grid.labels().get(i), Theme.LEGEND, labelWidth), Theme.LEGEND,
                    left + Theme.LEGEND_SWATCH + GAP, centerY, Text.Align.START);
        }
        if (grid.shown() < entries.size()) {
            int i = grid.shown();
            double left = x + (i % grid.columns()) * (grid.columnWidth() + COLUMN_GAP);
            g.setColor(Theme.MUTED_TEXT);
            Text.draw(g, Text.fit("+ " + (entries.size() - i) + " more", Theme.LEGEND, grid.columnWidth()),
                    Theme.LEGEND, left, y + (i / grid.columns() + 0.5) * Theme.LEGEND_ROW, Text.Align.START);
        }
    }

    /**
     * 0: every label whole; 1: only a first word they all share left out ("0 (691)" for "Cluster 0 (691)"); 2:
     * shortened further as {@link #labels} does (counts or details left out); 3: some cut short.
     */
    static int quality(List<String> labels, boolean cut, List<LegendEntry> entries) {
        if (cut) {
            return 3;
        }
        int worst = 0;
        for (int i = 0; i < entries.size(); i++) {
            String full = entries.get(i).label();
            String l = labels.get(i);
            worst = Math.max(worst, l.equals(full) ? 0 : full.endsWith(l) ? 1 : 2);
        }
        return worst;
    }

    private static int quality(Grid grid, List<LegendEntry> entries) {
        return quality(grid.labels(), grid.cut(), entries);
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
