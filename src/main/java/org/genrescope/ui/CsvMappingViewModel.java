package org.genrescope.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genrescope.data.CsvDelimiter;
import org.genrescope.data.CsvSniffer;
import org.genrescope.data.CsvSniffer.CsvPreview;
import org.genrescope.data.DataLoadException;
import org.genrescope.data.DecimalMark;
import org.genrescope.data.ImportOptions;
import org.genrescope.data.MissingValuePolicy;

/**
 * The CSV dialog's state: how the file is read (encoding, delimiter, decimal mark, each "auto" or forced), its
 * columns, the chosen feature, id, genre, title and artist columns, and the first rows as the loader will parse
 * them ({@link PreviewTable}). Changing the dialect re-reads the preview in the background (the newest read wins)
 * and re-detects the columns, keeping the choices that still name a column. Preset from what the data layer
 * detects, or from the choices last made for the same file.
 */
public final class CsvMappingViewModel {
    static final int PREVIEW_ROWS = 10;
    /** The encodings offered; any other name works from the command line. */
    public static final List<String> ENCODINGS = List.of(ImportOptions.AUTO_ENCODING, "utf-8", "windows-1252",
            "iso-8859-1", "utf-16");

    private final Path file;
    private final BackgroundRunner runner;
    private final List<String> missingValues;
    private final StringProperty encoding = new SimpleStringProperty(ImportOptions.AUTO_ENCODING);
    private final ObjectProperty<CsvDelimiter> delimiter = new SimpleObjectProperty<>(CsvDelimiter.AUTO);
    private final ObjectProperty<DecimalMark> decimal = new SimpleObjectProperty<>(DecimalMark.AUTO);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> features = FXCollections.observableArrayList();
    private final StringProperty idColumn = new SimpleStringProperty("");
    private final StringProperty labelColumn = new SimpleStringProperty("");
    private final StringProperty titleColumn = new SimpleStringProperty("");
    private final StringProperty artistColumn = new SimpleStringProperty("");
    private final StringProperty suggestedLabel = new SimpleStringProperty("");
    private final StringProperty readAs = new SimpleStringProperty("");
    private final StringProperty readProblem = new SimpleStringProperty("");
    private final BooleanProperty reading = new SimpleBooleanProperty(false);
    private final ObjectProperty<CsvPreview> preview = new SimpleObjectProperty<>();
    private final PreviewTable table = new PreviewTable(this);
    private int generation;

    /**
     * The dialog for {@code file}, read as {@code preview} (which the caller read with {@code start}'s dialect),
     * with {@code start}'s columns where the file has them and the detection's elsewhere.
     *
     * @param runner        reads the file again, off the UI thread, when the dialect changes
     * @param missingValues the setting's extra missing spellings, so that the preview shows them as missing
     */
    CsvMappingViewModel(Path file, CsvPreview preview, CsvMapping start, List<String> missingValues,
                        BackgroundRunner runner) {
        this.file = file;
        this.runner = runner;
        this.missingValues = List.copyOf(missingValues);
        encoding.set(start.encoding());
        delimiter.set(start.delimiter());
        decimal.set(start.decimal());
        show(preview, start);
        for (javafx.beans.Observable dialect : List.<javafx.beans.Observable>of(encoding, delimiter, decimal)) {
            dialect.addListener(x -> reread());
        }
        features.addListener((javafx.collections.ListChangeListener<String>) c -> table.refresh());
        for (StringProperty role : List.of(idColumn, labelColumn, titleColumn, artistColumn)) {
            role.addListener(x -> table.refresh());
        }
    }

    /** The detection alone, read on the calling thread (never the UI thread: it may read the whole file). */
    public CsvMappingViewModel(Path file, CsvPreview preview) {
        this(file, preview, new CsvMapping(List.of(), "", ""), List.of(), new CallingThreadRunner());
    }

    /** Reads {@code csv} as the loader would (detecting everything), on the calling thread; for tests and tools. */
    public static CsvMappingViewModel of(Path csv) throws DataLoadException {
        return of(csv, null, List.of(), new CallingThreadRunner());
    }

    /**
     * Reads {@code csv} on the calling thread (the runner's background): with the dialect {@code remembered} names
     * when it still reads the file, else detecting it.
     *
     * @param remembered the choices last made for this file, or null
     * @throws DataLoadException when the file cannot be read even with every choice detected
     */
    static CsvMappingViewModel of(Path csv, CsvMapping remembered, List<String> missingValues,
                                  BackgroundRunner runner) throws DataLoadException {
        CsvMapping start = remembered == null ? new CsvMapping(List.of(), "", "") : remembered;
        CsvPreview read;
        try {
            read = CsvSniffer.preview(csv, options(start.encoding(), start.delimiter(), start.decimal(), missingValues),
                    PREVIEW_ROWS);
        } catch (DataLoadException e) {
            if (remembered == null) {
                throw e;
            }
            start = new CsvMapping(remembered.features(), remembered.idColumn(), remembered.labelColumn(),
                    remembered.titleColumn(), remembered.artistColumn(), null, null, null);
            read = CsvSniffer.preview(csv, options(null, null, null, missingValues), PREVIEW_ROWS);
        }
        return new CsvMappingViewModel(csv, read, start, missingValues, runner);
    }

    private static ImportOptions options(String encoding, CsvDelimiter delimiter, DecimalMark decimal,
                                         List<String> missingValues) {
        // no column named: the preview detects them, and the dialog keeps its own choices (a choice that the
        // new header lacks must not make the preview fail)
        return new ImportOptions(List.of(), null, null, true, MissingValuePolicy.DROP, encoding, delimiter, decimal,
                missingValues);
    }

    /** Reads the preview again with the chosen dialect, in the background; a later change supersedes it. */
    private void reread() {
        int mine = ++generation;
        reading.set(true);
        ImportOptions options = options(encoding.get(), delimiter.get(), decimal.get(), missingValues);
        CsvMapping keep = mapping();
        runner.run(() -> CsvSniffer.preview(file, options, PREVIEW_ROWS), read -> {
            if (mine == generation) {
                reading.set(false);
                readProblem.set("");
                show(read, keep);
            }
        }, failure -> {
            if (mine == generation) {
                reading.set(false);
                readProblem.set(failure instanceof DataLoadException ? inDialogTerms(failure.getMessage())
                        : "The file could not be read: " + failure);
                readAs.set("The file does not read with these choices:");
                preview.set(null);
                table.refresh();
            }
        });
    }

    /** The data layer's sentence with its command-line options named as the dialog's choosers. */
    static String inDialogTerms(String sentence) {
        return sentence.replace(" with --encoding", " above").replace("choose --delimiter", "choose it above")
                .replace("out of the features with --features", "out of the Features above");
    }

    /** Shows {@code read}: its columns, and {@code keep}'s choices where they name one of them, else the detection's. */
    private void show(CsvPreview read, CsvMapping keep) {
        // a blank-named first column is a saved pandas index: never a feature, the id only by choice
        List<String> header = read.header().stream().filter(c -> !c.isBlank()).toList();
        columns.setAll(header);
        String suggested = read.label() == null && read.labelCandidates().size() > 1 ? ColumnGuesses.bestLabel(read) : "";
        suggestedLabel.set(suggested);
        String detectedLabel = read.label() != null ? read.label() : suggested;
        idColumn.set(either(keep.idColumn(), read.idColumn(), header));
        labelColumn.set(either(keep.labelColumn(), detectedLabel, header));
        titleColumn.set(either(keep.titleColumn(), read.titleColumn(), header));
        artistColumn.set(either(keep.artistColumn(), read.artistColumn(), header));
        List<String> kept = keep.features().stream().filter(header::contains).toList();
        if (kept.isEmpty() || kept.size() < keep.features().size()) {
            kept = ColumnGuesses.audioFeatures(header);
        }
        features.setAll(kept.isEmpty() ? ColumnGuesses.numericColumns(read, List.of(idColumn.get(), labelColumn.get(),
                titleColumn.get(), artistColumn.get())) : kept);
        readAs.set("Read as " + read.dialect() + (read.knownLayout() == null ? "" : "; the layout of "
                + read.knownLayout()));
        preview.set(read);
        table.refresh();
    }

    private static String either(String chosen, String detected, List<String> header) {
        if (chosen != null && header.contains(chosen)) {
            return chosen;
        }
        return detected != null && header.contains(detected) ? detected : "";
    }

    /** The choices as the settings take them. */
    public CsvMapping mapping() {
        return new CsvMapping(features, idColumn.get(), labelColumn.get(), titleColumn.get(), artistColumn.get(),
                encoding.get(), delimiter.get(), decimal.get());
    }

    /** Why the choice cannot be used, or empty. */
    public String problem() {
        if (!readProblem.get().isEmpty()) {
            return readProblem.get();
        }
        if (reading.get()) {
            return "Reading the file...";
        }
        if (features.isEmpty()) {
            return "Choose at least one feature column.";
        }
        for (String[] role : List.of(new String[] {labelColumn.get(), "genre"}, new String[] {idColumn.get(), "id"},
                new String[] {titleColumn.get(), "title"}, new String[] {artistColumn.get(), "artist"})) {
            if (!role[0].isEmpty() && features.contains(role[0])) {
                return "The " + role[1] + " column '" + role[0] + "' cannot also be a feature.";
            }
        }
        return table.firstFailure();
    }

    /**
     * The column the loader picks for {@code role} (one of the id, genre, title and artist properties) when the
     * setting is empty (for several genre columns, the suggested one: the loader asks instead), or "" when it picks
     * none: only then does an empty choice mean "none".
     */
    public String detected(StringProperty role) {
        CsvPreview read = preview.get();
        if (read == null) {
            return "";
        }
        // of several genre columns the loader takes none: it asks for one, so an empty genre is no choice either
        String label = read.label() != null ? read.label() : suggestedLabel.get();
        String found = role == idColumn ? read.idColumn() : role == labelColumn ? label
                : role == titleColumn ? read.titleColumn() : role == artistColumn ? read.artistColumn() : null;
        return found == null ? "" : found;
    }

    /**
     * What the column {@code name} is read as: feature, id, genre, title, artist, album (found by its name, as the
     * reader finds it: {@code album}, {@code album_name}, ...), or "" (not read).
     */
    public String role(String name) {
        if (features.contains(name)) {
            return "feature";
        }
        List<StringProperty> chosen = List.of(idColumn, labelColumn, titleColumn, artistColumn);
        List<String> roles = List.of("id", "genre", "title", "artist");
        for (int i = 0; i < chosen.size(); i++) {
            if (name.equals(chosen.get(i).get())) {
                return roles.get(i);
            }
        }
        // the dialog said "not read" over a Kaggle file's album_name, which the Data tab then showed (new user, s15)
        return name.equals(org.genrescope.data.FlatCsvReader.albumColumn(columns, titleColumn.get(), artistColumn.get()))
                ? "album" : "";
    }

    /** How the file is read now: its encoding, delimiter and decimal mark, and a known layout when recognised. */
    public String readAs() { return readAs.get(); }
    public ReadOnlyStringProperty readAsProperty() { return readAs; }
    /** The one sentence saying why the chosen dialect cannot read the file, or empty. */
    public ReadOnlyStringProperty readProblemProperty() { return readProblem; }
    /** True while a re-read runs. */
    public ReadOnlyBooleanProperty readingProperty() { return reading; }
    /** Of several genre columns, the one preselected as most likely, or empty when there was no such choice. */
    public ReadOnlyStringProperty suggestedLabelProperty() { return suggestedLabel; }
    /** The file's first rows as the loader will parse them with the current choices. */
    public PreviewTable table() { return table; }
    CsvPreview preview() { return preview.get(); }
    public Path file() { return file; }
    /** The header's columns (read-only; they change when the dialect does). */
    public ObservableList<String> columns() { return FXCollections.unmodifiableObservableList(columns); }
    public ObservableList<String> features() { return features; }
    public StringProperty encodingProperty() { return encoding; }
    public ObjectProperty<CsvDelimiter> delimiterProperty() { return delimiter; }
    public ObjectProperty<DecimalMark> decimalProperty() { return decimal; }
    public StringProperty idColumnProperty() { return idColumn; }
    public StringProperty labelColumnProperty() { return labelColumn; }
    public StringProperty titleColumnProperty() { return titleColumn; }
    public StringProperty artistColumnProperty() { return artistColumn; }
}
