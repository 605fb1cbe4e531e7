package org.genrescope.model.metrics;

/**
 * A million seeded labels that Java and Python both generate (Knuth's MMIX LCG): 16 classes and 20 clusters, a
 * quarter of the clusters copied from the class (shifted by 3) and the rest at random, so the agreement is small but
 * not zero. The Python twin, used to compute scikit-learn's values, is in src/tools/ami_million_sklearn.py.
 */
final class MillionLabels {
    static final int N = 1_000_000;

    final int[] truth = new int[N];
    final int[] pred = new int[N];

    MillionLabels() {
        long x = 1986;
        for (int i = 0; i < N; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            truth[i] = (int) ((x >>> 33) % 16);
            pred[i] = (x >>> 20) % 4 == 0 ? truth[i] + 3 : (int) ((x >>> 41) % 20);
        }
    }
}
