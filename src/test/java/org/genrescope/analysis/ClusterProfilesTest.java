package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.TrackTable;
import org.genrescope.model.clustering.Clustering;
import org.junit.jupiter.api.Test;

/** Profiles are the members' statistics from the raw values, checked by hand (pandas' linear quantiles). */
class ClusterProfilesTest {

    @Test
    void membersMeanAndQuartilesInOriginalUnitsByHand() {
        // Cluster 0: tempo 100, 110, 120, 150 -> mean 120, q1 107.5, median 115, q3 127.5 (pandas' linear);
        // cluster 1: 60, 80 -> mean 70, q1 65, median 70, q3 75; cluster 2 is empty; one noise point.
        double[] tempo = {100, 60, 110, 120, 80, 150, 999};
        int[] labels = {0, 1, 0, 0, 1, 0, -1};
        Clustering clustering = new Clustering(labels, 3, null, Double.NaN, 1);
        List<ClusterProfile> profiles = ClusterProfiles.of(table(tempo), clustering);
        assertEquals(3, profiles.size());
        ClusterProfile.Stats c0 = profiles.get(0).features().get(0);
        assertEquals(4, profiles.get(0).size());
        assertEquals(120.0, c0.mean());
        assertEquals(107.5, c0.q1());
        assertEquals(115.0, c0.median());
        assertEquals(127.5, c0.q3());
        ClusterProfile.Stats c1 = profiles.get(1).features().get(0);
        assertEquals(List.of(70.0, 65.0, 70.0, 75.0), List.of(c1.mean(), c1.q1(), c1.median(), c1.q3()));
        assertEquals(0, profiles.get(2).size());
        assertTrue(profiles.get(2).features().isEmpty(), "an empty cluster has no statistics, not NaN");
        double[] means = ClusterProfiles.means(profiles, 1);
        assertEquals(120.0, means[0]);
        assertTrue(Double.isNaN(means[2]));
    }

    @Test
    void valuesNearTheLargestDoubleAverageWithoutOverflow() {
        double[] tempo = {1.5e308, 1.5e308, 1.2e308};
        ClusterProfile.Stats s = ClusterProfiles.of(table(tempo), new Clustering(new int[3], 1, null, Double.NaN, 0))
                .get(0).features().get(0);
        assertEquals(1.4e308, s.mean(), 1e296);
        assertEquals(1.35e308, s.q1(), 1e296);
        assertEquals(1.5e308, s.median());
    }

    @Test
    void aLaterClustersValuesNearTheLargestDoubleAverageWithoutOverflow() {
        // cluster 1 is the case above, interleaved with cluster 0 (1, 2, 4: mean 7/3, quartiles 1.5, 2, 3)
        double[] tempo = {1, 1.5e308, 2, 1.5e308, 4, 1.2e308};
        Clustering clustering = new Clustering(new int[] {0, 1, 0, 1, 0, 1}, 2, null, Double.NaN, 0);
        List<ClusterProfile> profiles = ClusterProfiles.of(table(tempo), clustering);
        ClusterProfile.Stats c0 = profiles.get(0).features().get(0);
        assertEquals(List.of(7.0 / 3, 1.5, 2.0, 3.0), List.of(c0.mean(), c0.q1(), c0.median(), c0.q3()));
        ClusterProfile.Stats c1 = profiles.get(1).features().get(0);
        assertEquals(1.4e308, c1.mean(), 1e296);
        assertEquals(1.35e308, c1.q1(), 1e296);
        assertEquals(1.5e308, c1.median());
        assertEquals(1.5e308, c1.q3());
    }

    @Test
    void noModelViewWhereTheScalingCannotBeInverted() {
        // tempo and energy, row by row (the seed scaling refuses a single feature since session 18)
        double[] tempoAndEnergy = {100, 0.2, 120, 0.4, 140, 0.6, 160, 0.8};
        org.genrescope.features.FeatureMatrix raw = new org.genrescope.features.FeatureMatrix(new long[] {1, 2, 3, 4},
                List.of("tempo", "energy"), tempoAndEnergy);
        Clustering clustering = new Clustering(new int[] {0, 0, 1, 1}, 2, new double[] {0.5, 0.5, 0.5, 0.5}, 0, 0);
        assertNull(ClusterProfiles.modelCentresInFeatureUnits(clustering, raw, (c, k) -> c,
                org.genrescope.features.Scaling.SEED.fit(raw)));
        org.genrescope.features.FittedScaler minMax = org.genrescope.features.Scaling.MINMAX.fit(raw);
        double[] view = ClusterProfiles.modelCentresInFeatureUnits(clustering, minMax.transform(raw), (c, k) -> c,
                minMax);
        assertEquals(130.0, view[0], 1e-12, "0.5 of the range 100..160");
        assertEquals(0.5, view[1], 1e-12, "0.5 of the range 0.2..0.8");
    }

    @Test
    void aResultsProfilesAndBarsForKAboveTheDistinctPoints() throws Exception {
        AnalysisConfig config = Recipe.PLAIN.config(org.genrescope.testing.Cases.file("k-above-distinct-points"))
                .with("k", 5).with("restarts", 3).with("representation", Representation.FEATURES)
                .with("projection", ProjectionMethod.NONE);
        AnalysisResult r = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(config, org.genrescope.task.ProgressListener.NONE,
                org.genrescope.task.CancellationToken.NEVER);
        List<ClusterProfile> profiles = r.profiles();
        assertEquals(5, profiles.size());
        double[] bars = r.centroids();
        int d = r.tracks().featureNames().size();
        int tempo = r.tracks().featureNames().indexOf("tempo");
        int empty = 0;
        for (ClusterProfile p : profiles) {
            if (p.size() == 0) {
                empty++;
                assertEquals(0.0, bars[p.cluster() * d + tempo], "a finite bar for an empty cluster");
            } else {
                // Every member of a cluster here is the same track repeated: mean = median = its tempo.
                ClusterProfile.Stats s = p.features().get(tempo);
                assertEquals(s.median(), s.mean(), 1e-9 * s.median());
                assertEquals(s.mean(), bars[p.cluster() * d + tempo]);
                assertTrue(List.of(138.604, 105.723, 134.776).contains(s.median()), "tempo " + s.median());
            }
        }
        assertEquals(2, empty);
        for (double v : bars) {
            assertTrue(Double.isFinite(v));
        }
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("K-Means found only 3 distinct clusters")),
                r.warnings().toString());
    }

    @Test
    void aResultComputesItsProfilesOnceForEveryReaderAndThread() throws Exception {
        AnalysisConfig config = Recipe.PLAIN.config(org.genrescope.testing.Cases.file("k-above-distinct-points"))
                .with("k", 3).with("restarts", 2).with("representation", Representation.FEATURES)
                .with("projection", ProjectionMethod.NONE);
        AnalysisResult r = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared())
                .run(config, org.genrescope.task.ProgressListener.NONE, org.genrescope.task.CancellationToken.NEVER);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<List<ClusterProfile>>> read = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                read.add(pool.submit(() -> {
                    start.await();
                    return r.profiles();
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<List<ClusterProfile>> f : read) {
                assertTrue(f.get() == r.profiles(), "every thread reads the one list computed");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(ClusterProfiles.of(r.tracks(), r.clustering()), r.profiles(), "the same statistics as before");
        double[] bars = r.centroids();
        assertTrue(java.util.Arrays.equals(ClusterProfiles.means(r.profiles(), r.tracks().featureNames().size()),
                bars), "no empty cluster here, so the bars are the profiles' means");
        bars[0] = -1;
        assertTrue(r.centroids()[0] != -1 && r.centroids() != r.centroids(), "each call a copy of the kept means");
        assertEquals(ClusterExplanations.of(r.tracks(), r.genreCodes(), r.genreNames(), r.representation(),
                r.clustering()), ClusterExplanations.of(r), "explained from the kept profiles as from new ones");
    }

    private static TrackTable table(double[] tempo) {
        int n = tempo.length;
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1;
        }
        String[] none = new String[n];
        return new TrackTable("flat-csv", List.of("tempo"), ids, tempo.clone(), none, none.clone(), none.clone(),
                none.clone(), new int[n], new CleaningReport(n, n, java.util.Map.of(), java.util.Map.of(), 0, java.util.Map.of()));
    }
}
