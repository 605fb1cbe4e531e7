package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterExplanation;

/** The Cluster profiles table's rows: each cluster explained, as texts (no toolkit, so tested as plain values). */
final class ExplainedRows {
    /** Distinguishing features shown per cluster. */
    static final int FEATURES = 3;

    /**
     * A row of the Cluster profiles table.
     *
     * @param cluster         the cluster's number
     * @param size            its tracks, with thousands separators
     * @param label           its short label ("Rock 41% · high energy")
     * @param topGenres       "Rock 67%, Electronic 33%"; empty without genres
     * @param setApart        the features farthest from all tracks' mean: "high tempo +1.20 sd, low acousticness
     *                        -1.07 sd"
     * @param representatives the tracks nearest the centre: "Title - Artist; ..."
     */
    record Row(String cluster, String size, String label, String topGenres, String setApart, String representatives) {

        /** The row's tooltip: every part, one per line. */
        String details() {
            return String.format(Locale.ROOT, "Cluster %s (%s tracks): %s%nTop genres: %s%nSet apart by: %s%n"
                    + "Nearest its centre: %s", cluster, size, label, topGenres.isEmpty() ? "(no genres)" : topGenres,
                    setApart.isEmpty() ? "(none)" : setApart, representatives.isEmpty() ? "(none)" : representatives);
        }
    }

    private ExplainedRows() { }

    /** One row per cluster of {@code r}, in cluster order. */
    static List<Row> of(AnalysisResult r) {
        return of(ResultDetails.explanations(r));
    }

    static List<Row> of(List<ClusterExplanation> explanations) {
        List<Row> rows = new ArrayList<>(explanations.size());
        for (ClusterExplanation e : explanations) {
            rows.add(new Row(Integer.toString(e.cluster()), String.format(Locale.ROOT, "%,d", e.size()), e.label(),
                    String.join(", ", e.topGenres().stream().map(g -> String.format(Locale.ROOT, "%s %.0f%%",
                            g.genre(), 100 * g.share())).toList()),
                    String.join(", ", e.distinctions().stream().limit(FEATURES).map(d -> String.format(Locale.ROOT,
                            "%s %+.2f sd", d.words(), d.standardised())).toList()),
                    String.join("; ", e.representatives().stream().map(ExplainedRows::track).toList())));
        }
        return rows;
    }

    /** "Title - Artist", with "(untitled)" or "(unknown artist)" where the data has none, and the id when neither. */
    static String track(ClusterExplanation.Representative t) {
        if (t.title() == null && t.artist() == null) {
            return "track " + t.id();
        }
        return (t.title() == null ? "(untitled)" : t.title()) + " - " + (t.artist() == null ? "(unknown artist)"
                : t.artist());
    }
}
