package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.genrescope.data.FeatureSummaries;
import org.genrescope.data.FeatureSummary;
import org.junit.jupiter.api.Test;

/** The histograms' captions in three short lines (about 150 px of panel at 1024 x 700), the same numbers as before. */
class DistributionFiguresTest {

    @Test
    void theCaptionsKeepEveryNumberInShorterLines() {
        // {1, 2, 3, 4}: mean and median 2.5, sample sd sqrt(5 / 3) = 1.291, range 1..4; 3 values imputed
        FeatureSummary four = FeatureSummaries.of(List.of("f"), new double[] {4, 1, 3, 2}, new String[4]).overall()
                .get(0);
        assertEquals(List.of("mean 2.500, median 2.500", "sd 1.291, missing 3", "range 1.000..4.000"),
                DistributionFigures.shortLines(ResultFigures.summary(four, 3)));
        assertEquals(String.join(", ", ResultFigures.summary(four, 3)).length(),
                String.join(", ", DistributionFigures.shortLines(ResultFigures.summary(four, 3))).length(),
                "not a character more or less");
    }

    @Test
    void linesOfAnotherFormAreKept() {
        FeatureSummary none = FeatureSummaries.of(List.of("f"), new double[] {Double.NaN}, new String[1]).overall()
                .get(0);
        assertEquals(List.of("no values"), DistributionFigures.shortLines(ResultFigures.summary(none, 1)));
        assertEquals(List.of("a", "b"), DistributionFigures.shortLines(List.of("a", "b")));
    }
}
