package org.genrescope.model.metrics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ExternalMetricsTest {

    private static final double TIGHT = 1e-12;

    @Test
    void handComputedSmallCase() {
        // Classes {0,1} x {2,3}; the clustering splits class 1 in two: every cluster is pure.
        ExternalScores s = ExternalMetrics.scores(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2});
        assertAll(
                // pairs (ordered): tp 2, fp 0, fn 2, tn 8 -> 2 (2*8 - 0) / (4*10 + 2*8) = 4/7
                () -> assertEquals(4.0 / 7.0, s.adjustedRand(), TIGHT),
                () -> assertEquals(1.0, s.homogeneity(), TIGHT),
                // MI = H(C) = ln 2, H(K) = 1.5 ln 2
                () -> assertEquals(2.0 / 3.0, s.completeness(), TIGHT),
                () -> assertEquals(0.8, s.vMeasure(), TIGHT),
                () -> assertEquals(0.8, s.normalizedMutualInfo(), TIGHT),
                // tk 2, pk 2, qk 4
                () -> assertEquals(Math.sqrt(0.5), s.fowlkesMallows(), TIGHT),
                () -> assertEquals(1.0, s.purity(), TIGHT),
                // scikit-learn 1.2.1: adjusted_mutual_info_score([0,0,1,1],[0,0,1,2])
                () -> assertEquals(0.5714285714285715, s.adjustedMutualInfo(), TIGHT));
    }

    @Test
    void anotherSmallCaseAgainstScikitLearn() {
        int[] truth = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2};
        int[] pred = {0, 0, 1, 1, 1, 2, 2, 2, 0, 0};
        ExternalScores s = ExternalMetrics.scores(truth, pred);
        assertAll(
                () -> assertEquals(1.0 / 11.0, s.adjustedRand(), TIGHT),
                () -> assertEquals(0.39464837163589433, s.normalizedMutualInfo(), TIGHT),
                () -> assertEquals(0.1715242354007287, s.adjustedMutualInfo(), TIGHT),
                // clusters 0: {0,0,2,2}, 1: {0,1,1}, 2: {1,2,2} -> maxima 2 + 2 + 2
                () -> assertEquals(0.6, s.purity(), TIGHT));
    }

    @Test
    void perfectAgreementUnderRelabelingScoresOne() {
        ExternalScores s = ExternalMetrics.scores(new int[] {0, 0, 1, 1, 2, 2, 2}, new int[] {3, 3, -1, -1, 8, 8, 8});
        assertEquals(new ExternalScores(1, 1, 1, 1, 1, 1, 1, 1), s);
    }

    @Test
    void bothLabelingsOneClusterIsAPerfectMatch() {
        ExternalScores s = ExternalMetrics.scores(new int[] {5, 5, 5, 5}, new int[] {2, 2, 2, 2});
        assertEquals(new ExternalScores(1, 1, 1, 1, 1, 1, 1, 1), s);
    }

    @Test
    void oneClassAgainstAllSingletonsFollowsScikitLearn() {
        ExternalScores s = ExternalMetrics.scores(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3});
        assertEquals(new ExternalScores(0, 0, 0, 1, 0, 0, 0, 1), s);
        ExternalScores swapped = ExternalMetrics.scores(new int[] {0, 1, 2, 3}, new int[] {0, 0, 0, 0});
        assertEquals(new ExternalScores(0, 0, 0, 0, 1, 0, 0, 0.25), swapped);
    }

    @Test
    void noPointsFollowsScikitLearn() {
        ExternalScores s = ExternalMetrics.scores(new int[0], new int[0]);
        assertEquals(new ExternalScores(1, 1, 1, 1, 1, 1, 0, 1), s);
    }

    @Test
    void relabelingTheValuesDoesNotChangeAnyScore() {
        Random random = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 50 + random.nextInt(400);
            int[] truth = new int[n];
            int[] pred = new int[n];
            for (int i = 0; i < n; i++) {
                truth[i] = random.nextInt(6);
                pred[i] = random.nextDouble() < 0.6 ? truth[i] : random.nextInt(5);
            }
            // A bijection that reverses the label order, so rows and columns change places.
            int[] relabeledTruth = new int[n];
            int[] relabeledPred = new int[n];
            for (int i = 0; i < n; i++) {
                relabeledTruth[i] = 1000 - 7 * truth[i];
                relabeledPred[i] = -3 * pred[i] - 1;
            }
            assertClose(ExternalMetrics.scores(truth, pred), ExternalMetrics.scores(relabeledTruth, relabeledPred));
        }
    }

    @Test
    void swappingTruthAndPredictionSwapsHomogeneityAndCompleteness() {
        Random random = new Random(11);
        int n = 300;
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextInt(4);
            b[i] = random.nextInt(7);
        }
        ExternalScores ab = ExternalMetrics.scores(a, b);
        ExternalScores ba = ExternalMetrics.scores(b, a);
        assertEquals(ab.adjustedRand(), ba.adjustedRand(), TIGHT);
        assertEquals(ab.normalizedMutualInfo(), ba.normalizedMutualInfo(), TIGHT);
        assertEquals(ab.adjustedMutualInfo(), ba.adjustedMutualInfo(), TIGHT);
        assertEquals(ab.fowlkesMallows(), ba.fowlkesMallows(), TIGHT);
        assertEquals(ab.vMeasure(), ba.vMeasure(), TIGHT);
        assertEquals(ab.homogeneity(), ba.completeness(), TIGHT);
        assertEquals(ab.completeness(), ba.homogeneity(), TIGHT);
    }

    @Test
    void adjustedRandDoesNotOverflowOnLargeInputs() {
        // 300,000 points: pair products reach about 10^21, beyond a long.
        int n = 300_000;
        int[] truth = new int[n];
        int[] pred = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = i % 2;
            pred[i] = (i / 2) % 3 == 0 ? truth[i] : i % 5;
        }
        ContingencyTable table = ContingencyTable.of(truth, pred);
        assertEquals(classicAdjustedRand(table), ExternalMetrics.adjustedRand(table), 1e-9);
    }

    @Test
    void expectedMutualInformationIsSmallForLargeIndependentLabelings() {
        // Random labelings of many points: AMI close to 0, NMI above it (NMI is not chance-corrected).
        Random random = new Random(5);
        int n = 12_584;
        int[] truth = new int[n];
        int[] pred = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = random.nextInt(7);
            pred[i] = random.nextInt(8);
        }
        ExternalScores s = ExternalMetrics.scores(truth, pred);
        assertEquals(0.0, s.adjustedMutualInfo(), 2e-3);
        double emi = ExpectedMutualInformation.of(ContingencyTable.of(truth, pred));
        // For independent labelings EMI is about (R - 1)(C - 1) / (2N) nats.
        assertEquals(6.0 * 7.0 / (2.0 * n), emi, 2e-4);
    }

    /** The textbook formula with binomial coefficients, in doubles: same value, different arithmetic. */
    private static double classicAdjustedRand(ContingencyTable table) {
        double index = 0;
        double classPairs = 0;
        double clusterPairs = 0;
        for (int i = 0; i < table.classCount(); i++) {
            classPairs += pairs(table.classSize(i));
            for (int j = 0; j < table.clusterCount(); j++) {
                index += pairs(table.count(i, j));
            }
        }
        for (int j = 0; j < table.clusterCount(); j++) {
            clusterPairs += pairs(table.clusterSize(j));
        }
        double expected = classPairs * clusterPairs / pairs(table.total());
        double max = (classPairs + clusterPairs) / 2;
        return (index - expected) / (max - expected);
    }

    private static double pairs(long m) {
        return m * (m - 1) / 2.0;
    }

    private static void assertClose(ExternalScores expected, ExternalScores actual) {
        assertAll(
                () -> assertEquals(expected.adjustedRand(), actual.adjustedRand(), TIGHT),
                () -> assertEquals(expected.normalizedMutualInfo(), actual.normalizedMutualInfo(), TIGHT),
                () -> assertEquals(expected.adjustedMutualInfo(), actual.adjustedMutualInfo(), TIGHT),
                () -> assertEquals(expected.homogeneity(), actual.homogeneity(), TIGHT),
                () -> assertEquals(expected.completeness(), actual.completeness(), TIGHT),
                () -> assertEquals(expected.vMeasure(), actual.vMeasure(), TIGHT),
                () -> assertEquals(expected.fowlkesMallows(), actual.fowlkesMallows(), TIGHT),
                () -> assertEquals(expected.purity(), actual.purity(), TIGHT));
    }
}
