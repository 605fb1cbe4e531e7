package org.genrescope.ui;

import java.util.List;
import org.genrescope.analysis.AnalysisConfig;

/**
 * The columns a data set is read with (features, id, genre label); they become the settings' only once the data
 * has opened, so that a failed open changes no setting.
 */
record DataColumns(List<String> features, String idColumn, String labelColumn) {
    static final DataColumns DEFAULT = new DataColumns(List.of(), "", "");

    static DataColumns of(SettingsViewModel s) {
        return new DataColumns(List.copyOf(s.features()), s.idColumnProperty().get(), s.labelColumnProperty().get());
    }

    AnalysisConfig applyTo(AnalysisConfig config) {
        return config.with("features", features).with("id_column", idColumn).with("label", labelColumn);
    }

    void applyTo(SettingsViewModel s) {
        s.chooseFeatures(features);
        s.idColumnProperty().set(idColumn == null ? "" : idColumn);
        s.labelColumnProperty().set(labelColumn == null ? "" : labelColumn);
    }
}
