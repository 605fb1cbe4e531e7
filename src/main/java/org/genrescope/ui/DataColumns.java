package org.genrescope.ui;

import java.util.List;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.data.CsvDelimiter;
import org.genrescope.data.DecimalMark;

/**
 * How a data set is read (the CSV dialog's choices: columns and dialect); they become the settings' only once the
 * data has opened, so that a failed open changes no setting.
 */
record DataColumns(CsvMapping mapping) {
    /** An FMA folder or the sample: default columns, the dialect detected. */
    static final DataColumns DEFAULT = new DataColumns(new CsvMapping(List.of(), "", ""));

    private static final List<String> TEXT_SETTINGS = List.of("id_column", "label", "title_column", "artist_column",
            "encoding");

    static DataColumns of(SettingsViewModel s) {
        return new DataColumns(new CsvMapping(List.copyOf(s.features()), text(s, "id_column"), text(s, "label"),
                text(s, "title_column"), text(s, "artist_column"), text(s, "encoding"),
                s.<CsvDelimiter>objectProperty("delimiter").get(), s.<DecimalMark>objectProperty("decimal").get()));
    }

    private static String text(SettingsViewModel s, String path) {
        String value = s.textProperty(path).get();
        return value == null ? "" : value;
    }

    private List<String> texts() {
        return List.of(mapping.idColumn(), mapping.labelColumn(), mapping.titleColumn(), mapping.artistColumn(),
                mapping.encoding());
    }

    AnalysisConfig applyTo(AnalysisConfig config) {
        AnalysisConfig out = config.with("features", mapping.features());
        for (int i = 0; i < TEXT_SETTINGS.size(); i++) {
            out = out.with(TEXT_SETTINGS.get(i), texts().get(i));
        }
        return out.with("delimiter", mapping.delimiter()).with("decimal", mapping.decimal());
    }

    void applyTo(SettingsViewModel s) {
        s.chooseFeatures(mapping.features());
        for (int i = 0; i < TEXT_SETTINGS.size(); i++) {
            s.textProperty(TEXT_SETTINGS.get(i)).set(texts().get(i));
        }
        s.<CsvDelimiter>objectProperty("delimiter").set(mapping.delimiter());
        s.<DecimalMark>objectProperty("decimal").set(mapping.decimal());
    }
}
