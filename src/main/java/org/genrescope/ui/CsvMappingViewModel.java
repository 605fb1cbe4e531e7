package org.genrescope.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genrescope.data.CsvSniffer;
import org.genrescope.data.DataLoadException;
import org.genrescope.data.ImportOptions;

/**
 * The column-mapping dialog's state for a flat CSV: the header's columns and the chosen feature, id and
 * label columns, preset as the command line would read the file (the data layer's detection: encoding, delimiter,
 * decimal mark, id and label; the 8 audio features found by suffix).
 */
public final class CsvMappingViewModel {
    static final String DEFAULT_ID = "track_id";
    static final int PREVIEW_ROWS = 5;

    private final List<String> columns;
    private final ObservableList<String> features = FXCollections.observableArrayList();
    private final StringProperty idColumn = new SimpleStringProperty("");
    private final StringProperty labelColumn = new SimpleStringProperty("");

    private final String readAs;

    /**
     * The dialog's choices preset from what the data layer detected ({@link CsvSniffer#preview}): the same
     * detection the load then applies, so the columns offered are the columns that will be read (a
     * semicolon-separated or Windows-1252 file shows its real columns, not one).
     */
    public CsvMappingViewModel(CsvSniffer.CsvPreview preview) {
        // a blank-named first column is a saved pandas index: never a feature, the id only by choice
        columns = preview.header().stream().filter(c -> !c.isBlank()).toList();
        for (String suffix : ImportOptions.AUDIO_FEATURES) {
            columns.stream().filter(c -> c.equals(suffix) || c.endsWith("." + suffix) || c.endsWith("_" + suffix))
                    .findFirst().ifPresent(features::add);
        }
        if (preview.idColumn() != null && columns.contains(preview.idColumn())) {
            idColumn.set(preview.idColumn());
        }
        String label = preview.label() != null ? preview.label()
                : preview.labelCandidates().isEmpty() ? "" : preview.labelCandidates().get(0);
        labelColumn.set(columns.contains(label) ? label : "");
        readAs = "Read as " + preview.dialect() + (preview.knownLayout() == null ? ""
                : "; the layout of " + preview.knownLayout());
    }

    /** Reads what the dialog needs from {@code csv}, off the FX thread: the detected dialect and the first rows. */
    public static CsvMappingViewModel of(Path csv) throws DataLoadException {
        return new CsvMappingViewModel(CsvSniffer.preview(csv, ImportOptions.defaults(), PREVIEW_ROWS));
    }

    /** How the file will be read: its encoding, delimiter and decimal mark, and a known layout when recognised. */
    public String readAs() {
        return readAs;
    }

    /** The choice as the loader takes it; the default features are passed as "empty" so settings stay short. */
    public CsvMapping mapping() {
        return new CsvMapping(features, idColumn.get(), labelColumn.get());
    }

    /** Why the choice cannot be used, or empty. */
    public String problem() {
        if (features.isEmpty()) {
            return "Choose at least one feature column.";
        }
        if (features.contains(labelColumn.get())) {
            return "The genre column '" + labelColumn.get() + "' cannot also be a feature.";
        }
        if (!idColumn.get().isEmpty() && features.contains(idColumn.get())) {
            return "The id column '" + idColumn.get() + "' cannot also be a feature.";
        }
        return "";
    }

    public List<String> columns() {
        return columns;
    }

    /** Columns offered as features: all but the chosen id and label, in header order. */
    public List<String> featureCandidates() {
        return columns.stream().filter(c -> !c.equalsIgnoreCase(DEFAULT_ID) || !c.toLowerCase(Locale.ROOT).equals(idColumn.get()))
                .toList();
    }

    public ObservableList<String> features() { return features; }
    public StringProperty idColumnProperty() { return idColumn; }
    public StringProperty labelColumnProperty() { return labelColumn; }
}
