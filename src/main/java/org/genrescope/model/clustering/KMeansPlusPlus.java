package org.genrescope.model.clustering;

import java.util.SplittableRandom;
import org.genrescope.model.numeric.RowMajor;

/**
 * Greedy k-means++ seeding, as scikit-learn's {@code _kmeans_plusplus} does it: the first centre is a uniformly
 * drawn point; each further centre is the best (lowest resulting potential) of {@code 2 + floor(ln k)}
 * candidates drawn with probability proportional to their squared distance to the nearest centre so far.
 * The greedy trials make bad seedings much rarer than plain k-means++ (one candidate per step).
 * One instance is a reusable workspace for one thread.
 */
final class KMeansPlusPlus {
    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final int trials;
    // three n-long buffers whose roles rotate: the nearest-centre distances so far, the best trial's and the trial
    // being scored. One buffer of trials x n (31 MB a thread at a million points and k 8) was allocated anew for every
    // fit, and a thread zeroing a large new array holds every safepoint until it is done (one window run waited
    // 72 ms for a restarts thread; docs/benchmarks.md, session 26)
    private double[] closestSquared;
    private double[] bestTrialSquared;
    private double[] trialSquared;
    private final double[] cumulative;
    private final int[] candidates;

    KMeansPlusPlus(double[] x, int n, int d, int k) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.k = k;
        this.trials = localTrials(k);
        this.closestSquared = new double[n];
        this.bestTrialSquared = new double[n];
        this.trialSquared = new double[n];
        this.cumulative = new double[n];
        this.candidates = new int[trials];
    }

    /** scikit-learn's number of local trials: {@code 2 + int(log(k))}. */
    static int localTrials(int k) {
        return 2 + (int) Math.log(k);
    }

    /** Writes k centres (k x d, row-major) into {@code centres}. */
    void seed(SplittableRandom random, double[] centres) {
        int first = random.nextInt(n);
        System.arraycopy(x, first * d, centres, 0, d);
        double potential = 0;
        for (int i = 0; i < n; i++) {
            double distance = RowMajor.squaredDistance(x, i, x, first, d);
            closestSquared[i] = distance;
            potential += distance;
        }
        for (int c = 1; c < k; c++) {
            drawCandidates(random, potential);
            int best = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double candidatePotential = potentialWith(t);
                if (candidatePotential < bestPotential) {
                    bestPotential = candidatePotential;
                    best = t;
                    double[] kept = bestTrialSquared;
                    bestTrialSquared = trialSquared;
                    trialSquared = kept;
                }
            }
            potential = bestPotential;
            double[] previous = closestSquared;
            closestSquared = bestTrialSquared;
            bestTrialSquared = previous;
            System.arraycopy(x, candidates[best] * d, centres, c * d, d);
        }
    }

    /** Samples candidates proportionally to {@code closestSquared} (numpy's searchsorted on the cumulative sum). */
    private void drawCandidates(SplittableRandom random, double potential) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += closestSquared[i];
            cumulative[i] = sum;
        }
        for (int t = 0; t < trials; t++) {
            double target = random.nextDouble() * potential;
            candidates[t] = Math.min(firstAtLeast(target), n - 1);
        }
    }

    private int firstAtLeast(double target) {
        int low = 0;
        int high = n;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Potential if candidate {@code t} became a centre; leaves the new closest distances in {@code trialSquared}. */
    private double potentialWith(int t) {
        int candidate = candidates[t];
        double potential = 0;
        for (int i = 0; i < n; i++) {
            double distance = Math.min(closestSquared[i], RowMajor.squaredDistance(x, i, x, candidate, d));
            trialSquared[i] = distance;
            potential += distance;
        }
        return potential;
    }
}
