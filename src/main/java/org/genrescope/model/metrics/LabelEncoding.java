package org.genrescope.model.metrics;

import java.util.Arrays;

/**
 * Labels mapped to codes 0..k-1 in ascending label order, as scikit-learn's {@code LabelEncoder} and
 * {@code np.unique} do, so per-cluster loops visit clusters in the same order as the reference.
 */
final class LabelEncoding {

    private final int[] distinctLabels;
    private final int[] codes;
    private final int[] counts;

    private LabelEncoding(int[] distinctLabels, int[] codes, int[] counts) {
        this.distinctLabels = distinctLabels;
        this.codes = codes;
        this.counts = counts;
    }

    static LabelEncoding of(int[] labels) {
        int[] sorted = labels.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        int[] distinctLabels = Arrays.copyOf(sorted, distinct);
        int[] codes = new int[labels.length];
        int[] counts = new int[distinct];
        for (int i = 0; i < labels.length; i++) {
            int code = Arrays.binarySearch(distinctLabels, labels[i]);
            codes[i] = code;
            counts[code]++;
        }
        return new LabelEncoding(distinctLabels, codes, counts);
    }

    int labelCount() {
        return distinctLabels.length;
    }

    /** The distinct labels, ascending; shared array, do not modify. */
    int[] distinctLabels() {
        return distinctLabels;
    }

    /** Code of each point; shared array, do not modify. */
    int[] codes() {
        return codes;
    }

    /** Points per code; shared array, do not modify. */
    int[] counts() {
        return counts;
    }
}
