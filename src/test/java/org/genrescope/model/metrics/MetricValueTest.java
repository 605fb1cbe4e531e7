package org.genrescope.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.Cases;
import org.junit.jupiter.api.Test;

/** Metrics that the data leaves undefined or degenerate say so instead of printing NaN or a meaningless number. */
class MetricValueTest {

    @Test
    void anUndefinedValueFormatsAsItsReasonAndNeverAsNaN() {
        MetricValue undefined = MetricValue.undefined("only one cluster");
        assertFalse(undefined.isDefined());
        assertTrue(undefined.valueIfDefined().isEmpty());
        assertEquals("undefined (only one cluster)", undefined.format("%.4f"));
        assertEquals("0.5000", MetricValue.of(0.5).format("%.4f"));
        assertEquals("2.00 (warning: rounding)", MetricValue.degenerate(2, "rounding").format("%.2f"));
        assertThrows(IllegalArgumentException.class, () -> MetricValue.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> MetricValue.of(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> MetricValue.undefined(" "));
    }

    @Test
    void internalMetricsNeedTwoToNMinusOneClusters() {
        double[] x = {0, 1, 2, 3};
        assertEquals("only one cluster", InternalMetrics.labelCountProblem(4, new int[] {0, 0, 0, 0}));
        assertEquals("every point is its own cluster (4 clusters of 4 points)",
                InternalMetrics.labelCountProblem(4, new int[] {0, 1, 2, 3}));
        assertNull(InternalMetrics.labelCountProblem(4, new int[] {0, 0, 1, 1}));
        assertFalse(InternalMetrics.calinskiHarabaszValue(x, 4, 1, new int[] {0, 0, 0, 0}).isDefined());
        assertEquals("only one cluster",
                InternalMetrics.daviesBouldinValue(x, 4, 1, new int[] {7, 7, 7, 7}).undefinedReason());
    }

    @Test
    void calinskiHarabaszWithoutWithinClusterSpreadIsUndefinedWhereScikitLearnSaysOne() {
        double[] x = {0, 0, 5, 5, 5};
        int[] labels = {0, 0, 1, 1, 1};
        assertEquals(1.0, InternalMetrics.calinskiHarabasz(x, 5, 1, labels), "scikit-learn's convention");
        MetricValue value = InternalMetrics.calinskiHarabaszValue(x, 5, 1, labels);
        assertFalse(value.isDefined());
        assertTrue(value.undefinedReason().contains("no spread within clusters"), value.undefinedReason());
        // Davies-Bouldin is 0 there, its best value, and well defined (scikit-learn: 0.0).
        assertEquals(MetricValue.of(0.0), InternalMetrics.daviesBouldinValue(x, 5, 1, labels));
    }

    @Test
    void calinskiHarabaszOverRoundingNoiseCarriesAWarning() throws IOException {
        // The k-above-distinct-points case: 40 rows that are 3 distinct points. Means of repeated values that are
        // not exact in binary differ from them in the last bit, so the within-cluster spread is rounding noise.
        double[] x = Cases.features("k-above-distinct-points");
        int n = x.length / 8;
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] / 3.0 + 0.1; // scaled as a scaler would, so the copies' means are inexact
        }
        int[] labels = new int[n];
        java.util.Map<Double, Integer> byFirst = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            labels[i] = byFirst.computeIfAbsent(x[i * 8] + 31 * x[i * 8 + 1], key -> byFirst.size());
        }
        assertEquals(3, byFirst.size());
        MetricValue value = InternalMetrics.calinskiHarabaszValue(x, n, 8, labels);
        double plain = InternalMetrics.calinskiHarabasz(x, n, 8, labels);
        assertTrue(value.isDefined(), value.toString());
        assertEquals(plain, value.value(), "the value itself stays scikit-learn's");
        assertTrue(value.warningIfAny().orElse("").contains("rounding noise"), value.toString());
        assertTrue(plain > 1e20, "a number that only measures rounding: " + plain);
    }

    @Test
    void anOrdinaryClusteringIsDefinedWithoutWarningAndEqualsThePlainMetric() {
        Random random = new Random(4);
        int n = 60;
        double[] x = new double[n * 3];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int j = 0; j < 3; j++) {
                x[i * 3 + j] = 4 * labels[i] + random.nextGaussian();
            }
        }
        MetricValue ch = InternalMetrics.calinskiHarabaszValue(x, n, 3, labels);
        assertEquals(MetricValue.of(InternalMetrics.calinskiHarabasz(x, n, 3, labels)), ch);
        assertEquals(MetricValue.of(InternalMetrics.daviesBouldin(x, n, 3, labels)),
                InternalMetrics.daviesBouldinValue(x, n, 3, labels));
    }

    @Test
    void aSilhouetteSampleThatMissesEveryClusterButOneIsUndefinedNotAnError() {
        int n = 30;
        double[] x = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        labels[n - 1] = 1; // one point of cluster 1 among 29 of cluster 0
        long seed = 0;
        while (java.util.Arrays.binarySearch(InternalMetrics.samplePointIndices(n, 10, seed), n - 1) >= 0) {
            seed++;
        }
        Silhouette s = InternalMetrics.sampledSilhouette(x, n, 1, labels, 1, 10, seed, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertTrue(Double.isNaN(s.value()));
        assertTrue(s.sampled());
    }
}
