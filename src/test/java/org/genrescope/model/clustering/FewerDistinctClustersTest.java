package org.genrescope.model.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.Cases;
import org.junit.jupiter.api.Test;

/** K-Means on fewer distinct points than k says so, as scikit-learn's ConvergenceWarning does. */
class FewerDistinctClustersTest {

    @Test
    void theCaseOfThreeDistinctPointsAndKFiveFindsThreeAndNamesTheEmptyClusters() throws IOException {
        double[] x = Cases.features("k-above-distinct-points");
        int n = x.length / 8;
        KMeansResult result = KMeans.fit(x, n, 8, KMeansOptions.of(5, 10, 1986), ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(5, result.k());
        assertEquals(3, result.distinctClusters());
        String warning = result.fewerClustersWarning().orElseThrow();
        assertTrue(warning.startsWith("K-Means found only 3 distinct clusters for k = 5"), warning);
        assertTrue(warning.endsWith("are empty"), warning);
        assertEquals(0.0, result.inertia(), 1e-20, "every point sits on its centroid, up to rounding");
        Clustering clustering = Clustering.from(result);
        assertEquals(5, clustering.clusterCount());
        assertEquals(3, clustering.nonEmptyClusterCount());
    }

    @Test
    void enoughDistinctPointsGiveNoWarning() {
        TestData.Points blobs = TestData.blobs(3, 3, 30, 2, 10.0, 1.0);
        KMeansResult result = KMeans.fit(blobs.x(), blobs.n(), blobs.d(), KMeansOptions.of(3, 5, 1),
                ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(3, result.distinctClusters());
        assertTrue(result.fewerClustersWarning().isEmpty());
    }
}
