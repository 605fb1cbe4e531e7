package org.genrescope.features;

import java.util.List;
import java.util.Map;

/**
 * What genre grouping did (SEED-PIPELINE §2).
 *
 * @param countsBefore    tracks per genre before anything was dropped, by genre name
 * @param medianCount     the median of those counts; majors have a count above it
 * @param majorGenres     genres counted as major (decided before the drop)
 * @param droppedGenres   genres dropped, with the tracks each took along
 * @param unknownDropGenres names asked to be dropped that the data does not have
 * @param reassigned      each clubbed minor genre and the major genre it joined
 * @param droppedUnlabelled tracks dropped because they had no genre label while others did
 * @param countsAfter     tracks per genre after grouping
 * @param notes           one sentence per change to the labels (genres dropped, genres merged) and per study step
 *                        left out because the data is not FMA's, for the console, the window and the report
 */
public record GroupingReport(Map<String, Long> countsBefore, double medianCount, List<String> majorGenres,
                             Map<String, Long> droppedGenres, List<String> unknownDropGenres,
                             Map<String, String> reassigned, long droppedUnlabelled,
                             Map<String, Long> countsAfter, List<String> notes) {

    /** A report with no notes. */
    public GroupingReport(Map<String, Long> countsBefore, double medianCount, List<String> majorGenres,
                          Map<String, Long> droppedGenres, List<String> unknownDropGenres,
                          Map<String, String> reassigned, long droppedUnlabelled, Map<String, Long> countsAfter) {
        this(countsBefore, medianCount, majorGenres, droppedGenres, unknownDropGenres, reassigned, droppedUnlabelled,
                countsAfter, List.of());
    }

    public GroupingReport {
        countsBefore = sorted(countsBefore);
        majorGenres = List.copyOf(majorGenres);
        droppedGenres = sorted(droppedGenres);
        unknownDropGenres = List.copyOf(unknownDropGenres);
        reassigned = sorted(reassigned);
        countsAfter = sorted(countsAfter);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
    }

    /** A report for data without genre labels: nothing to group. */
    public static GroupingReport unlabelled() {
        return new GroupingReport(Map.of(), Double.NaN, List.of(), Map.of(), List.of(), Map.of(), 0, Map.of());
    }
}
