package org.genrescope.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What loading and cleaning did, for the report and the Data tab.
 *
 * @param rowsRead            data rows read from the main table (tracks.csv or the flat CSV)
 * @param rowsKept            rows in the resulting {@link TrackTable}
 * @param droppedByReason     rows dropped, by reason (insertion-ordered), e.g.
 *                            "no genres_all" -> 3, "no audio features" -> 12, "missing value in a feature" -> 4,
 *                            "repeated id" -> 10
 * @param imputedByFeature    values imputed per feature name (empty unless missing = mean/median)
 * @param genreTopImputed     tracks whose empty top genre was filled from genres_all (roll-up)
 * @param genreCountsLoaded   tracks per genre label in the resulting table (insertion-ordered by first appearance or name)
 * @param dialect             flat CSV: the encoding, delimiter and decimal mark the file was read with; null for
 *                            an FMA folder (always UTF-8, commas, decimal points)
 * @param missingByFeature    missing values found per feature column (empty cells and missing spellings), before
 *                            they were dropped or imputed; only features that had any
 * @param droppedRows         the rows dropped for a repeated id, each named by line and id (at most
 *                            {@link #ROWS_NAMED}; {@code droppedByReason} has the full count)
 * @param notes               choices made without being asked, in one sentence each (which column is the label)
 * @param warnings            things the user should know about the data (a default feature is missing, ids repeat)
 * @param synthetic           true when the input was made by {@code generate-sample} (its folder holds
 *                            {@link DataCredit#SYNTHETIC_MARKER}): no track in it is real
 */
public record CleaningReport(long rowsRead, long rowsKept, Map<String, Long> droppedByReason,
                             Map<String, Long> imputedByFeature, long genreTopImputed,
                             Map<String, Long> genreCountsLoaded, CsvDialect dialect,
                             Map<String, Long> missingByFeature, List<String> droppedRows, List<String> notes,
                             List<String> warnings, boolean synthetic) {

    /** At most this many dropped rows are named one by one. */
    public static final int ROWS_NAMED = 20;

    public CleaningReport {
        droppedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(droppedByReason));
        imputedByFeature = Collections.unmodifiableMap(new LinkedHashMap<>(imputedByFeature));
        genreCountsLoaded = Collections.unmodifiableMap(new LinkedHashMap<>(genreCountsLoaded));
        missingByFeature = missingByFeature == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(missingByFeature));
        droppedRows = droppedRows == null ? List.of() : List.copyOf(droppedRows);
        notes = notes == null ? List.of() : List.copyOf(notes);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A report of a load that detected no dialect and has nothing to note. */
    public CleaningReport(long rowsRead, long rowsKept, Map<String, Long> droppedByReason,
                          Map<String, Long> imputedByFeature, long genreTopImputed,
                          Map<String, Long> genreCountsLoaded) {
        this(rowsRead, rowsKept, droppedByReason, imputedByFeature, genreTopImputed, genreCountsLoaded, null,
                Map.of(), List.of(), List.of(), List.of(), false);
    }
}
