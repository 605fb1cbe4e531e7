package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * {@link SweepSilhouettes}: clusterings of a whole latent size, grouped by the spaces they share, score as each
 * would alone ({@link InternalMetrics#silhouette}, one labeling at a time).
 */
class SweepSilhouettesTest {

    private static FeatureMatrix matrix(Random random, int n, int d) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = 1000 + i;
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < d; c++) {
            names.add("f" + c);
        }
        double[] values = new double[n * d];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian() + (i / d % 4) * 0.8;
        }
        return new FeatureMatrix(ids, names, values);
    }

    private static Clustering kmeansLike(Random random, int n, int k) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < k ? i : random.nextInt(k); // every cluster holds a point
        }
        return new Clustering(labels, k, new double[k], 0.0, 0);
    }

    private static double alone(FeatureMatrix space, Clustering c) {
        return InternalMetrics.silhouette(space.values(), space.rows(), space.columns(), c.labels(), 1);
    }

    @Test
    void clusteringsSharingASpaceScoreAsEachWouldAlone() {
        Random random = new Random(41);
        int n = 333; // more than one row block and one column block of the kernel, and filling neither
        FeatureMatrix pca = matrix(random, n, 3);         // a code no seed changes: shared by seeds 1 and 2
        FeatureMatrix encoderSeed3 = matrix(random, n, 2); // an autoencoder's code: one seed's own
        FeatureMatrix scaled = matrix(random, n, 5);       // every cell's scaled features
        List<SweepSilhouettes.Labeled> labeled = new ArrayList<>();
        for (int seed = 1; seed <= 2; seed++) {
            for (int k = 2; k <= 9; k++) {
                labeled.add(new SweepSilhouettes.Labeled(pca, scaled, kmeansLike(random, n, k)));
            }
        }
        for (int k = 2; k <= 5; k++) {
            labeled.add(new SweepSilhouettes.Labeled(encoderSeed3, scaled, kmeansLike(random, n, k)));
        }
        int[] withNoise = kmeansLike(random, n, 3).labels();
        withNoise[7] = -1;
        labeled.add(new SweepSilhouettes.Labeled(pca, scaled, new Clustering(withNoise, 3, null, Double.NaN, 1)));
        labeled.add(new SweepSilhouettes.Labeled(pca, scaled, new Clustering(new int[n], 1, new double[1], 0, 0)));

        List<Double> shares = Collections.synchronizedList(new ArrayList<>());
        List<SweepSilhouettes.Pair> pairs = SweepSilhouettes.of(labeled, 2,
                (stage, done, total, message) -> shares.add((double) done / total), CancellationToken.NEVER);

        assertEquals(labeled.size(), pairs.size());
        for (int i = 0; i < labeled.size() - 2; i++) {
            SweepSilhouettes.Labeled l = labeled.get(i);
            double inCode = alone(l.code(), l.clustering());
            double inFeatures = alone(l.scaled(), l.clustering());
            // the same sums in another order; a silhouette lies in [-1, 1] and is a difference over a maximum, so
            // near 0 only an absolute bound means anything
            assertEquals(inCode, pairs.get(i).clustered().value(), 1e-15, "code, clustering " + i);
            assertEquals(inFeatures, pairs.get(i).features().value(), 1e-15, "features, clustering " + i);
            assertEquals(n, pairs.get(i).clustered().pointsScored());
            assertFalse(pairs.get(i).features().sampled());
        }
        assertNull(pairs.get(labeled.size() - 2), "noise: the cell leaves it out and scores the rest itself");
        assertNull(pairs.get(labeled.size() - 1), "one cluster: the cell says why it is undefined");
        assertEquals(1.0, shares.get(shares.size() - 1), 0.0);
        for (int i = 1; i < shares.size(); i++) {
            assertTrue(shares.get(i) >= shares.get(i - 1), "progress went back at report " + i);
        }
    }

    @Test
    void moreClusteringsThanOnePassHoldAreScoredInSeveralPasses() {
        Random random = new Random(8);
        int n = 40;
        FeatureMatrix code = matrix(random, n, 2);
        FeatureMatrix scaled = matrix(random, n, 3);
        List<SweepSilhouettes.Labeled> labeled = new ArrayList<>();
        for (int i = 0; i < SweepSilhouettes.MAX_PER_PASS + 5; i++) {
            labeled.add(new SweepSilhouettes.Labeled(code, scaled, kmeansLike(random, n, 2 + i % 7)));
        }
        List<SweepSilhouettes.Pair> pairs = SweepSilhouettes.of(labeled, 1, ProgressListener.NONE,
                CancellationToken.NEVER);
        for (int i : new int[] {0, SweepSilhouettes.MAX_PER_PASS - 1, SweepSilhouettes.MAX_PER_PASS,
                SweepSilhouettes.MAX_PER_PASS + 4}) {
            double inCode = alone(code, labeled.get(i).clustering());
            assertEquals(inCode, pairs.get(i).clustered().value(), 1e-15, "clustering " + i);
            double inFeatures = alone(scaled, labeled.get(i).clustering());
            assertEquals(inFeatures, pairs.get(i).features().value(), 1e-15, "clustering " + i);
        }
    }
}
