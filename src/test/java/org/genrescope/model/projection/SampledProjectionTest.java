package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.genrescope.model.clustering.TestData;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

class SampledProjectionTest {

    @Test
    void placesEachOtherPointAtTheInverseDistanceWeightedMeanOfItsNeighbours() {
        // Rows 0 and 1 are sampled (laid out at (10, 10) and (20, 40)); row 2 lies 1 from row 0 and 2 from row 1;
        // row 3 is an exact copy of row 0; row 4 lies 4 from row 0 and sqrt(9 + 16) = 5 from row 1.
        double[] x = {0, 0, 3, 0, 1, 0, 0, 0, 0, 4};
        Projection2D sampled = new Projection2D(new double[] {10, 10, 20, 40}, null, "tsne", 0.5, 7);
        Projection2D all = SampledProjection.place(x, 5, 2, new int[] {0, 1}, sampled, 2, 1, CancellationToken.NEVER);
        // Row 2: weights 1/1 and 1/2: ((10 + 20 / 2) / 1.5, (10 + 40 / 2) / 1.5).
        // Row 3: at distance 0 from row 0 only, so on it. Row 4: weights 1/4 and 1/5.
        double w0 = 1.0 / 4;
        double w1 = 1.0 / 5;
        double[] expected = {10, 10, 20, 40, 20 / 1.5, 30 / 1.5, 10, 10,
            (10 * w0 + 20 * w1) / (w0 + w1), (10 * w0 + 40 * w1) / (w0 + w1)};
        assertArrayEquals(expected, all.xy(), 1e-12);
        assertArrayEquals(new boolean[] {false, false, true, true, true}, all.approximated());
        assertEquals("tsne", all.method());
        assertEquals(0.5, all.klDivergence());
        assertEquals(7, all.iterations());
    }

    @Test
    void usesOnlyTheKNearestSampledPoints() {
        // Sampled rows 0 (x = 0), 1 (x = 1) and 2 (x = 100); row 3 at x = 0.25 with k = 2 ignores row 2.
        double[] x = {0, 1, 100, 0.25};
        Projection2D sampled = new Projection2D(new double[] {0, 0, 4, 0, 1000, 0}, null, "umap", Double.NaN, 1);
        Projection2D all = SampledProjection.place(x, 4, 1, new int[] {0, 1, 2}, sampled, 2, 1,
                CancellationToken.NEVER);
        double w0 = 1 / 0.25;
        double w1 = 1 / 0.75;
        assertEquals((0 * w0 + 4 * w1) / (w0 + w1), all.x(3), 1e-12);
        assertEquals(0, all.y(3));
    }

    @Test
    void keepsTheFlagsOfPointsTheMethodItselfApproximated() {
        double[] x = {0, 1, 2};
        Projection2D sampled = new Projection2D(new double[] {0, 0, 1, 0}, new boolean[] {false, true}, "umap",
                Double.NaN, 1);
        Projection2D all = SampledProjection.place(x, 3, 1, new int[] {0, 2}, sampled, 2, 1, CancellationToken.NEVER);
        assertArrayEquals(new boolean[] {false, true, true}, all.approximated());
    }

    @Test
    void theSampleIsSortedDistinctAndFixedBySeed() {
        int[] a = SampledProjection.seededSample(1000, 100, 3);
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, a);
        assertEquals(100, Arrays.stream(a).distinct().count());
        assertTrue(a[0] >= 0 && a[99] < 1000);
        assertArrayEquals(a, SampledProjection.seededSample(1000, 100, 3));
        assertFalse(Arrays.equals(a, SampledProjection.seededSample(1000, 100, 4)));
        int[] all = SampledProjection.seededSample(5, 5, 9);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, all);
    }

    @Test
    void embedsTheSampleWithTheMethodAndIsTheSameForASeedWhateverTheThreads() {
        TestData.Points blobs = TestData.blobs(5, 3, 200, 4, 6, 1);
        List<Integer> embeddedSizes = new ArrayList<>();
        SampledProjection.Embedder pca = (rows, m) -> {
            embeddedSizes.add(m);
            return Projections.pca(rows, m, 4);
        };
        Projection2D one = SampledProjection.fit(blobs.x(), blobs.n(), blobs.d(), 150, 11, 1, pca,
                ProgressListener.NONE, CancellationToken.NEVER);
        Projection2D two = SampledProjection.fit(blobs.x(), blobs.n(), blobs.d(), 150, 11, 2, pca,
                ProgressListener.NONE, CancellationToken.NEVER);
        Projection2D otherSeed = SampledProjection.fit(blobs.x(), blobs.n(), blobs.d(), 150, 12, 2, pca,
                ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(List.of(150, 150, 150), embeddedSizes);
        assertEquals(one, two);
        assertNotEquals(one, otherSeed);
        assertEquals(600 - 150, one.approximatedCount());
        int[] sample = SampledProjection.seededSample(600, 150, 11);
        for (int i : sample) {
            assertFalse(one.isApproximated(i));
        }
        // The sample sits where PCA of the sample put it.
        double[] rows = new double[150 * 4];
        for (int s = 0; s < 150; s++) {
            System.arraycopy(blobs.x(), sample[s] * 4, rows, s * 4, 4);
        }
        Projection2D sampleLayout = Projections.pca(rows, 150, 4);
        for (int s = 0; s < 150; s++) {
            assertEquals(sampleLayout.x(s), one.x(sample[s]));
            assertEquals(sampleLayout.y(s), one.y(sample[s]));
        }
        // A placed point lands among its own blob: the nearest sampled point in the layout is of its blob.
        int agree = 0;
        for (int i = 0; i < 600; i++) {
            if (!one.isApproximated(i)) {
                continue;
            }
            int nearest = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int j : sample) {
                double dx = one.x(i) - one.x(j);
                double dy = one.y(i) - one.y(j);
                if (dx * dx + dy * dy < best) {
                    best = dx * dx + dy * dy;
                    nearest = j;
                }
            }
            agree += blobs.truth()[nearest] == blobs.truth()[i] ? 1 : 0;
        }
        assertEquals(450, agree);
    }

    @Test
    void cancelDuringThePlacementStopsIt() {
        TestData.Points blobs = TestData.blobs(5, 3, 400, 4, 6, 1);
        boolean[] embedded = {false};
        assertThrows(CancelledException.class, () -> SampledProjection.fit(blobs.x(), blobs.n(), blobs.d(), 100, 1,
                2, (rows, m) -> {
                    embedded[0] = true;
                    return Projections.pca(rows, m, 4);
                }, ProgressListener.NONE, () -> embedded[0]));
    }

    @Test
    void theNoteNamesTheSampleAndThePlacedPoints() {
        String note = SampledProjection.note("t-SNE", 100_000, 50_000);
        assertEquals("t-SNE of a seeded sample of 100,000 points; the other 50,000 points placed by their 10 nearest "
                + "neighbours", note);
        assertTrue(SampledProjection.isNote(note));
        assertFalse(SampledProjection.isNote("umap left 3 points outside its largest connected component"));
    }

    @Test
    void rejectsASampleOutsideTwoToN() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SampledProjection.fit(new double[10], 5, 2, 6, 1, 1, (rows, m) -> null, ProgressListener.NONE,
                        CancellationToken.NEVER));
        assertEquals("the sample must hold 2 to 5 points, got 6", error.getMessage());
    }

    @Test
    void theTreeFindsTheNearestPointsOfAPointOutsideItAsABruteForceSearch() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(8);
        int m = 300;
        int d = 3;
        double[] tree = new double[m * d];
        for (int c = 0; c < tree.length; c++) {
            tree[c] = random.nextDouble();
        }
        org.genrescope.model.spatial.KdTree.Nearest search = new org.genrescope.model.spatial.KdTree(tree, m, d)
                .nearest(5);
        for (int q = 0; q < 50; q++) {
            double[] query = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            int[] found = new int[5];
            double[] squared = new double[5];
            search.findNear(query, 0, found, squared, 0);
            Integer[] order = new Integer[m];
            double[] all = new double[m];
            for (int j = 0; j < m; j++) {
                order[j] = j;
                double sum = 0;
                for (int f = 0; f < d; f++) {
                    double diff = tree[j * d + f] - query[f];
                    sum += diff * diff;
                }
                all[j] = sum;
            }
            Arrays.sort(order, (a, b) -> Double.compare(all[a], all[b]));
            for (int r = 0; r < 5; r++) {
                assertEquals(order[r], found[r]);
                assertEquals(all[order[r]], squared[r]);
            }
        }
    }
}
