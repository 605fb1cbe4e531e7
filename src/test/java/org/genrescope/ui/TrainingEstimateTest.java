package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The estimate from measured paces, and its words, worked out here by hand. */
class TrainingEstimateTest {
    // 10,000 rows: the autoencoder's 7,200 units in 100 epochs, K-Means' 4e7 in 100 restarts, the PCA plot's 50,000
    private static final TrainingWork.Part AE = new TrainingWork.Part("autoencoder", "represent", 7_200, 100, 10_000);
    private static final TrainingWork.Part KM = new TrainingWork.Part("kmeans", "cluster", 40_000_000, 100, 10_000);
    private static final TrainingWork.Part PCA = new TrainingWork.Part("pca", "project", 50_000);
    private static final List<TrainingWork.Part> PARTS = List.of(AE, KM, PCA);
    private static final Map<String, Long> LAPS = Map.of("load", 3_000L, "represent", 36_000L, "cluster", 200_000L,
            "project", 100L);
    private static final Map<String, TrainingEstimate.Pace> MEASURED = TrainingEstimate.paces(PARTS, LAPS,
            Map.of("autoencoder", 0.3, "kmeans", 1.5));

    @Test
    void aStepsPaceIsItsMeasuredTimeOverItsUnitsAndTheRestOfTheLapGoesPerRow() {
        // autoencoder: 0.3 s an epoch over 72 units an epoch = 1/240 s a unit; the lap's other 36 - 30 = 6 s over
        // 10,000 rows = 6e-4 s a row
        assertEquals(1 / 240.0, MEASURED.get("autoencoder").perUnit(), 1e-15);
        assertEquals(6e-4, MEASURED.get("autoencoder").perRow(), 1e-15);
        // K-Means: 1.5 s a restart over 400,000 units = 3.75e-6; the metrics: 200 - 150 = 50 s over 10,000 = 5e-3
        assertEquals(3.75e-6, MEASURED.get("kmeans").perUnit(), 1e-18);
        assertEquals(5e-3, MEASURED.get("kmeans").perRow(), 1e-15);
        // the plot: its lap over its units, 100 ms / 50,000 = 2e-6; the data's stages measure nothing
        assertEquals(new TrainingEstimate.Pace(2e-6, 0), MEASURED.get("pca"));
        assertEquals(3, MEASURED.size());
    }

    @Test
    void withoutMeasuredStepsTheWholeLapIsThePace() {
        // 36 s / 7,200 = 0.005 s a unit; one restart is no step measured either: 200 s / 4e5 units
        Map<String, TrainingEstimate.Pace> paces = TrainingEstimate.paces(List.of(AE,
                new TrainingWork.Part("kmeans", "cluster", 400_000, 1, 10_000)), LAPS, Map.of("kmeans", 1.5));
        assertEquals(new TrainingEstimate.Pace(0.005, 0), paces.get("autoencoder"));
        assertEquals(new TrainingEstimate.Pace(5e-4, 0), paces.get("kmeans"));
        // a step measured longer than the lap (clocks apart): the rest is 0, not negative
        assertEquals(0.0, TrainingEstimate.paces(List.of(AE), LAPS, Map.of("autoencoder", 0.4)).get("autoencoder")
                .perRow());
    }

    @Test
    void theEstimateIsEachPaceTimesTheWorkToComePlusTheRestPerRow() {
        // 10 times the rows: autoencoder 72,000 / 240 = 300 s + 100,000 x 6e-4 = 60 s; K-Means 4e8 x 3.75e-6 = 1,500 s
        // + 100,000 x 5e-3 = 500 s; the plot 500,000 x 2e-6 = 1 s. 2,361 s, 39.35 min
        List<TrainingWork.Part> bigger = PARTS.stream().map(p -> new TrainingWork.Part(p.pace(), p.stage(),
                p.units() * 10, p.steps(), p.rows() * 10)).toList();
        TrainingEstimate.Estimate e = TrainingEstimate.of(bigger, MEASURED);
        assertEquals(2_361, e.seconds(), 1e-9);
        assertEquals("Train takes about 39 min here (from this machine's earlier trainings).",
                TrainingEstimate.words(e, false));
        assertEquals("Train takes about 39 min here, plus reading the data (from this machine's earlier trainings).",
                TrainingEstimate.words(e, true));
        // a tenth of the restarts on the same rows: 4e6 x 3.75e-6 = 15 s, the metrics still 50 s: 65 s, not 20
        assertEquals(65, TrainingEstimate.of(List.of(new TrainingWork.Part("kmeans", "cluster", 4_000_000, 10,
                10_000)), MEASURED).seconds(), 1e-9);
    }

    @Test
    void anUnmeasuredPaceIsNamedNotGuessed() {
        // K-Means not measured: 30 + 6 + 0.1 s from the others
        TrainingEstimate.Estimate part = TrainingEstimate.of(PARTS, Map.of("autoencoder", MEASURED.get("autoencoder"),
                "pca", MEASURED.get("pca")));
        assertEquals(36.1, part.seconds(), 1e-9);
        assertEquals("Train takes about 35 s here, plus K-Means' time, known after its first run.",
                TrainingEstimate.words(part, false));
        TrainingEstimate.Estimate none = TrainingEstimate.of(PARTS, Map.of());
        assertEquals("Train's time is known after a first training on this machine (none measured yet).",
                TrainingEstimate.words(none, false));
        assertEquals("Nothing to train: these are the trained settings.",
                TrainingEstimate.words(TrainingEstimate.of(List.of(), Map.of()), false));
    }

    @Test
    void aPaceMeasuredOnDataOfAnotherSizeIsNotScaledButSaidSo() {
        // within 10 times either way, and a pace of unknown size, scale; beyond, not
        assertTrue(TrainingEstimate.similarSize(10_000, 20_000));
        assertTrue(TrainingEstimate.similarSize(40_000, 20_000));
        assertTrue(TrainingEstimate.similarSize(0, 1_000_000));
        org.junit.jupiter.api.Assertions.assertFalse(TrainingEstimate.similarSize(10_000, 20_001));
        org.junit.jupiter.api.Assertions.assertFalse(TrainingEstimate.similarSize(1_919, 12_584),
                "the sample's pace is not FMA's: 9 times too high (session 18)");
        org.junit.jupiter.api.Assertions.assertFalse(TrainingEstimate.similarSize(12_584, 959_241));
        // every pace from a far size: none scaled, the words say what would measure them
        TrainingEstimate.Estimate none = TrainingEstimate.of(PARTS, Map.of());
        assertEquals("Train's time on 959,241 tracks is known after a training of a similar size (the last one here "
                + "had 12,584 tracks).", TrainingEstimate.words(none, false, Map.of("autoencoder", 12_584, "kmeans",
                12_584, "pca", 2_000), 959_241));
        // K-Means' from a far size, the others near: the rest is estimated, K-Means' said apart
        TrainingEstimate.Estimate part = TrainingEstimate.of(PARTS, Map.of("autoencoder", MEASURED.get("autoencoder"),
                "pca", MEASURED.get("pca")));
        assertEquals("Train takes about 35 s here, plus K-Means' time, known after a training of a similar size (the "
                + "last one here had 60 tracks).", TrainingEstimate.words(part, false, Map.of("kmeans", 60), 10_000));
        // a pace never measured anywhere is the first-run sentence still
        assertEquals("Train takes about 35 s here, plus K-Means' time, known after its first run.",
                TrainingEstimate.words(part, false, Map.of(), 10_000));
    }

    @Test
    void theLastRunIsSaidAgainstItsEstimate() {
        TrainingEstimate.Estimate e = TrainingEstimate.of(PARTS, MEASURED); // 36 + 200 + 0.1 = 236.1 s
        assertEquals(236.1, e.seconds(), 1e-9);
        assertEquals("Last training: 3 min 52 s (estimated: about 4 min).", TrainingEstimate.comparison(232.4, e));
        assertEquals("Last training: 52.3 s (estimated: at least about 35 s).", TrainingEstimate.comparison(52.31,
                TrainingEstimate.of(PARTS, Map.of("autoencoder", MEASURED.get("autoencoder"),
                        "pca", MEASURED.get("pca")))));
        assertEquals("Last training: 1 h 02 min (no estimate before it).", TrainingEstimate.comparison(3_725, null));
        assertEquals("Last training: 0.4 s (no estimate before it).",
                TrainingEstimate.comparison(0.4, TrainingEstimate.of(PARTS, Map.of())));
    }
}
