package org.genrescope.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Small pieces the result tabs share: a text column, a number column, a heading, columns fitted to their text. */
final class Tables {
    /** The cells' font size: workbench.css sets the root's to 12 px. */
    private static final double FONT_SIZE = 12;
    /** A cell's padding and border, a header's padding: room beside the text itself. */
    private static final double CELL_SLACK = 14;
    /** Room for the vertical scroll bar that appears when the rows do not all fit. */
    private static final double SCROLL_BAR = 16;

    private Tables() { }

    static <S> TableColumn<S, String> textColumn(String title, double width, java.util.function.Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    /** A text column of formatted numbers, right-aligned so that the digits of one format line up. */
    static <S> TableColumn<S, String> numberColumn(String title, double width,
                                                   java.util.function.Function<S, String> value) {
        TableColumn<S, String> c = textColumn(title, width, value);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /**
     * Gives each row of {@code table} a wrapped tooltip with {@code text} of its item (long sentences included). A
     * row makes its tooltip when the mouse first enters it and from then on only changes its text: a tooltip is a
     * popup control, and one made for every row as a table first filled (or in every {@code updateItem}) was part
     * of the FX thread's longest pass as a result arrived at a million tracks (docs/benchmarks.md, "The result's
     * phases (session 10)", "Tables in the window's pulses (session 14)").
     */
    static <S> void rowTooltips(TableView<S> table, java.util.function.Function<S, String> text) {
        table.setRowFactory(t -> new TooltipRow<>(text));
    }

    /** A table row whose tooltip, made on the mouse's first entry, tells its item's {@code text}. */
    static final class TooltipRow<S> extends javafx.scene.control.TableRow<S> {
        private final java.util.function.Function<S, String> text;
        private javafx.scene.control.Tooltip tip;

        TooltipRow(java.util.function.Function<S, String> text) {
            this.text = text;
            addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> showsText());
        }

        @Override
        protected void updateItem(S item, boolean empty) {
            super.updateItem(item, empty);
            if (tip != null || empty || item == null) {
                showsText();
            }
        }

        /** The tooltip with the shown item's text, made now if need be; none on an empty row. */
        void showsText() {
            S item = getItem();
            if (isEmpty() || item == null) {
                setTooltip(null);
                return;
            }
            if (tip == null) {
                tip = new javafx.scene.control.Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(420);
            }
            tip.setText(text.apply(item));
            setTooltip(tip);
        }
    }

    /**
     * Sets every column of {@code table} as wide as its widest text (header or cell; headers and the cells of a
     * column marked {@link #BOLD} measured in bold) so that none is cut to "0.2...", and the table as wide as its
     * columns. Call after the items change.
     */
    static <S> void fitToContent(TableView<S> table) {
        double total = 0;
        for (TableColumn<S, ?> column : table.getColumns()) {
            total += setColumnWidth(column, Math.max(width(column.getText(), true), widestCell(table, column)));
        }
        setTableWidth(table, total);
    }

    /** The width of {@code column}'s widest cell text in {@code table}, in pixels (bold where marked {@link #BOLD}). */
    static <S> double widestCell(TableView<S> table, TableColumn<S, ?> column) {
        return widestCell(column, table.getItems());
    }

    /**
     * The width of {@code column}'s widest cell text among {@code rows}, in pixels (bold where marked {@link #BOLD}).
     * Only the {@link #LONGEST} longest distinct texts (by characters) are measured, as {@link HeaderFit} does for the
     * Data tab: in the cells' proportional font the widest is among them, and measuring every cell laid out a
     * {@code Text} for each of the 1,904 cells of the Distributions summary at FMA's 16 genres, on the FX thread.
     */
    static <S> double widestCell(TableColumn<S, ?> column, java.util.List<S> rows) {
        boolean bold = column.getProperties().containsKey(BOLD);
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (S row : rows) {
            javafx.beans.value.ObservableValue<?> cell = column.getCellObservableValue(row);
            Object value = cell == null ? null : cell.getValue();
            texts.add(value == null ? "" : value.toString());
        }
        double widest = 0;
        for (String text : longest(texts, LONGEST)) {
            widest = Math.max(widest, width(text, bold));
        }
        return widest;
    }

    /** How many of a column's texts {@link #widestCell} measures: the longest. */
    static final int LONGEST = 16;

    /** The {@code n} longest of {@code texts} by characters, longest first (ties in no set order); nulls skipped. */
    static java.util.List<String> longest(java.util.Collection<String> texts, int n) {
        java.util.List<String> sorted = new java.util.ArrayList<>(texts.size());
        for (String text : texts) {
            if (text != null) {
                sorted.add(text);
            }
        }
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return sorted.subList(0, Math.min(n, sorted.size()));
    }

    /** Sets {@code column} wide enough for a text of {@code inner} pixels with the cell's padding; returns its width. */
    static double setColumnWidth(TableColumn<?, ?> column, double inner) {
        double w = Math.ceil(inner + CELL_SLACK);
        column.setMinWidth(w);
        column.setPrefWidth(w);
        return w;
    }

    /** Makes {@code table} as wide as its columns' {@code total} width, with its insets and a vertical scroll bar. */
    static void setTableWidth(TableView<?> table, double total) {
        double insets = table.getInsets().getLeft() + table.getInsets().getRight();
        table.setPrefWidth(total + insets + SCROLL_BAR);
    }

    /** Marks a column whose cells may be bold (its key in the column's properties), so they are measured so. */
    static final String BOLD = "genrescope.boldCells";

    /** The width of {@code text} in the cells' font (bold or not), in pixels. */
    static double width(String text, boolean bold) {
        Text t = new Text(text);
        t.setFont(font(bold));
        return t.getLayoutBounds().getWidth();
    }

    /** The tables' font (workbench.css sets 12 px at the root), bold for headers. */
    static Font font(boolean bold) {
        return Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, FONT_SIZE);
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("heading");
        return l;
    }

}
