package org.genrescope.ui;

import java.util.function.ToDoubleFunction;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Column widths for a table on a small window: each column as wide as its widest cell, its header wrapping onto two
 * lines where that is narrower than one ("features +" over "K-Means"), and a text column of free text (titles,
 * artists) no wider than a cap, its cells then ending in "..." with the whole text in the row's tooltip. At 1024 x 700
 * the Compare tab's metrics, fitted to single-line headers, ran past the page ("AE + DB...", "undefi...") and the
 * Stability tab's track titles pushed the artist column out of sight.
 */
final class HeaderFit {
    /** A column's property holding its header's text as given (before {@link #fit} broke it). */
    private static final String HEADER = "genrescope.header";
    /** How many of a column's sampled cells {@link #sampledWidth} measures: the longest. */
    static final int LONGEST = Tables.LONGEST;
    /** How much taller a header of two lines is than one of one line, in pixels (a line of the 12-px font). */
    static final double SECOND_LINE = 16;

    private HeaderFit() { }

    /**
     * The narrowest width in which {@code header}, broken at one space, takes at most two lines: the wider of its
     * two parts at the best break, or its whole width when it is one word. {@code width} measures a text.
     */
    static double twoLineWidth(String header, ToDoubleFunction<String> width) {
        String broken = twoLines(header, width);
        double best = 0;
        for (String line : broken.split("\n")) {
            best = Math.max(best, width.applyAsDouble(line));
        }
        return best;
    }

    /**
     * {@code header} broken at the space that makes its wider line narrowest ("features +\nK-Means"), or whole when
     * it is one word or one line is not wider than two.
     */
    static String twoLines(String header, ToDoubleFunction<String> width) {
        String[] words = header.split(" ");
        String best = header;
        double bestWidth = width.applyAsDouble(header);
        for (int i = 1; i < words.length; i++) {
            String first = String.join(" ", java.util.Arrays.asList(words).subList(0, i));
            String second = String.join(" ", java.util.Arrays.asList(words).subList(i, words.length));
            double w = Math.max(width.applyAsDouble(first), width.applyAsDouble(second));
            if (w < bestWidth) {
                best = first + "\n" + second;
                bestWidth = w;
            }
        }
        return best;
    }

    /**
     * A column's width, before the cell's padding: its widest cell, at most {@code cap} (free text beyond it is cut
     * and shown whole in the row's tooltip), and at least its header on two lines.
     */
    static double columnWidth(double widestCell, double headerTwoLines, double cap) {
        return Math.max(Math.min(widestCell, cap), headerTwoLines);
    }

    /**
     * Adds a header's second line to the fixed height {@link Sections#allRows} gave {@code table}, when
     * {@code twoLines}; call right after it.
     */
    static void headerLines(TableView<?> table, boolean twoLines) {
        if (twoLines) {
            table.setMinHeight(table.getMinHeight() + SECOND_LINE);
            table.setPrefHeight(table.getPrefHeight() + SECOND_LINE);
            table.setMaxHeight(table.getMaxHeight() + SECOND_LINE);
        }
    }

    /**
     * Sets every column of {@code table} to {@link #columnWidth} of its texts (the columns listed in {@code capped}
     * no wider than {@code cap}; the others' cells whole), breaks the headers wider than their column onto two lines
     * ({@link #twoLines}), and makes the table as wide as its columns. Returns whether any header needs its second
     * line. Call after the items change.
     */
    @SafeVarargs
    static <S> boolean fit(TableView<S> table, double cap, TableColumn<S, ?>... capped) {
        java.util.Set<TableColumn<S, ?>> free = java.util.Set.of(capped);
        double total = 0;
        boolean twoLines = false;
        for (TableColumn<S, ?> column : table.getColumns()) {
            double widest = Tables.widestCell(table, column);
            // the header's own text, kept the first time: a header broken before is measured whole again
            String title = (String) column.getProperties().computeIfAbsent(HEADER, k -> column.getText());
            double header = twoLineWidth(title, t -> Tables.width(t, true));
            double inner = columnWidth(widest, header, free.contains(column) ? cap : Double.MAX_VALUE);
            // a header's label wraps only at a line break of its text (the header row is as high as its labels'
            // unwrapped text): broken where twoLines says when one line would be wider than the column
            boolean broken = Tables.width(title, true) > inner;
            column.setText(broken ? twoLines(title, t -> Tables.width(t, true)) : title);
            twoLines |= broken;
            total += Tables.setColumnWidth(column, inner);
        }
        Tables.setTableWidth(table, total);
        return twoLines;
    }

    /**
     * A column's width, in pixels, from its header and a sample of its cells (for a table too long to measure every
     * cell: the Data tab's, up to a million rows): the widest sampled cell plus {@code cellPadding}, at most
     * {@code cap}, but never narrower than {@code header} (the header's text with its padding and the sort arrow).
     * An all-empty column is as narrow as its header: at 1024 px a fixed 200-px title column stood empty while the
     * text ids beside it showed as "7NWpa..." (session 11's report). {@code width} measures a cell's text; only the
     * {@link #LONGEST} longest cells (by characters) are measured: in a proportional font the widest is nearly always
     * among them, and measuring each of 4 x 400 cells cost the FX thread 80-100 ms at the first data opened
     * (docs/benchmarks.md, "The Data tab's column widths").
     */
    static double sampledWidth(double header, java.util.List<String> sample, ToDoubleFunction<String> width,
                               double cellPadding, double cap) {
        double widest = 0;
        for (String cell : Tables.longest(sample, LONGEST)) {
            widest = Math.max(widest, width.applyAsDouble(cell) + cellPadding);
        }
        return Math.ceil(Math.max(Math.min(widest, cap), header));
    }

    /**
     * The rows to measure of a table of {@code rows} rows: every row when there are at most {@code n}, else the first
     * {@code n / 2} (what the table shows first) and {@code n - n / 2} more spread evenly over the rest, ascending
     * and without repeats. Throws IllegalArgumentException when {@code n < 2} or {@code rows < 0}.
     */
    static int[] sampleRows(int rows, int n) {
        if (n < 2 || rows < 0) {
            throw new IllegalArgumentException("sample " + n + " of " + rows + " rows: need n >= 2, rows >= 0");
        }
        if (rows <= n) {
            return java.util.stream.IntStream.range(0, rows).toArray();
        }
        int head = n / 2;
        int spread = n - head;
        int[] out = new int[n];
        for (int i = 0; i < head; i++) {
            out[i] = i;
        }
        double step = (double) (rows - head) / spread;
        for (int j = 0; j < spread; j++) {
            out[head + j] = head + (int) Math.floor(j * step);
        }
        return out;
    }
}
