package org.genrescope.model.spatial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KdTreeTest {

    /** A coarse grid: many duplicate points and many distances exactly at a radius or tied between neighbours. */
    private static double[] coarseGrid(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int j = 0; j < x.length; j++) {
            x[j] = Math.floor(random.nextDouble() * 6) / 2;
        }
        return x;
    }

    /** Gaussian points: no ties, so a wrong pruning shows up as a wrong neighbour rather than a wrong tie. */
    private static double[] gaussian(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int j = 0; j < x.length; j++) {
            double u = random.nextDouble();
            double v = random.nextDouble();
            x[j] = Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
        }
        return x;
    }

    /** The brute-force loop the tree must match bit for bit. */
    private static double squaredDistance(double[] x, int d, int i, int j) {
        double sum = 0;
        for (int f = 0; f < d; f++) {
            double diff = x[j * d + f] - x[i * d + f];
            sum += diff * diff;
        }
        return sum;
    }

    private static List<Integer> bruteForceWithin(double[] x, int n, int d, int i, double radius) {
        List<Integer> within = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (squaredDistance(x, d, i, j) <= radius * radius) {
                within.add(j);
            }
        }
        return within;
    }

    /** Point i's k nearest others by a full sort on (distance, index). */
    private static int[] bruteForceNearest(double[] x, int n, int d, int i, int k) {
        return IntStream.range(0, n).filter(j -> j != i).boxed()
                .sorted(Comparator.<Integer>comparingDouble(j -> squaredDistance(x, d, i, j))
                        .thenComparingInt(j -> j))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void fixedRadiusQueriesMatchBruteForce() {
        int n = 700;
        int d = 4;
        double[] x = coarseGrid(n, d, 4);
        KdTree tree = new KdTree(x, n, d);
        for (double radius : new double[] {0.5, 1.0, 1.5}) {
            for (int i = 0; i < n; i += 7) {
                List<Integer> expected = bruteForceWithin(x, n, d, i, radius);
                List<Integer> found = new ArrayList<>();
                tree.forEachWithin(i, radius, found::add);
                found.sort(null);
                assertEquals(expected, found, "neighbours of " + i + " within " + radius);
                assertEquals(expected.size(), tree.countWithin(i, radius, Integer.MAX_VALUE));
                assertEquals(Math.min(5, expected.size()), Math.min(5, tree.countWithin(i, radius, 5)));
            }
        }
    }

    @Test
    void nearestMatchesBruteForceIncludingTiesAndDistanceBits() {
        for (double[] x : new double[][] {coarseGrid(600, 3, 7), gaussian(600, 3, 8)}) {
            int n = 600;
            int d = 3;
            int k = 25;
            KdTree tree = new KdTree(x, n, d);
            KdTree.Nearest search = tree.nearest(k);
            int[] indices = new int[k + 2];
            double[] distances = new double[k + 2];
            for (int i = 0; i < n; i += 3) {
                search.find(i, indices, distances, 1);
                int[] expected = bruteForceNearest(x, n, d, i, k);
                assertArrayEquals(expected, Arrays.copyOfRange(indices, 1, k + 1), "neighbours of " + i);
                for (int r = 0; r < k; r++) {
                    assertEquals(squaredDistance(x, d, i, expected[r]), distances[1 + r], 0.0, "distance bits");
                }
                assertEquals(0, indices[0], "nothing written before the offset");
                assertEquals(0, indices[k + 1], "nothing written after the k slots");
            }
        }
    }

    @Test
    void answersDoNotDependOnTheTreeShape() {
        int n = 500;
        int d = 5;
        double[] x = coarseGrid(n, d, 11);
        int k = 12;
        int[] reference = null;
        int[] referenceCounts = null;
        for (int leafSize : new int[] {1, 2, 7, KdTree.DEFAULT_LEAF_SIZE, 64, n}) {
            KdTree tree = new KdTree(x, n, d, leafSize);
            int[] all = new int[n * k];
            double[] distances = new double[n * k];
            KdTree.Nearest search = tree.nearest(k);
            int[] counts = new int[n];
            for (int position = 0; position < n; position++) {
                int i = tree.pointAt(position);
                search.find(i, all, distances, i * k);
                counts[i] = tree.countWithin(i, 1.0, Integer.MAX_VALUE);
            }
            if (reference == null) {
                reference = all;
                referenceCounts = counts;
            } else {
                assertArrayEquals(reference, all, "leaf size " + leafSize);
                assertArrayEquals(referenceCounts, counts, "leaf size " + leafSize);
            }
        }
    }

    @Test
    void identicalPointsAreAllNeighboursAndTiesGoToTheLowerIndex() {
        int n = 40;
        int d = 2;
        double[] x = new double[n * d];
        Arrays.fill(x, 0.25);
        KdTree tree = new KdTree(x, n, d, 4);
        assertEquals(n, tree.countWithin(17, 1e-9, Integer.MAX_VALUE));
        int[] indices = new int[3];
        tree.nearest(3).find(1, indices, new double[3], 0);
        assertArrayEquals(new int[] {0, 2, 3}, indices);
    }

    @Test
    void storageOrderIsAPermutationOfThePoints() {
        int n = 333;
        KdTree tree = new KdTree(gaussian(n, 2, 3), n, 2);
        assertEquals(n, tree.size());
        assertEquals(2, tree.dimensions());
        int[] order = IntStream.range(0, n).map(tree::pointAt).sorted().toArray();
        assertArrayEquals(IntStream.range(0, n).toArray(), order);
    }

    @Test
    void rejectsBadShapesAndBadK() {
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> new KdTree(new double[5], 3, 2));
        assertTrue(shape.getMessage().contains("expected 3 x 2"), shape.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new KdTree(new double[0], 0, 0));
        assertThrows(NullPointerException.class, () -> new KdTree(null, 1, 1));
        KdTree tree = new KdTree(new double[] {0, 1, 2}, 3, 1);
        IllegalArgumentException k = assertThrows(IllegalArgumentException.class, () -> tree.nearest(3));
        assertEquals("k must be between 1 and n - 1 = 2, got 3", k.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tree.nearest(0));
        assertThrows(IndexOutOfBoundsException.class, () -> tree.nearest(2).find(0, new int[3], new double[3], 2));
        assertEquals(0, new KdTree(new double[0], 0, 3).size());
    }
}
