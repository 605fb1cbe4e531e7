package org.genrescope.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scaler restored from its saved parameters scales rows to the same bits as the fitted one (issue 12's apply). */
class ScalerParametersTest {
    private static final List<String> NAMES = List.of("acousticness", "energy", "tempo");
    /** Three features, tempo in bpm; one column near the largest double exercises the per-column units. */
    private static final FeatureMatrix FIT = new FeatureMatrix(new long[] {1, 2, 3, 4}, NAMES,
            new double[] {0.1, 0.9, 60.5, 0.7, 0.2, 181.25, 0.35, 0.55, 120.0, 0.0, 1.0, 95.5});
    private static final FeatureMatrix HUGE = new FeatureMatrix(new long[] {1, 2, 3}, NAMES,
            new double[] {1e308, 0.5, 100, -1.2e308, 0.25, 90, 3e307, 0.75, 120});

    @Test
    void everyScalingRestoredGivesTheSameBits() {
        double[] newRow = {0.42, 1.3, 200.0}; // a new track, beyond the fitted range
        for (Scaling scaling : Scaling.values()) {
            FittedScaler fitted = scaling.fit(FIT);
            ScalerParameters p = fitted.parameters();
            FittedScaler restored = p.restore(3);
            assertArrayEquals(fitted.transform(FIT).values(), restored.transform(FIT).values(), scaling.id());
            double[] a = newRow.clone();
            double[] b = newRow.clone();
            fitted.transformRow(a);
            restored.transformRow(b);
            assertArrayEquals(a, b, scaling.id());
            assertEquals(fitted.describe(), restored.describe(), scaling.id());
        }
    }

    @Test
    void columnsNearTheLargestDoubleKeepTheirUnits() {
        for (Scaling scaling : List.of(Scaling.STANDARD, Scaling.MINMAX, Scaling.SEED)) {
            FittedScaler fitted = scaling.fit(HUGE);
            assertArrayEquals(fitted.transform(HUGE).values(), fitted.parameters().restore(3).transform(HUGE).values(),
                    scaling.id());
        }
        // the standard scaling of 1e308 and -1.2e308 computes in a unit of 2^-1023 (an independent number: the
        // exponent of 1.2e308 is 1023)
        assertEquals(Math.scalb(1.0, -1023), Scaling.STANDARD.fit(HUGE).parameters().get("column_units")[0]);
    }

    @Test
    void parametersNoFitGivesAreRefusedInOneSentence() {
        Map<String, double[]> zeroScale = Map.of("offset_in_units", new double[] {0, 0, 0}, "scale_in_units",
                new double[] {1, 0, 1}, "column_units", new double[] {1, 1, 1});
        assertEquals("the standard scaling of feature 1 has offset 0.0, scale 0.0 and unit 1.0, which no fit gives",
                assertThrows(IllegalArgumentException.class,
                        () -> new ScalerParameters("standard", zeroScale).restore(3)).getMessage());
        assertEquals("the minmax scaling's offset_in_units holds 3 values for 4 features",
                assertThrows(IllegalArgumentException.class,
                        () -> Scaling.MINMAX.fit(FIT).parameters().restore(4)).getMessage());
        assertEquals("the scaling 'zscore' is not one of seed, standard, minmax, none",
                assertThrows(IllegalArgumentException.class,
                        () -> new ScalerParameters("zscore", Map.of()).restore(3)).getMessage());
        assertEquals("the seed scaling's tempo parameters [7.0, 0.0, 1.0, 1.0, 1.0] are not ones a fit over 3 features "
                + "gives", assertThrows(IllegalArgumentException.class, () -> new ScalerParameters("seed",
                        Map.of("tempo", new double[] {7, 0, 1, 1, 1})).restore(3)).getMessage());
    }
}
