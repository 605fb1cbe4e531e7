package org.genrescope.model.metrics;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Agreement between a clustering and reference classes, each metric defined exactly as in
 * scikit-learn 1.2.1 ({@code sklearn.metrics}), including its special cases, plus purity.
 * All methods take a {@link ContingencyTable} (truth classes as rows, clusters as columns).
 */
public final class ExternalMetrics {

    private static final double EPS = Math.ulp(1.0);

    private ExternalMetrics() {
    }

    /** All scores at once. */
    public static ExternalScores scores(ContingencyTable table) {
        Objects.requireNonNull(table, "table");
        double[] hcv = homogeneityCompletenessVMeasure(table);
        return new ExternalScores(adjustedRand(table), normalizedMutualInfo(table), adjustedMutualInfo(table),
                hcv[0], hcv[1], hcv[2], fowlkesMallows(table), purity(table));
    }

    /** All scores of {@code pred} against {@code truth}. */
    public static ExternalScores scores(int[] truth, int[] pred) {
        return scores(ContingencyTable.of(truth, pred));
    }

    /**
     * Adjusted Rand index from the pair confusion matrix (sklearn 1.2's formula, in exact integer
     * arithmetic); 1.0 when no pair is split differently (including no points).
     */
    public static double adjustedRand(ContingencyTable table) {
        long n = table.total();
        long sumSquares = sumOfSquares(table.countsView());
        long sumClusterSquares = sumOfSquares(table.clusterSizesView());
        long sumClassSquares = sumOfSquares(table.classSizesView());
        // Ordered pairs, as sklearn's pair_confusion_matrix counts them.
        long tp = sumSquares - n;
        long fp = sumClusterSquares - sumSquares;
        long fn = sumClassSquares - sumSquares;
        long tn = n * n - fp - fn - sumSquares;
        if (fn == 0 && fp == 0) {
            return 1.0;
        }
        BigInteger bTp = BigInteger.valueOf(tp);
        BigInteger bFp = BigInteger.valueOf(fp);
        BigInteger bFn = BigInteger.valueOf(fn);
        BigInteger bTn = BigInteger.valueOf(tn);
        BigInteger numerator = bTp.multiply(bTn).subtract(bFn.multiply(bFp));
        BigInteger denominator = bTp.add(bFn).multiply(bFn.add(bTn)).add(bTp.add(bFp).multiply(bFp.add(bTn)));
        // Python evaluates 2.0 * int / int by rounding each integer to a double first.
        return 2.0 * numerator.doubleValue() / denominator.doubleValue();
    }

    /** Mutual information in nats (sklearn's {@code mutual_info_score}); 0 when either side has one label. */
    public static double mutualInfo(ContingencyTable table) {
        int rows = table.classCount();
        int columns = table.clusterCount();
        if (rows == 1 || columns == 1) {
            return 0.0;
        }
        int[] counts = table.countsView();
        int[] classSizes = table.classSizesView();
        int[] clusterSizes = table.clusterSizesView();
        double total = table.total();
        double logTotal = Math.log(total);
        double[] terms = new double[counts.length];
        int nonZero = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                int count = counts[i * columns + j];
                if (count == 0) {
                    continue;
                }
                double share = count / total;
                long outer = (long) classSizes[i] * clusterSizes[j];
                double logOuter = -Math.log((double) outer) + logTotal + logTotal;
                double term = share * (Math.log(count) - logTotal) + share * logOuter;
                terms[nonZero++] = Math.abs(term) < EPS ? 0.0 : term;
            }
        }
        return Math.max(NumpySum.sum(terms, 0, nonZero), 0.0);
    }

    /** Entropy in nats of the truth classes (sklearn's {@code entropy(labels_true)}). */
    public static double classEntropy(ContingencyTable table) {
        return entropy(table.classSizesView(), table.total());
    }

    /** Entropy in nats of the clusters (sklearn's {@code entropy(labels_pred)}). */
    public static double clusterEntropy(ContingencyTable table) {
        return entropy(table.clusterSizesView(), table.total());
    }

    /** NMI with arithmetic-mean normalisation (sklearn's default). */
    public static double normalizedMutualInfo(ContingencyTable table) {
        if (bothSingleOrEmpty(table)) {
            return 1.0;
        }
        double mi = mutualInfo(table);
        if (mi == 0) {
            return 0.0;
        }
        double normalizer = (classEntropy(table) + clusterEntropy(table)) / 2.0;
        return mi / normalizer;
    }

    /** AMI with arithmetic-mean normalisation (sklearn's default). */
    public static double adjustedMutualInfo(ContingencyTable table) {
        if (bothSingleOrEmpty(table)) {
            return 1.0;
        }
        double mi = mutualInfo(table);
        double emi = ExpectedMutualInformation.of(table);
        double normalizer = (classEntropy(table) + clusterEntropy(table)) / 2.0;
        double denominator = normalizer - emi;
        // sklearn keeps the sign but never divides by less than machine epsilon.
        denominator = denominator < 0 ? Math.min(denominator, -EPS) : Math.max(denominator, EPS);
        return (mi - emi) / denominator;
    }

    /** Homogeneity: each cluster holds members of one class only. */
    public static double homogeneity(ContingencyTable table) {
        return homogeneityCompletenessVMeasure(table)[0];
    }

    /** Completeness: all members of a class fall in one cluster. */
    public static double completeness(ContingencyTable table) {
        return homogeneityCompletenessVMeasure(table)[1];
    }

    /** V-measure with beta 1 (harmonic mean of homogeneity and completeness). */
    public static double vMeasure(ContingencyTable table) {
        return homogeneityCompletenessVMeasure(table)[2];
    }

    /** Fowlkes-Mallows index; 0 when no pair of points shares both a class and a cluster. */
    public static double fowlkesMallows(ContingencyTable table) {
        long n = table.total();
        long tk = sumOfSquares(table.countsView()) - n;
        long pk = sumOfSquares(table.clusterSizesView()) - n;
        long qk = sumOfSquares(table.classSizesView()) - n;
        if (tk == 0) {
            return 0.0;
        }
        return Math.sqrt((double) tk / (double) pk) * Math.sqrt((double) tk / (double) qk);
    }

    /**
     * Purity: for each cluster, its largest class count, summed and divided by the number of points
     * (not in scikit-learn). 1.0 for no points.
     */
    public static double purity(ContingencyTable table) {
        if (table.total() == 0) {
            return 1.0;
        }
        int[] counts = table.countsView();
        int rows = table.classCount();
        int columns = table.clusterCount();
        long sumOfMaxima = 0;
        for (int j = 0; j < columns; j++) {
            int max = 0;
            for (int i = 0; i < rows; i++) {
                max = Math.max(max, counts[i * columns + j]);
            }
            sumOfMaxima += max;
        }
        return (double) sumOfMaxima / table.total();
    }

    private static double[] homogeneityCompletenessVMeasure(ContingencyTable table) {
        if (table.total() == 0) {
            return new double[] {1.0, 1.0, 1.0};
        }
        double classEntropy = classEntropy(table);
        double clusterEntropy = clusterEntropy(table);
        double mi = mutualInfo(table);
        double homogeneity = classEntropy != 0 ? mi / classEntropy : 1.0;
        double completeness = clusterEntropy != 0 ? mi / clusterEntropy : 1.0;
        double vMeasure = homogeneity + completeness == 0.0
                ? 0.0
                : 2.0 * homogeneity * completeness / (homogeneity + completeness);
        return new double[] {homogeneity, completeness, vMeasure};
    }

    private static double entropy(int[] sizes, int total) {
        if (total == 0) {
            return 1.0; // sklearn's value for an empty labeling
        }
        if (sizes.length == 1) {
            return 0.0;
        }
        double[] asDouble = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            asDouble[i] = sizes[i];
        }
        double sum = NumpySum.sum(asDouble);
        double logSum = Math.log(sum);
        double[] terms = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            terms[i] = (asDouble[i] / sum) * (Math.log(asDouble[i]) - logSum);
        }
        return -NumpySum.sum(terms);
    }

    private static boolean bothSingleOrEmpty(ContingencyTable table) {
        int classes = table.classCount();
        int clusters = table.clusterCount();
        return classes == clusters && (classes == 1 || classes == 0);
    }

    private static long sumOfSquares(int[] values) {
        long sum = 0;
        for (int v : values) {
            sum += (long) v * v;
        }
        return sum;
    }
}
