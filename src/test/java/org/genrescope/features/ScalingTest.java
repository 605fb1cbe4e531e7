package org.genrescope.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingTest {
    private static final double EPS = 1e-12;

    private static FeatureMatrix matrix() {
        // columns: energy, tempo
        return new FeatureMatrix(new long[] {1, 2, 3}, List.of("echonest.audio_features.energy",
                "echonest.audio_features.tempo"), new double[] {0.5, 60, 0.0, 120, 1.0, 180});
    }

    @Test
    void seedScalingMinMaxesTempoThenNormalisesRows() {
        FeatureMatrix scaled = Scaling.SEED.fit(matrix()).transform(matrix());
        // row 1: (0.5, 0) -> (1, 0); row 2: (0, 0.5) -> (0, 1); row 3: (1, 1) -> (1/sqrt2, 1/sqrt2)
        assertArrayEquals(new double[] {1, 0, 0, 1, Math.sqrt(0.5), Math.sqrt(0.5)}, scaled.values(), EPS);
    }

    @Test
    void seedScalingOfASingleFeatureIsRefusedAsASetting() {
        // each track over its own length is its sign: 30 distinct tempos became two points (new user, session 18)
        FeatureMatrix tempo = new FeatureMatrix(new long[] {1, 2, 3}, List.of("echonest.audio_features.tempo"),
                new double[] {90, 120, 150});
        org.genrescope.settings.InvalidSettingException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.genrescope.settings.InvalidSettingException.class, () -> Scaling.SEED.fit(tempo));
        org.junit.jupiter.api.Assertions.assertEquals("--scaling: the seed scaling divides each track by its length, "
                + "which with 1 feature leaves only its sign; choose standard or min-max.", e.getMessage());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {-1.224744871391589, 0, 1.224744871391589},
                Scaling.STANDARD.fit(tempo).transform(tempo).values(), 1e-12, "the others scale it");
    }

    @Test
    void standardScalingUsesThePopulationDeviation() {
        FeatureMatrix scaled = Scaling.STANDARD.fit(matrix()).transform(matrix());
        double s = Math.sqrt(2.0 / 3.0);
        assertArrayEquals(new double[] {0, -1 / s, -1 / s, 0, 1 / s, 1 / s}, scaled.values(), EPS);
    }

    @Test
    void minMaxMapsEachColumnToTheUnitInterval() {
        FeatureMatrix scaled = Scaling.MINMAX.fit(matrix()).transform(matrix());
        assertArrayEquals(new double[] {0.5, 0, 0, 0.5, 1, 1}, scaled.values(), EPS);
    }

    @Test
    void affineScalingsInvertExactly() {
        for (Scaling s : List.of(Scaling.STANDARD, Scaling.MINMAX, Scaling.NONE)) {
            FittedScaler f = s.fit(matrix());
            double[] row = {0.25, 100};
            f.transformRow(row);
            f.inverseRow(row);
            assertArrayEquals(new double[] {0.25, 100}, row, 1e-9, s.id());
        }
    }

    @Test
    void seedInverseRestoresDirectionAndTempoUnits() {
        FittedScaler f = Scaling.SEED.fit(matrix());
        double[] row = {0.0, 120};
        f.transformRow(row); // (0, 1)
        f.inverseRow(row);
        // mean row length before normalising is (0.5 + 0.5 + sqrt 2) / 3; tempo maps back through its range
        double meanNorm = (1 + Math.sqrt(2)) / 3;
        assertEquals(0.0, row[0], EPS);
        assertEquals(meanNorm * 120 + 60, row[1], 1e-9);
    }
}
