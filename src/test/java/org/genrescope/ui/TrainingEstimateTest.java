package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The estimate from measured paces, and its words, worked out here by hand. */
class TrainingEstimateTest {
    private static final List<TrainingWork.Part> PARTS = List.of(new TrainingWork.Part("autoencoder", "represent", 7_200),
            new TrainingWork.Part("kmeans", "cluster", 40_000_000), new TrainingWork.Part("pca", "project", 50_000));

    @Test
    void aRunsPaceIsItsStageTimeOverItsUnits() {
        // represent 36,000 ms over 7,200 units: 0.005 s a unit; cluster 200,000 ms over 4e7: 5e-6; project 100 ms
        // over 50,000: 2e-6; the data's stages measure nothing
        Map<String, Double> paces = TrainingEstimate.paces(PARTS, Map.of("load", 3_000L, "represent", 36_000L,
                "cluster", 200_000L, "project", 100L));
        assertEquals(0.005, paces.get("autoencoder"), 1e-15);
        assertEquals(5e-6, paces.get("kmeans"), 1e-18);
        assertEquals(2e-6, paces.get("pca"), 1e-18);
        assertEquals(3, paces.size());
    }

    @Test
    void theEstimateIsEachPaceTimesTheWorkToCome() {
        // 10 times the rows (72,000; 4e8; 500,000 units) at those paces: 360 + 2,000 + 1 = 2,361 s, 39.35 min
        List<TrainingWork.Part> bigger = PARTS.stream()
                .map(p -> new TrainingWork.Part(p.pace(), p.stage(), p.units() * 10)).toList();
        TrainingEstimate.Estimate e = TrainingEstimate.of(bigger, Map.of("autoencoder", 0.005, "kmeans", 5e-6,
                "pca", 2e-6));
        assertEquals(2_361, e.seconds(), 1e-9);
        assertEquals("Train takes about 39 min here (from this machine's earlier trainings).",
                TrainingEstimate.words(e, false));
        assertEquals("Train takes about 39 min here, plus reading the data (from this machine's earlier trainings).",
                TrainingEstimate.words(e, true));
    }

    @Test
    void anUnmeasuredPaceIsNamedNotGuessed() {
        // K-Means not measured: 36 + 0.1 s from the others
        TrainingEstimate.Estimate part = TrainingEstimate.of(PARTS, Map.of("autoencoder", 0.005, "pca", 2e-6));
        assertEquals(36.1, part.seconds(), 1e-9);
        assertEquals("Train takes about 35 s here, plus K-Means' time, known after its first run.",
                TrainingEstimate.words(part, false));
        TrainingEstimate.Estimate none = TrainingEstimate.of(PARTS, Map.of());
        assertEquals("Train's time is known after a first training on this machine (none measured yet).",
                TrainingEstimate.words(none, false));
        assertEquals("Train changes nothing: these settings are the trained ones.",
                TrainingEstimate.words(TrainingEstimate.of(List.of(), Map.of()), false));
    }

    @Test
    void theLastRunIsSaidAgainstItsEstimate() {
        TrainingEstimate.Estimate e = TrainingEstimate.of(PARTS, Map.of("autoencoder", 0.005, "kmeans", 5e-6,
                "pca", 2e-6)); // 236.1 s
        assertEquals("Last training: 3 min 52 s (estimated: about 4 min).", TrainingEstimate.comparison(232.4, e));
        assertEquals("Last training: 52.3 s (estimated: at least about 35 s).", TrainingEstimate.comparison(52.31,
                TrainingEstimate.of(PARTS, Map.of("autoencoder", 0.005, "pca", 2e-6))));
        assertEquals("Last training: 1 h 02 min (no estimate before it).", TrainingEstimate.comparison(3_725, null));
        assertEquals("Last training: 0.4 s (no estimate before it).",
                TrainingEstimate.comparison(0.4, TrainingEstimate.of(PARTS, Map.of())));
    }
}
