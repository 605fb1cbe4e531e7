package org.genrescope.model.classification;

import smile.classification.LogisticRegression;

/**
 * Logistic regression by Smile (the model layer holds Smile, ADR 0001): multinomial for three or more classes, binomial
 * for two, fitted by L-BFGS to the summed negative log-likelihood plus {@code lambda / 2} times the squared weights
 * (intercepts not penalised; Smile fits k - 1 weight rows against a reference class).
 */
public final class LogisticRegressionFit {
    private LogisticRegressionFit() { }

    /**
     * Fits and returns the predictor of a row's class.
     *
     * @param x         n rows of d features, n at least 2
     * @param y         each row's class label, at least two distinct labels
     * @param lambda    L2 penalty on the summed log-loss, at least 0 (scikit-learn's C = 1 / lambda)
     * @param tolerance L-BFGS' relative convergence tolerance, above 0
     * @param maxIter   L-BFGS iteration limit, at least 1
     * @return the fitted model's prediction of a row's label
     * @throws IllegalArgumentException when the shapes disagree or there is one class only
     */
    public static Predictor fit(double[][] x, int[] y, double lambda, double tolerance, int maxIter) {
        LogisticRegression model = LogisticRegression.fit(x, y, lambda, tolerance, maxIter);
        return model::predict;
    }

    /** A fitted model: a row of d features to its predicted class label. */
    @FunctionalInterface
    public interface Predictor {
        int predict(double[] row);
    }
}
