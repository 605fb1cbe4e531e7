package org.genrescope.ui;

import java.util.function.Supplier;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A Data-tab cell of a feature column: the value in the column's one format ({@code format}, read at each update:
 * a fuller one may replace it), its exact value in a tooltip. The tooltip is made when the mouse first enters the
 * cell, not with the cell: the table makes its cells again at each data, result and format change, and a Tooltip
 * each (its popup's styles matched) showed in the FX thread's stalls at a million tracks (docs/benchmarks.md,
 * "FX-thread stalls, where the FX thread waits (session 8)").
 */
final class NumberCell<S> extends TableCell<S, Double> {
    private final Supplier<ColumnFormat> format;
    private Tooltip exact;

    NumberCell(Supplier<ColumnFormat> format) {
        this.format = format;
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> showsExact());
    }

    @Override
    protected void updateItem(Double item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : format.get().format(item));
        if (exact != null) {
            showsExact();
        }
    }

    /** The tooltip with the exact value of the shown item, made now if need be; none on an empty cell. */
    void showsExact() {
        Double item = getItem();
        if (isEmpty() || item == null) {
            setTooltip(null);
            return;
        }
        if (exact == null) {
            exact = new Tooltip();
        }
        exact.setText(Double.toString(item));
        setTooltip(exact);
    }
}
