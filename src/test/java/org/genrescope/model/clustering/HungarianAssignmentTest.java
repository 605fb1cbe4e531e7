package org.genrescope.model.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The assignment is optimal: its total equals scipy.optimize.linear_sum_assignment's optimum on random square and
 * rectangular matrices (real and small-integer entries, so with many ties), equals a brute force over every
 * assignment on small ones, and matches hand-solved cases.
 */
class HungarianAssignmentTest {

    @Test
    void aHandSolvedSquareCase() {
        // scipy's documented example: rows 0,1,2 take columns 1,0,2 for a cost of 5
        double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
        assertArrayEquals(new int[] {1, 0, 2}, HungarianAssignment.minimumCost(cost));
        // the greatest weight: 4 + 5 + 2 = 11 (rows 0,1,2 take columns 0,2,1: 4 + 5 + 2)
        int[] best = HungarianAssignment.maximumWeight(cost);
        assertEquals(11.0, total(cost, best));
        assertArrayEquals(new int[] {0, 2, 1}, best);
    }

    @Test
    void rectangularMatricesAssignTheSmallerSideFully() {
        double[][] wide = {{1, 9, 2, 8}, {7, 3, 9, 1}};
        assertArrayEquals(new int[] {0, 3}, HungarianAssignment.minimumCost(wide));
        double[][] tall = {{1, 7}, {9, 3}, {2, 9}, {8, 1}};
        // two of the four rows are assigned: row 0 (cost 1) to column 0 and row 3 (cost 1) to column 1
        assertArrayEquals(new int[] {0, -1, -1, 1}, HungarianAssignment.minimumCost(tall));
        assertArrayEquals(new int[0], HungarianAssignment.minimumCost(new double[0][]));
        assertArrayEquals(new int[] {-1, -1}, HungarianAssignment.minimumCost(new double[2][0]));
    }

    @Test
    void badMatricesAreRefusedWithTheEntry() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> HungarianAssignment.minimumCost(new double[][] {{1, 2}, {Double.NaN, 0}}));
        assertTrue(nan.getMessage().contains("cost[1][0]"), nan.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> HungarianAssignment.minimumCost(new double[][] {{1, 2}, {3}}));
    }

    @Test
    void agreesWithABruteForceOnSmallMatrices() {
        Random random = new Random(12);
        for (int trial = 0; trial < 400; trial++) {
            int r = 1 + random.nextInt(6);
            int c = 1 + random.nextInt(6);
            double[][] m = randomMatrix(random, r, c, trial % 2 == 0);
            int[] got = HungarianAssignment.minimumCost(m);
            assertValidAssignment(got, r, c);
            assertEquals(bruteForceMinimum(m), total(m, got), 1e-9, "trial " + trial);
        }
    }

    @Test
    void totalsEqualScipysOptimum() throws Exception {
        assumeTrue(scipyAvailable(), "skipped: python3 with scipy is not installed (needed as the independent reference)");
        Random random = new Random(1986);
        List<double[][]> matrices = new ArrayList<>();
        for (int trial = 0; trial < 300; trial++) {
            int r = 1 + random.nextInt(trial < 200 ? 12 : 60);
            int c = 1 + random.nextInt(trial < 200 ? 12 : 60);
            matrices.add(randomMatrix(random, r, c, trial % 3 != 0));
        }
        JsonNode optima = scipyOptima(matrices);
        for (int t = 0; t < matrices.size(); t++) {
            double[][] m = matrices.get(t);
            int[] min = HungarianAssignment.minimumCost(m);
            int[] max = HungarianAssignment.maximumWeight(m);
            assertValidAssignment(min, m.length, m[0].length);
            assertValidAssignment(max, m.length, m[0].length);
            double wantMin = optima.get(t).get(0).asDouble();
            double wantMax = optima.get(t).get(1).asDouble();
            assertEquals(wantMin, total(m, min), 1e-9 * Math.max(1, Math.abs(wantMin)), "matrix " + t + " minimum");
            assertEquals(wantMax, total(m, max), 1e-9 * Math.max(1, Math.abs(wantMax)), "matrix " + t + " maximum");
        }
    }

    /** Entries uniform in [-50, 50), or small integers 0..4 (many ties, as overlap tables of few points have). */
    private static double[][] randomMatrix(Random random, int r, int c, boolean integers) {
        double[][] m = new double[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                m[i][j] = integers ? random.nextInt(5) : random.nextDouble() * 100 - 50;
            }
        }
        return m;
    }

    private static void assertValidAssignment(int[] rowToColumn, int rows, int columns) {
        assertEquals(rows, rowToColumn.length);
        boolean[] used = new boolean[columns];
        int assigned = 0;
        for (int j : rowToColumn) {
            if (j >= 0) {
                assertTrue(j < columns && !used[j], "column " + j + " assigned twice or out of range");
                used[j] = true;
                assigned++;
            }
        }
        assertEquals(Math.min(rows, columns), assigned, "pairs assigned");
    }

    private static double total(double[][] m, int[] rowToColumn) {
        double sum = 0;
        for (int i = 0; i < rowToColumn.length; i++) {
            if (rowToColumn[i] >= 0) {
                sum += m[i][rowToColumn[i]];
            }
        }
        return sum;
    }

    /** The least total over every one-to-one choice of min(r, c) pairs. */
    private static double bruteForceMinimum(double[][] m) {
        return best(m, 0, new boolean[m[0].length], Math.min(m.length, m[0].length));
    }

    private static double best(double[][] m, int row, boolean[] used, int pairsLeft) {
        if (pairsLeft == 0) {
            return 0;
        }
        if (row == m.length) {
            return Double.POSITIVE_INFINITY;
        }
        double result = Double.POSITIVE_INFINITY;
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                result = Math.min(result, m[row][j] + best(m, row + 1, used, pairsLeft - 1));
                used[j] = false;
            }
        }
        if (m.length - row > pairsLeft) { // this row may be left out when rows outnumber columns
            result = Math.min(result, best(m, row + 1, used, pairsLeft));
        }
        return result;
    }

    static boolean scipyAvailable() {
        try {
            Process p = new ProcessBuilder(org.genrescope.testing.PythonReference.interpreterWith("scipy"), "-c",
                    "import scipy.optimize").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    /** [minimum total, maximum total] per matrix, by scipy. */
    private static JsonNode scipyOptima(List<double[][]> matrices) throws Exception {
        String script = String.join("\n",
                "import json, sys",
                "import numpy as np",
                "from scipy.optimize import linear_sum_assignment",
                "out = []",
                "for m in json.load(sys.stdin):",
                "    a = np.array(m, dtype=float)",
                "    r, c = linear_sum_assignment(a)",
                "    r2, c2 = linear_sum_assignment(a, maximize=True)",
                "    out.append([float(a[r, c].sum()), float(a[r2, c2].sum())])",
                "print(json.dumps(out))");
        Process p = new ProcessBuilder(org.genrescope.testing.PythonReference.interpreterWith("scipy"), "-c", script)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(new ObjectMapper().writeValueAsBytes(matrices));
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "the scipy reference failed");
        return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
    }
}
