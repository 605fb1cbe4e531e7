package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.genrescope.model.clustering.TestData;
import org.genrescope.testing.Cases;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/** UMAP over exact duplicates embeds the distinct points and puts each copy on its twin (umap-learn's unique=True). */
class UmapDuplicatesTest {

    /** Each column to zero mean and unit spread, as the plain recipe's scaling does before UMAP. */
    private static double[] standardised(double[] x, int n, int d) {
        double[] out = x.clone();
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * d + j] / n;
            }
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += (x[i * d + j] - mean) * (x[i * d + j] - mean);
            }
            double sd = Math.sqrt(ss / n);
            for (int i = 0; i < n; i++) {
                out[i * d + j] = sd == 0 ? 0 : (x[i * d + j] - mean) / sd;
            }
        }
        return out;
    }

    @Test
    void duplicateRowsFindTheDistinctRowsInOrderOfFirstAppearance() {
        double[] x = {1, 2, 3, 4, 1, 2, 5, 6, 3, 4, -0.0, 0, 0, 0};
        DuplicateRows rows = DuplicateRows.of(x, 7, 2);
        assertEquals(5, rows.count());
        assertArrayEquals(new int[] {0, 1, 3, 5, 6}, rows.firstRow());
        assertArrayEquals(new int[] {0, 1, 0, 2, 1, 3, 4}, rows.twinOf(), "-0.0 and 0.0 differ bit for bit");
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, -0.0, 0, 0, 0}, rows.unique());
        assertTrue(rows.any());
        assertFalse(DuplicateRows.of(new double[] {1, 2, 3}, 3, 1).any());
    }

    @Test
    void theCaseOfFourPointsTwentyTimesStaysFourSeparatedGroups() throws IOException {
        double[] raw = Cases.features("umap-duplicate-points");
        int n = raw.length / 8;
        double[] x = standardised(raw, n, 8);
        DuplicateRows distinct = DuplicateRows.of(x, n, 8);
        assertEquals(4, distinct.count(), "the case is four points");
        Projection2D layout = UmapEmbedding.fit(x, n, 8, UmapOptions.defaults(1986), 2, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(n, layout.size());
        assertEquals(0, layout.approximatedCount());
        double[][] groupXy = new double[4][];
        for (int i = 0; i < n; i++) {
            int g = distinct.twinOf()[i];
            double[] xy = {layout.x(i), layout.y(i)};
            if (groupXy[g] == null) {
                groupXy[g] = xy;
            }
            assertArrayEquals(groupXy[g], xy, "copy " + i + " sits on its twin");
        }
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                double dist = Math.hypot(groupXy[a][0] - groupXy[b][0], groupXy[a][1] - groupXy[b][1]);
                smallest = Math.min(smallest, dist);
                largest = Math.max(largest, dist);
            }
        }
        // Before: three of the four groups on one spot (smallest distance 0 against the fourth far away).
        assertTrue(smallest > 0.1 * largest, "groups apart: smallest " + smallest + ", largest " + largest);
    }

    @Test
    void blobsRepeatedThreeTimesStaySeparatedAndCopiesSitOnTheirTwins() {
        // UmapEmbeddingTest's connected blobs (one connected neighbour graph); three copies of each point would otherwise fill
        // every point's 15 neighbours with its own copies and split the graph into islands of three.
        TestData.Points blobs = TestData.blobs(21, 4, 150, 10, 4.0, 1.0);
        int copies = 3;
        int n = blobs.n() * copies;
        int d = blobs.d();
        double[] x = new double[n * d];
        for (int c = 0; c < copies; c++) {
            System.arraycopy(blobs.x(), 0, x, c * blobs.n() * d, blobs.n() * d);
        }
        assertEquals(blobs.n(), UmapEmbedding.distinctPoints(x, n, d));
        Projection2D layout = UmapEmbedding.fit(x, n, d, UmapOptions.defaults(3), 2, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertEquals(n, layout.size());
        for (int i = blobs.n(); i < n; i++) {
            int twin = i % blobs.n();
            assertEquals(layout.x(twin), layout.x(i));
            assertEquals(layout.y(twin), layout.y(i));
        }
        assertEquals(0, layout.approximatedCount(), "every distinct point is embedded");
        double[] distinctXy = Arrays.copyOf(layout.xy(), 2 * blobs.n());
        double agreement = TsneTest.labelAgreement(distinctXy, blobs.truth(), 10);
        assertTrue(agreement > 0.9, "kNN label agreement " + agreement);
        assertTrue(Arrays.stream(layout.xy()).allMatch(Double::isFinite));
    }

    @Test
    void oneTwoOrThreeDistinctPointsAreLaidOutWithoutANeighbourGraphAndKeptApart() {
        for (int u = 1; u <= 3; u++) {
            int n = 20 * u;
            double[] x = new double[n * 2];
            for (int i = 0; i < n; i++) {
                x[2 * i] = 10.0 * (i % u);
                x[2 * i + 1] = -3.0 * (i % u);
            }
            Projection2D layout = UmapEmbedding.fit(x, n, 2, UmapOptions.defaults(5), 1, ProgressListener.NONE,
                    CancellationToken.NEVER);
            assertEquals(n, layout.size());
            assertEquals(0, layout.approximatedCount());
            for (int i = u; i < n; i++) {
                assertEquals(layout.x(i % u), layout.x(i), "u = " + u + ", copy " + i);
                assertEquals(layout.y(i % u), layout.y(i), "u = " + u + ", copy " + i);
            }
            for (int a = 0; a < u; a++) {
                for (int b = a + 1; b < u; b++) {
                    double dist = Math.hypot(layout.x(a) - layout.x(b), layout.y(a) - layout.y(b));
                    assertTrue(dist > 1, "u = " + u + ": points " + a + " and " + b + " apart, " + dist);
                }
            }
            assertTrue(Arrays.stream(layout.xy()).allMatch(Double::isFinite), "u = " + u);
        }
    }
}
