package org.genrescope.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genrescope.data.ImportOptions;

/**
 * The column-mapping dialog's state for a flat CSV: the header's columns and the chosen feature, id and
 * label columns, preset with the CLI's defaults (the 8 audio features found by suffix, {@code track_id},
 * the first of genres_top/genre_top/genre/label).
 */
public final class CsvMappingViewModel {
    static final String DEFAULT_ID = "track_id";
    static final List<String> LABEL_COLUMNS = List.of("genres_top", "genre_top", "genre", "label");

    private final List<String> columns;
    private final ObservableList<String> features = FXCollections.observableArrayList();
    private final StringProperty idColumn = new SimpleStringProperty("");
    private final StringProperty labelColumn = new SimpleStringProperty("");

    public CsvMappingViewModel(List<String> header) {
        columns = List.copyOf(header);
        for (String suffix : ImportOptions.AUDIO_FEATURES) {
            columns.stream().filter(c -> c.equals(suffix) || c.endsWith("." + suffix) || c.endsWith("_" + suffix))
                    .findFirst().ifPresent(features::add);
        }
        if (columns.contains(DEFAULT_ID)) {
            idColumn.set(DEFAULT_ID);
        }
        LABEL_COLUMNS.stream().filter(columns::contains).findFirst().ifPresent(labelColumn::set);
    }

    /** Reads the header row of {@code csv} (quotes around names are removed; a byte-order mark is skipped). */
    public static List<String> readHeader(Path csv) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null) {
                throw new IOException(csv + " is empty");
            }
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            List<String> names = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == ',' && !quoted) {
                    names.add(cell.toString().trim());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            names.add(cell.toString().trim());
            return names;
        }
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
