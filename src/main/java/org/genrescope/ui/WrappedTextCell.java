package org.genrescope.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps at the column's width onto up to {@code maxLines} lines, the row growing to hold
 * them; text beyond the last line is cut at a word with an ellipsis (the row's tooltip then has it all). For long
 * texts in a table squeezed to a small window: the Cluster profiles table at 1024 x 700 cut most cells to one line
 * ("low instrumentalness -1..."). The text is a {@link Text} node wrapped at the column's width, because a wrapped
 * Labeled neither tells its row how high it is nor cuts at its last line reliably.
 */
final class WrappedTextCell<S> extends TableCell<S, String> {
    /** Pixels of the cell's width kept beside the text: its padding and a little room. */
    static final double TEXT_SLACK = 10;
    private final int maxLines;
    private final Text text = new Text();

    private WrappedTextCell(int maxLines) {
        this.maxLines = maxLines;
        getStyleClass().add("wrapped-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
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
        if (empty || item == null || getTableColumn() == null) {
            setGraphic(null);
            return;
        }
        double room = Math.max(20, getTableColumn().getWidth() - TEXT_SLACK);
        // the tables' font, not getFont(): a new cell's first update comes before the style sheet's 12 px reach it,
        // and its text then stayed in the default 13 px, wider than Tables.width measured (the Cluster profiles'
        // label column broke "instrumentalness" at 1024 x 700, session 14)
        text.setFont(Tables.font(false));
        text.setWrappingWidth(room);
        text.setText(item);
        text.setText(CutText.fitted(item, lines -> {
            text.setText(lines);
            return text.getLayoutBounds().getHeight();
        }, lineHeight(), maxLines));
        setGraphic(text);
    }

    private double lineHeight() {
        Text one = new Text("X");
        one.setFont(Tables.font(false));
        return one.getLayoutBounds().getHeight();
    }
}
