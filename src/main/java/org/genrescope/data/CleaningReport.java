package org.genrescope.data;

import java.util.Map;

/**
 * What loading and cleaning did, for the report and the Data tab.
 *
 * @param rowsRead            data rows read from the main table (tracks.csv or the flat CSV)
 * @param rowsKept            rows in the resulting {@link TrackTable}
 * @param droppedByReason     rows dropped, by reason (insertion-ordered), e.g.
 *                            "no genres_all" -> 3, "no audio features" -> 12, "missing value in a feature" -> 4
 * @param imputedByFeature    values imputed per feature name (empty unless missing = mean/median)
 * @param genreTopImputed     tracks whose empty top genre was filled from genres_all (roll-up)
 * @param genreCountsLoaded   tracks per genre label in the resulting table (insertion-ordered by first appearance or name)
 */
public record CleaningReport(long rowsRead, long rowsKept, Map<String, Long> droppedByReason,
                             Map<String, Long> imputedByFeature, long genreTopImputed,
                             Map<String, Long> genreCountsLoaded) {

    public CleaningReport {
        droppedByReason = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(droppedByReason));
        imputedByFeature = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(imputedByFeature));
        genreCountsLoaded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(genreCountsLoaded));
    }
}
