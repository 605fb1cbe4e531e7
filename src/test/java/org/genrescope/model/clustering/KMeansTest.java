package org.genrescope.model.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.genrescope.model.numeric.RowMajor;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

class KMeansTest {

    private static KMeansResult fit(TestData.Points p, KMeansOptions options) {
        return KMeans.fit(p.x(), p.n(), p.d(), options, ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void findsWellSeparatedBlobs() {
        TestData.Points blobs = TestData.blobs(7, 6, 200, 4, 10, 0.5);
        KMeansResult result = fit(blobs, new KMeansOptions(6, 5, 300, 1e-4, 42, 1));
        assertTrue(TestData.samePartition(blobs.truth(), result.labels()), "K-Means should recover the blobs");
        assertArrayEquals(new int[] {200, 200, 200, 200, 200, 200}, result.clusterSizes());
    }

    @Test
    void resultIsAFixedPointOfLloyd() {
        TestData.Points blobs = TestData.blobs(3, 5, 150, 3, 2, 1.0); // overlapping: takes several iterations
        KMeansResult result = fit(blobs, new KMeansOptions(5, 3, 300, 0, 1, 1));
        int d = blobs.d();
        double inertia = 0;
        double[] sums = new double[5 * d];
        int[] counts = new int[5];
        for (int i = 0; i < blobs.n(); i++) {
            int own = result.label(i);
            double ownDistance = NaiveLloyd.distance(blobs.x(), i, result.centroids(), own, d);
            for (int c = 0; c < 5; c++) {
                assertTrue(ownDistance <= NaiveLloyd.distance(blobs.x(), i, result.centroids(), c, d),
                        "point " + i + " is not assigned to its nearest centroid");
            }
            inertia += ownDistance;
            counts[own]++;
            for (int f = 0; f < d; f++) {
                sums[own * d + f] += blobs.x()[i * d + f];
            }
        }
        assertEquals(inertia, result.inertia(), 1e-9 * inertia);
        for (int j = 0; j < sums.length; j++) {
            assertEquals(sums[j] / counts[j / d], result.centroids()[j], 1e-12, "centroid entry " + j);
        }
    }

    @Test
    void hamerlyBoundsGiveTheSameRunAsPlainLloyd() {
        TestData.Points blobs = TestData.blobs(11, 8, 250, 5, 1.5, 1.0);
        int k = 8;
        double tolerance = 1e-4 * Matrices.meanColumnVariance(blobs.x(), blobs.n(), blobs.d());
        KMeansPlusPlus seeding = new KMeansPlusPlus(blobs.x(), blobs.n(), blobs.d(), k);
        HamerlyLloyd bounded = new HamerlyLloyd(blobs.x(), blobs.n(), blobs.d(), k);
        SplittableRandom random = new SplittableRandom(5);
        for (int run = 0; run < 10; run++) {
            double[] initial = new double[k * blobs.d()];
            seeding.seed(random, initial);
            NaiveLloyd plain = new NaiveLloyd(blobs.x(), blobs.n(), blobs.d(), k, initial, 300, tolerance);
            bounded.run(initial, 300, tolerance, CancellationToken.NEVER);
            assertArrayEquals(plain.labels, bounded.labels(), "labels of run " + run);
            assertEquals(plain.iterations, bounded.iterations(), "iterations of run " + run);
            assertArrayEquals(plain.centres, bounded.centres(), 1e-12, "centres of run " + run);
            assertEquals(plain.inertia, bounded.inertia(), 1e-9 * plain.inertia);
        }
    }

    @Test
    void seedingIsGreedyKMeansPlusPlusAsWrittenOut() {
        // scikit-learn's greedy k-means++ written out with a new array per trial, against the workspace that rotates
        // three buffers; several seedings in a row so a buffer left in the wrong role would show
        TestData.Points blobs = TestData.blobs(3, 8, 150, 4, 1.5, 1.0);
        int n = blobs.n();
        int d = blobs.d();
        double[] x = blobs.x();
        for (int k : new int[] {2, 8, 21}) {
            KMeansPlusPlus seeding = new KMeansPlusPlus(x, n, d, k);
            SplittableRandom workspaceRandom = new SplittableRandom(k);
            SplittableRandom plainRandom = new SplittableRandom(k);
            for (int run = 0; run < 4; run++) {
                double[] centres = new double[k * d];
                seeding.seed(workspaceRandom, centres);
                assertArrayEquals(plainSeeding(x, n, d, k, plainRandom), centres, "k " + k + ", run " + run);
            }
        }
    }

    private static double[] plainSeeding(double[] x, int n, int d, int k, SplittableRandom random) {
        double[] centres = new double[k * d];
        int first = random.nextInt(n);
        System.arraycopy(x, first * d, centres, 0, d);
        double[] closest = new double[n];
        double potential = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = squared(x, i, first, d);
            potential += closest[i];
        }
        int trials = 2 + (int) Math.log(k);
        for (int c = 1; c < k; c++) {
            double[] cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += closest[i];
                cumulative[i] = sum;
            }
            int[] candidates = new int[trials];
            for (int t = 0; t < trials; t++) {
                double target = random.nextDouble() * potential;
                int at = 0;
                while (at < n && cumulative[at] < target) {
                    at++;
                }
                candidates[t] = Math.min(at, n - 1);
            }
            double[] best = null;
            double bestPotential = Double.POSITIVE_INFINITY;
            int bestCandidate = -1;
            for (int candidate : candidates) {
                double[] trial = new double[n];
                double trialPotential = 0;
                for (int i = 0; i < n; i++) {
                    trial[i] = Math.min(closest[i], squared(x, i, candidate, d));
                    trialPotential += trial[i];
                }
                if (trialPotential < bestPotential) {
                    bestPotential = trialPotential;
                    best = trial;
                    bestCandidate = candidate;
                }
            }
            closest = best;
            potential = bestPotential;
            System.arraycopy(x, bestCandidate * d, centres, c * d, d);
        }
        return centres;
    }

    /** The shared distance loop (ADR 0012): this test is about the buffers' roles, not the distance. */
    private static double squared(double[] x, int i, int j, int d) {
        return RowMajor.squaredDistance(x, i, x, j, d);
    }

    @Test
    void resultDoesNotDependOnThreadCount() {
        TestData.Points blobs = TestData.blobs(5, 8, 200, 5, 1.0, 1.0);
        KMeansOptions options = new KMeansOptions(8, 24, 300, 1e-4, 1986, 1);
        KMeansResult single = fit(blobs, options);
        KMeansResult two = fit(blobs, options.withThreads(2));
        KMeansResult three = fit(blobs, options.withThreads(3));
        assertEquals(single, two);
        assertEquals(single, three);
    }

    @Test
    void bestRestartIsTheLowestInertiaOfAllRestarts() {
        TestData.Points blobs = TestData.blobs(9, 8, 100, 5, 1.0, 1.0);
        int restarts = 12;
        KMeansResult best = fit(blobs, new KMeansOptions(8, restarts, 300, 1e-4, 77, 2));
        // Replay each restart by hand with the same per-restart generators.
        SplittableRandom[] randoms = KMeans.restartRandoms(77, restarts);
        double tolerance = 1e-4 * Matrices.meanColumnVariance(blobs.x(), blobs.n(), blobs.d());
        KMeansPlusPlus seeding = new KMeansPlusPlus(blobs.x(), blobs.n(), blobs.d(), 8);
        HamerlyLloyd lloyd = new HamerlyLloyd(blobs.x(), blobs.n(), blobs.d(), 8);
        List<Double> inertias = new ArrayList<>();
        for (int r = 0; r < restarts; r++) {
            double[] initial = new double[8 * blobs.d()];
            seeding.seed(randoms[r], initial);
            lloyd.run(initial, 300, tolerance, CancellationToken.NEVER);
            inertias.add(lloyd.inertia());
        }
        double lowest = Collections.min(inertias);
        assertEquals(lowest, best.inertia());
        assertEquals(inertias.indexOf(lowest), best.bestRestart());
        assertTrue(inertias.stream().distinct().count() > 1, "restarts should differ on overlapping blobs");
    }

    @Test
    void sameSeedSameResultDifferentSeedDifferentSeeding() {
        TestData.Points blobs = TestData.blobs(5, 8, 100, 5, 1.0, 1.0);
        KMeansOptions options = new KMeansOptions(8, 1, 300, 1e-4, 1, 1);
        assertEquals(fit(blobs, options), fit(blobs, options));
        KMeansOptions other = new KMeansOptions(8, 1, 300, 1e-4, 2, 1);
        assertTrue(!fit(blobs, options).equals(fit(blobs, other)), "another seed should give another run");
    }

    @Test
    void oneClusterIsTheMean() {
        TestData.Points blobs = TestData.blobs(2, 3, 50, 2, 4, 1);
        KMeansResult result = fit(blobs, new KMeansOptions(1, 2, 300, 1e-4, 3, 1));
        double[] mean = new double[2];
        for (int i = 0; i < blobs.n(); i++) {
            mean[0] += blobs.x()[2 * i] / blobs.n();
            mean[1] += blobs.x()[2 * i + 1] / blobs.n();
        }
        assertArrayEquals(mean, result.centroids(), 1e-12);
        assertEquals(2 * blobs.n() * Matrices.meanColumnVariance(blobs.x(), blobs.n(), 2), result.inertia(), 1e-9);
    }

    @Test
    void kEqualToNPutsEveryPointInItsOwnCluster() {
        double[] x = {0, 1, 3, 7, 15};
        KMeansResult result = KMeans.fit(x, 5, 1, new KMeansOptions(5, 3, 300, 1e-4, 8, 1), ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(0.0, result.inertia());
        assertEquals(5, java.util.Arrays.stream(result.labels()).distinct().count());
    }

    @Test
    void emptyClusterTakesTheFarthestPoint() {
        // 1-D: centre 100 attracts nobody; it must be relocated (to the point farthest from its centre, 5)
        // rather than left empty, and the run must end with three non-empty clusters.
        double[] x = {0, 1, 5, 10, 11, 12};
        HamerlyLloyd lloyd = new HamerlyLloyd(x, 6, 1, 3);
        lloyd.run(new double[] {1, 11, 100}, 300, 0, CancellationToken.NEVER);
        int[] sizes = new int[3];
        for (int label : lloyd.labels()) {
            sizes[label]++;
        }
        for (int size : sizes) {
            assertTrue(size > 0, "no cluster may stay empty: " + java.util.Arrays.toString(sizes));
        }
        assertEquals(5.0, lloyd.centres()[2], "the empty cluster took point 5 (farthest from centre 2)");
        assertEquals(0.5 + 2.0, lloyd.inertia(), 1e-12); // {0,1} around 0.5, {5}, {10,11,12} around 11
    }

    @Test
    void reportsEveryRestartAndCanBeCancelled() {
        TestData.Points blobs = TestData.blobs(1, 4, 100, 3, 5, 1);
        AtomicInteger reports = new AtomicInteger();
        List<Long> totals = Collections.synchronizedList(new ArrayList<>());
        KMeans.fit(blobs.x(), blobs.n(), blobs.d(), new KMeansOptions(4, 10, 300, 1e-4, 1, 2),
                (stage, done, total, message) -> {
                    assertEquals(KMeans.STAGE, stage);
                    reports.incrementAndGet();
                    totals.add(total);
                }, CancellationToken.NEVER);
        assertEquals(10, reports.get());
        assertTrue(totals.stream().allMatch(t -> t == 10));

        CancellationSource source = new CancellationSource();
        AtomicInteger restartsDone = new AtomicInteger();
        ProgressListener cancelAfterThree = (stage, done, total, message) -> {
            if (restartsDone.incrementAndGet() == 3) {
                source.cancel();
            }
        };
        assertThrows(CancelledException.class, () -> KMeans.fit(blobs.x(), blobs.n(), blobs.d(),
                new KMeansOptions(4, 1000, 300, 1e-4, 1, 2), cancelAfterThree, source));
        assertTrue(restartsDone.get() < 1000, "cancellation should stop the restarts early");
    }

    @Test
    void optionsNameTheBadSetting() {
        assertEquals("k must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new KMeansOptions(0, 1, 1, 0, 1, 1)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KMeansOptions(2, 0, 1, 0, 1, 1))
                .getMessage().startsWith("restarts"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KMeansOptions(2, 1, 0, 0, 1, 1))
                .getMessage().startsWith("maxIterations"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KMeansOptions(2, 1, 1, Double.NaN, 1, 1))
                .getMessage().startsWith("tolerance"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KMeansOptions(2, 1, 1, 0, 1, 0))
                .getMessage().startsWith("threads"));
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> KMeans.fit(
                new double[] {1, 2, 3}, 3, 1, new KMeansOptions(4, 1, 1, 0, 1, 1), ProgressListener.NONE,
                CancellationToken.NEVER));
        assertEquals("k must be between 1 and 3 (the number of points), got 4", tooMany.getMessage());
        IllegalArgumentException notFinite = assertThrows(IllegalArgumentException.class, () -> KMeans.fit(
                new double[] {1, 2, Double.NaN, 4}, 2, 2, new KMeansOptions(1, 1, 1, 0, 1, 1), ProgressListener.NONE,
                CancellationToken.NEVER));
        assertEquals("value at row 1, column 0 is not a finite number: NaN", notFinite.getMessage());
    }
}
