package org.genrescope.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps at the column's width onto up to {@code maxLines} lines, the row growing to hold
 * them; text beyond the last line ends in an ellipsis (the row's tooltip then has it all). For long texts in a table
 * squeezed to a small window: the Cluster profiles table at 1024 x 700 cut most cells to one line ("low
 * instrumentalness -1...").
 */
final class WrappedTextCell<S> extends TableCell<S, String> {
    private final int maxLines;
    /** Pixels narrower than the cell's room the text is measured at. */
    private static final double TEXT_SLACK = 6;
    /** Measures the wrapped text's height (a Labeled's own preferred height ignores the column's width). */
    private final Text measure = new Text();

    private WrappedTextCell(int maxLines) {
        this.maxLines = maxLines;
        setWrapText(true);
        getStyleClass().add("wrapped-cell");
    }

    /** Makes {@code column}'s cells wrap onto up to {@code maxLines} lines. */
    static <S> void wrap(TableColumn<S, String> column, int maxLines) {
        column.setCellFactory(c -> new WrappedTextCell<>(maxLines));
        // a narrower column wraps, a wider one unwraps: the rows' heights follow
        column.widthProperty().addListener(x -> {
            if (column.getTableView() != null) {
                column.getTableView().refresh();
            }
        });
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
    }

    @Override
    protected double computePrefHeight(double width) {
        double single = super.computePrefHeight(width);
        String text = getText();
        TableColumn<S, String> column = getTableColumn();
        if (text == null || text.isEmpty() || column == null) {
            return single;
        }
        double insets = snappedLeftInset() + snappedRightInset();
        double room = (width > 0 ? width : column.getWidth()) - insets;
        measure.setFont(getFont());
        measure.setText("X");
        measure.setWrappingWidth(0);
        double line = measure.getLayoutBounds().getHeight();
        measure.setText(text);
        // a Labeled wraps a little inside its insets: measured narrower, so that it never needs a line more
        measure.setWrappingWidth(Math.max(1, room - TEXT_SLACK));
        int lines = Math.min(maxLines, Math.max(1, (int) Math.round(measure.getLayoutBounds().getHeight() / line)));
        return Math.max(single, single + (lines - 1) * line + (lines > 1 ? 2 : 0));
    }
}
