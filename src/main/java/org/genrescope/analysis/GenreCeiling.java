package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.genrescope.model.classification.LogisticRegressionFit;

/**
 * How much genre information the features hold at all: a supervised model predicting each track's genre from the
 * same scaled features the clusters are built on, scored by stratified k-fold cross-validation beside the
 * majority-class baseline. Clusters cannot agree with genres better than the features allow; this is the ceiling
 * the agreement scores are read against.
 *
 * <p>The model is Smile's multinomial logistic regression (L-BFGS) with an L2 penalty of {@link #LAMBDA} on the
 * summed log-loss, the strength of scikit-learn's default {@code C = 1}. Smile fits k - 1 coefficient rows against a
 * reference class and penalises those, scikit-learn fits and penalises all k rows, so the two fits differ slightly
 * (GenreCeilingTest measures how much).
 */
public final class GenreCeiling {
    /** Folds of the cross-validation. */
    public static final int FOLDS = 5;
    /** L2 penalty on the summed negative log-likelihood (scikit-learn's C = 1 / LAMBDA). */
    public static final double LAMBDA = 1.0;
    /** L-BFGS convergence tolerance (Smile's default). */
    public static final double TOLERANCE = 1e-5;
    /** L-BFGS iteration limit. */
    public static final int MAX_ITERATIONS = 500;

    private GenreCeiling() { }

    /**
     * One fold's test scores, each in [0, 1], as scikit-learn's {@code accuracy_score},
     * {@code balanced_accuracy_score} and {@code f1_score(average="macro")}.
     *
     * @param accuracy         share of test tracks whose genre was predicted
     * @param balancedAccuracy mean over the genres present in the fold of the share of their tracks predicted right
     * @param macroF1          mean over the genres in the fold's truth or predictions of 2 tp / (2 tp + fp + fn)
     */
    public record Scores(double accuracy, double balancedAccuracy, double macroF1) { }

    /**
     * The cross-validated ceiling.
     *
     * @param folds    number of folds
     * @param seed     the seed of the fold assignment
     * @param tracks   labelled tracks used
     * @param genres   distinct genres among them
     * @param model    each fold's scores of the logistic regression, fold order
     * @param baseline each fold's scores of always predicting the training folds' most common genre
     */
    public record Result(int folds, long seed, int tracks, int genres, List<Scores> model, List<Scores> baseline) {
        public Result {
            model = List.copyOf(model);
            baseline = List.copyOf(baseline);
        }

        public static Spread spread(List<Scores> scores, java.util.function.ToDoubleFunction<Scores> metric) {
            return Spread.ofNumbers(scores.stream().mapToDouble(metric).toArray());
        }
    }

    /**
     * Assigns each track to one of {@code folds} folds, stratified by genre: each genre's tracks, in a seeded random
     * order, are dealt to the folds in turn, the deal continuing from genre to genre (ascending codes), so every fold
     * holds each genre's tracks to within one and the folds' sizes differ by at most one.
     *
     * @param genre  each track's genre code, at least 0
     * @param folds  at least 2
     * @return each track's fold in 0..folds-1
     */
    public static int[] stratifiedFolds(int[] genre, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, got " + folds);
        }
        TreeSet<Integer> classes = new TreeSet<>();
        for (int g : genre) {
            classes.add(g);
        }
        Random random = new Random(seed);
        int[] fold = new int[genre.length];
        int next = 0;
        for (int c : classes) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < genre.length; i++) {
                if (genre[i] == c) {
                    members.add(i);
                }
            }
            java.util.Collections.shuffle(members, random);
            for (int i : members) {
                fold[i] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }

    /**
     * Cross-validates on the tracks that have a genre (code at least 0), with {@link #stratifiedFolds}.
     *
     * @param x     n x d row-major features (the scaled features)
     * @param genre each track's genre code, -1 where unlabelled (left out)
     * @return the result, or an explanation why there is none
     * @throws IllegalArgumentException when the shapes disagree
     */
    public static Outcome of(double[] x, int n, int d, int[] genre, int folds, long seed) {
        if (x.length != (long) n * d || genre.length != n) {
            throw new IllegalArgumentException("x has " + x.length + " values and " + genre.length + " genres for "
                    + n + " x " + d);
        }
        int labelled = (int) Arrays.stream(genre).filter(g -> g >= 0).count();
        double[][] rows = new double[labelled][];
        int[] y = new int[labelled];
        for (int i = 0, r = 0; i < n; i++) {
            if (genre[i] >= 0) {
                rows[r] = Arrays.copyOfRange(x, i * d, (i + 1) * d);
                y[r++] = genre[i];
            }
        }
        if (labelled == 0) {
            return Outcome.none("the data has no genre labels");
        }
        if (Arrays.stream(y).distinct().count() < 2) {
            return Outcome.none("fewer than 2 genres among the labelled tracks");
        }
        if (labelled < 2 * folds) {
            return Outcome.none(labelled + " labelled tracks, too few for " + folds + "-fold cross-validation");
        }
        return crossValidate(rows, y, stratifiedFolds(y, folds, seed), folds, seed);
    }

    /** Cross-validates with a given fold of each row (as another tool assigned them). */
    public static Outcome crossValidate(double[][] x, int[] y, int[] foldOf, int folds, long seed) {
        List<Scores> model = new ArrayList<>();
        List<Scores> baseline = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                (foldOf[i] == f ? test : train).add(i);
            }
            int[] trainY = train.stream().mapToInt(i -> y[i]).toArray();
            if (Arrays.stream(trainY).distinct().count() < 2) {
                return Outcome.none("fold " + (f + 1) + "'s training tracks hold fewer than 2 genres");
            }
            if (test.isEmpty()) {
                return Outcome.none("fold " + (f + 1) + " has no tracks");
            }
            double[][] trainX = train.stream().map(i -> x[i]).toArray(double[][]::new);
            LogisticRegressionFit.Predictor fitted = LogisticRegressionFit.fit(trainX, trainY, LAMBDA, TOLERANCE,
                    MAX_ITERATIONS);
            int majority = mostCommon(trainY);
            int[] truth = test.stream().mapToInt(i -> y[i]).toArray();
            int[] predicted = test.stream().mapToInt(i -> fitted.predict(x[i])).toArray();
            int[] constant = new int[truth.length];
            Arrays.fill(constant, majority);
            model.add(score(truth, predicted));
            baseline.add(score(truth, constant));
        }
        int genres = (int) Arrays.stream(y).distinct().count();
        return new Outcome(new Result(folds, seed, y.length, genres, model, baseline), null);
    }

    /** The most common label, the smallest on a tie (scikit-learn's DummyClassifier "most_frequent"). */
    static int mostCommon(int[] labels) {
        java.util.TreeMap<Integer, Integer> counts = new java.util.TreeMap<>();
        for (int l : labels) {
            counts.merge(l, 1, Integer::sum);
        }
        int best = counts.firstKey();
        for (var e : counts.entrySet()) {
            if (e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** Accuracy, balanced accuracy and macro F1 of {@code predicted} against {@code truth} (same length, not empty). */
    public static Scores score(int[] truth, int[] predicted) {
        if (truth.length != predicted.length || truth.length == 0) {
            throw new IllegalArgumentException(truth.length + " true and " + predicted.length + " predicted labels");
        }
        TreeSet<Integer> labels = new TreeSet<>();
        for (int i = 0; i < truth.length; i++) {
            labels.add(truth[i]);
            labels.add(predicted[i]);
        }
        int correct = 0;
        double recallSum = 0;
        int present = 0;
        double f1Sum = 0;
        for (int label : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < truth.length; i++) {
                boolean isTrue = truth[i] == label;
                boolean isPredicted = predicted[i] == label;
                tp += isTrue && isPredicted ? 1 : 0;
                fp += !isTrue && isPredicted ? 1 : 0;
                fn += isTrue && !isPredicted ? 1 : 0;
            }
            correct += tp;
            if (tp + fn > 0) { // a genre absent from the truth has no recall (scikit-learn leaves it out)
                recallSum += tp / (double) (tp + fn);
                present++;
            }
            f1Sum += 2.0 * tp / (2.0 * tp + fp + fn); // never 0/0: the label occurs in truth or predictions
        }
        return new Scores(correct / (double) truth.length, recallSum / present, f1Sum / labels.size());
    }

    /** A result, or why there is none (never both). */
    public record Outcome(Result result, String undefinedReason) {
        static Outcome none(String reason) {
            return new Outcome(null, reason);
        }

        public boolean isDefined() {
            return result != null;
        }
    }
}
