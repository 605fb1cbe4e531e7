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
}
