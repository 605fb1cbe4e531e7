package org.genrescope.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.LongStream;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.testing.Cases;
import org.junit.jupiter.api.Test;

/**
 * The huge-values case: tempi of 1.5e308 and -1.2e308, where a mean's sum and a range overflow to infinity.
 * The expected values were computed exactly (Python fractions and 60-digit decimals), since numpy overflows too.
 */
class LargeValuesScalingTest {
    private static final List<String> FEATURES = List.of("acousticness", "danceability", "energy",
            "instrumentalness", "liveness", "speechiness", "tempo", "valence");
    private static final int TEMPO = 6;

    private static FeatureMatrix huge() throws IOException {
        double[] x = Cases.features("huge-values");
        int n = x.length / 8;
        return new FeatureMatrix(LongStream.rangeClosed(1, n).toArray(), FEATURES, x);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void standardScalingOfValuesNearTheLargestDoubleIsFiniteAndExact() throws IOException {
        FeatureMatrix scaled = Scaling.STANDARD.fit(huge()).transform(huge());
        double[] expected = {-0.11757927025044308, -0.11757927025044308, -0.11757927025044308, 3.8017297380976594,
            -0.11757927025044308};
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], scaled.get(i, TEMPO), "track " + (i + 1));
        }
        for (double v : scaled.values()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void minMaxAndSeedScalingHandleThemToo() throws IOException {
        FeatureMatrix minMax = Scaling.MINMAX.fit(huge()).transform(huge());
        assertClose(0.4444444444444444, minMax.get(0, TEMPO), "track 1");
        assertClose(1.0, minMax.get(3, TEMPO), "track 4, the largest");
        FittedScaler seed = Scaling.SEED.fit(huge());
        FeatureMatrix rows = seed.transform(huge());
        for (int i = 0; i < rows.rows(); i++) {
            double ss = 0;
            for (int j = 0; j < 8; j++) {
                assertTrue(Double.isFinite(rows.get(i, j)), "row " + i);
                ss += rows.get(i, j) * rows.get(i, j);
            }
            assertEquals(1.0, ss, 1e-12, "unit length, row " + i);
        }
        assertTrue(seed.describe().containsKey("tempo_unit"), seed.describe().toString());
    }

    @Test
    void noScalingRefusesThemNamingTheTrackTheFeatureAndTheRemedy() throws IOException {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> Scaling.NONE.fit(huge()));
        assertEquals("--scaling", e.setting());
        assertTrue(e.getMessage().contains("track 4 has tempo = 1.5E308"), e.getMessage());
        assertTrue(e.getMessage().contains("standard"), e.getMessage());
    }

    @Test
    void ordinaryValuesScaleBitForBitAsBefore() {
        // Unit 1 (no power-of-two rescaling) keeps scikit-learn's formulas exactly.
        double[] x = {1, 10, 2, 20, 4, 45};
        FeatureMatrix m = new FeatureMatrix(new long[] {1, 2, 3}, List.of("a", "b"), x);
        FeatureMatrix s = Scaling.STANDARD.fit(m).transform(m);
        double mean = (1 + 2 + 4) / 3.0;
        double sd = Math.sqrt(((1 - mean) * (1 - mean) + (2 - mean) * (2 - mean) + (4 - mean) * (4 - mean)) / 3);
        assertEquals((1 - mean) / sd, s.get(0, 0));
        FeatureMatrix r = Scaling.MINMAX.fit(m).transform(m);
        assertEquals((20 - 10) / 35.0, r.get(1, 1));
        assertEquals(0.0, Scaling.NONE.fit(m).transform(m).get(0, 0) - 1);
    }
}
