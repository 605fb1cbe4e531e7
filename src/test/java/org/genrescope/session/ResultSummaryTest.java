package org.genrescope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A restored result is the saved one when its metrics agree to the last bits a sum over threads may change, and a
 * real difference is said in the window's words (new user, session 15: "clustered_space.davies_bouldin
 * 1.299296769112314 -> 1.2992967691123138" read as a changed result).
 */
class ResultSummaryTest {
    private static ResultSummary summary(double daviesBouldin, Double silhouette) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("clustered_space.davies_bouldin", daviesBouldin);
        metrics.put("feature_space.silhouette", silhouette);
        metrics.put("vs_genre.adjusted_rand", 0.05);
        return new ResultSummary(3, List.of(10, 20, 30), 0, metrics);
    }

    @Test
    void aDifferenceInTheLastBitsIsNoDifference() {
        ResultSummary saved = summary(1.299296769112314, 0.25);
        assertEquals(List.of(), saved.differences(summary(1.2992967691123138, 0.25)));
        assertEquals(List.of(), saved.differences(summary(1.299296769112314 * (1 + 5e-10), 0.25)), "within 1e-9");
        assertEquals(List.of(), summary(1, null).differences(summary(1, null)), "undefined in both");
    }

    @Test
    void aRealDifferenceIsSaidInWords() {
        ResultSummary saved = summary(1.299296769112314, 0.25);
        double close = 1.299296769112314 * (1 + 2e-9);
        assertEquals(List.of("Davies-Bouldin in the clustered space 1.299296769112314 -> " + close),
                saved.differences(summary(close, 0.25)),
                "past 1e-9 it is a difference, shown in full where 6 digits do not show it");
        assertEquals(List.of("Davies-Bouldin in the clustered space 1.29930 -> 1.41000",
                "silhouette in the features 0.250000 -> undefined"), saved.differences(summary(1.41, null)));
        assertEquals(List.of("k 3 -> 4"), saved.differences(new ResultSummary(4, List.of(10, 20, 30), 0,
                saved.metrics())));
        assertEquals("ARI with the genres", ResultSummary.words("vs_genre.adjusted_rand"));
    }
}
