package org.genrescope.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genrescope.data.CsvSniffer.Cell;
import org.genrescope.data.CsvSniffer.CsvPreview;

/**
 * The CSV dialog's preview: the file's first rows with the dialog's choices, each feature cell as the loader will
 * take it (the parsed number, {@value #MISSING} for an empty cell or a missing spelling, or {@value #FAILS} and
 * the text for a cell that stops the load); other columns as their text.
 */
public final class PreviewTable {
    /** Shown for a missing feature value. */
    public static final String MISSING = "(missing)";
    /** Starts a feature cell that is not a number. */
    public static final String FAILS = "\u2717 ";

    private final CsvMappingViewModel choices;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private String firstFailure = "";

    PreviewTable(CsvMappingViewModel choices) {
        this.choices = choices;
    }

    /** Recomputes the rows from the current preview and choices. */
    void refresh() {
        CsvPreview read = choices.preview();
        List<List<String>> out = new ArrayList<>();
        firstFailure = "";
        List<Integer> shown = new ArrayList<>();
        if (read != null) {
            for (int i = 0; i < read.header().size(); i++) {
                if (!read.header().get(i).isBlank()) {
                    shown.add(i); // a blank-named saved index is not offered, so not shown
                }
            }
            for (int r = 0; r < read.rows().size(); r++) {
                List<String> row = new ArrayList<>(shown.size());
                for (int i : shown) {
                    boolean feature = choices.features().contains(read.header().get(i));
                    row.add(feature ? feature(read.features().get(r).get(i), read.rows().get(r).get(i))
                            : read.rows().get(r).get(i));
                    Cell cell = read.features().get(r).get(i);
                    if (feature && cell.problem() != null && firstFailure.isEmpty()) {
                        // the dialog's words: its Features chooser, not the command line's option (new user)
                        firstFailure = CsvMappingViewModel.inDialogTerms(cell.problem());
                    }
                }
                out.add(List.copyOf(row));
            }
        }
        List<String> names = read == null ? List.of() : shown.stream().map(read.header()::get).toList();
        if (!names.equals(columns)) {
            columns.setAll(names);
        }
        rows.setAll(out);
    }

    private static String feature(Cell cell, String text) {
        if (cell.problem() != null) {
            return FAILS + text;
        }
        return cell.missing() ? MISSING : number(cell.value());
    }

    /** A number as the loader holds it, in plain notation where it reads well, else Java's shortest form. */
    static String number(double value) {
        double size = Math.abs(value);
        if (value == 0 || (size >= 1e-4 && size < 1e15)) {
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
        return Double.toString(value);
    }

    /** The column names, in header order (a blank-named saved index left out). */
    public ObservableList<String> columns() { return columns; }

    /** The rows, each cell as described above, as long as {@link #columns()}. */
    public ObservableList<List<String>> rows() { return rows; }

    /** The loader's sentence for the first feature cell in the preview that would stop the load, or "". */
    String firstFailure() { return firstFailure; }
}
