package org.genrescope.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The agreement metrics at a million points (issue 13, item 5) against scikit-learn 1.2.1. */
class MillionPointAgreementTest {

    /**
     * scikit-learn 1.2.1's {@code adjusted_mutual_info_score} and {@code normalized_mutual_info_score} of
     * {@link MillionLabels}, computed with /usr/bin/python3 src/tools/ami_million_sklearn.py when this test was
     * written. Its first labels (truth 5 0 2 15 6, pred 1 15 18 18 14) are checked too, so a change in the generator
     * shows as such.
     */
    private static final double SKLEARN_AMI = 0.10058719852532033;
    private static final double SKLEARN_NMI = 0.1006317041245043;

    @Test
    void amiAndNmiOfAMillionLabelsMatchScikitLearn() {
        MillionLabels labels = new MillionLabels();
        assertEquals(java.util.List.of(5, 0, 2, 15, 6), java.util.stream.IntStream.of(labels.truth).limit(5).boxed()
                .toList());
        assertEquals(java.util.List.of(1, 15, 18, 18, 14), java.util.stream.IntStream.of(labels.pred).limit(5).boxed()
                .toList());
        ContingencyTable table = ContingencyTable.of(labels.truth, labels.pred);
        assertEquals(SKLEARN_AMI, ExternalMetrics.adjustedMutualInfo(table), 1e-9 * SKLEARN_AMI);
        assertEquals(SKLEARN_NMI, ExternalMetrics.normalizedMutualInfo(table), 1e-9 * SKLEARN_NMI);
    }
}
