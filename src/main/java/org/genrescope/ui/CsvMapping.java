package org.genrescope.ui;

import java.util.List;

/**
 * Which columns of a flat CSV to read, as chosen in the column-mapping dialog.
 *
 * @param features    feature columns; empty means the 8 Echo Nest audio features
 * @param idColumn    the id column; empty means "track_id"
 * @param labelColumn the genre column; empty means the first of genres_top, genre_top, genre, label
 */
public record CsvMapping(List<String> features, String idColumn, String labelColumn) {
    public CsvMapping {
        features = List.copyOf(features);
        idColumn = idColumn == null ? "" : idColumn;
        labelColumn = labelColumn == null ? "" : labelColumn;
    }
}
