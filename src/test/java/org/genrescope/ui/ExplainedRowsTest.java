package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.genrescope.analysis.ClusterExplanation;
import org.junit.jupiter.api.Test;

/** The Cluster profiles table's texts from explanations (whose numbers ClusterExplanationsTest checks with pandas). */
class ExplainedRowsTest {

    @Test
    void aRowGivesLabelGenresTheThreeStrongestFeaturesAndTheNearestTracks() {
        ClusterExplanation e = new ClusterExplanation(4, 1234,
                List.of(new ClusterExplanation.Distinction("audio.tempo", 141.7, 110.2, 1.2033926733020464),
                        new ClusterExplanation.Distinction("audio.energy", 0.85, 0.5, 1.1816038605575299),
                        new ClusterExplanation.Distinction("audio.acousticness", 0.1, 0.46, -1.07483783982029),
                        new ClusterExplanation.Distinction("audio.valence", 0.5, 0.49, 0.01)),
                List.of(new ClusterExplanation.GenreShare("Rock", 822, 0.666), new ClusterExplanation.GenreShare(
                        "Electronic", 412, 0.334)),
                List.of(new ClusterExplanation.Representative(0, "17", "Night Song", "Chloé Reyes", 0.03),
                        new ClusterExplanation.Representative(5, "23", null, "DJ Quiet", 0.1),
                        new ClusterExplanation.Representative(9, "abc", null, null, 0.2)),
                "Rock 67% · high tempo");
        ExplainedRows.Row row = ExplainedRows.of(List.of(e)).get(0);
        assertEquals("4", row.cluster());
        assertEquals("1,234", row.size());
        assertEquals("Rock 67% · high tempo", row.label());
        assertEquals("Rock 67%, Electronic 33%", row.topGenres());
        assertEquals("high tempo +1.20 sd, high energy +1.18 sd, low acousticness -1.07 sd", row.setApart());
        assertEquals("Night Song - Chloé Reyes; (untitled) - DJ Quiet; track abc", row.representatives());
        assertTrue(row.details().startsWith("Cluster 4 (1,234 tracks): Rock 67% · high tempo"), row.details());
    }

    @Test
    void anEmptyClusterSaysSo() {
        ExplainedRows.Row row = ExplainedRows.of(List.of(new ClusterExplanation(2, 0, List.of(), List.of(), List.of(),
                "empty"))).get(0);
        assertEquals(List.of("2", "0", "empty", "", "", ""), List.of(row.cluster(), row.size(), row.label(),
                row.topGenres(), row.setApart(), row.representatives()));
        assertTrue(row.details().contains("Top genres: (no genres)"), row.details());
    }
}
