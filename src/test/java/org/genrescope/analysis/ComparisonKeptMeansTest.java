package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: collapsed runs are counted and left out of the means. Against the hand computation in
 * {@link CollapsedComparisonFixture}.
 */
class ComparisonKeptMeansTest {

    @Test
    void theKeptSummaryLeavesTheCollapsedRunsOutAndTheFullSummaryKeepsThem() {
        Comparison.Result r = CollapsedComparisonFixture.result(false);
        assertEquals(1, r.collapsed().get(ComparisonMethod.AUTOENCODER_KMEANS));
        assertEquals(1, r.collapsed().get(ComparisonMethod.AUTOENCODER_DBSCAN));
        assertEquals(0, r.collapsed().get(ComparisonMethod.PCA_KMEANS));
        assertEquals(List.of(3L), r.collapsedSeeds());

        Spread ae = r.keptSummary().get(ComparisonMethod.AUTOENCODER_KMEANS).get("common_davies_bouldin");
        assertEquals(2, ae.runs());
        assertEquals(1.4, ae.mean().value(), 1e-12);
        assertEquals(Math.sqrt(0.08), ae.sd().value(), 1e-12);
        assertEquals(1.2, ae.min().value(), 1e-12);
        assertEquals(1.6, ae.max().value(), 1e-12);
        Spread dbscan = r.keptSummary().get(ComparisonMethod.AUTOENCODER_DBSCAN).get("common_davies_bouldin");
        assertEquals(1.0, dbscan.mean().value(), 1e-12);
        assertEquals(Math.sqrt(0.02), dbscan.sd().value(), 1e-12);
        Spread pca = r.keptSummary().get(ComparisonMethod.PCA_KMEANS).get("common_davies_bouldin");
        assertEquals(3, pca.runs(), "a method without an autoencoder keeps every run");
        assertEquals(1.7, pca.mean().value(), 1e-12);
        assertEquals(0.2, pca.sd().value(), 1e-12);

        // the full summary (comparison.json's "summary") still has the collapsed run in it
        assertEquals(5.8 / 3, r.summary().get(ComparisonMethod.AUTOENCODER_KMEANS).get("common_davies_bouldin")
                .mean().value(), 1e-12);
    }

    @Test
    void whenEveryRunCollapsedTheMethodHasNoMeanAndSaysWhy() {
        Comparison.Result r = CollapsedComparisonFixture.result(true);
        Spread ae = r.keptSummary().get(ComparisonMethod.AUTOENCODER_KMEANS).get("common_davies_bouldin");
        assertFalse(ae.mean().isDefined());
        assertEquals(Comparison.EVERY_RUN_COLLAPSED, ae.mean().undefinedReason());
        assertEquals(0, ae.runs());
        assertEquals(1.9, r.keptSummary().get(ComparisonMethod.PCA_KMEANS).get("common_davies_bouldin").mean().value(),
                1e-12);
    }
}
