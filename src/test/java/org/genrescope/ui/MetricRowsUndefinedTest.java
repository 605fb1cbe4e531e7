package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The metrics panel says "undefined" where a metric is undefined, never a NaN or "n/a" (issue 9), and keeps the reason
 * out of the cell (a sentence there widened its column past the window) in the row's note and tooltip.
 */
class MetricRowsUndefinedTest {
    @Test
    void anAllNoiseClusteringShowsItsInternalMetricsUndefinedWithTheReasonInTheTooltip() throws Exception {
        Path input = Path.of("src/test/resources/cases/umap-duplicate-points/tracks.csv");
        AnalysisResult allNoise = new Pipeline(2, IsolatedAutoencoderTrainer.shared()).run(Recipe.PLAIN.config(input)
                        .with("algorithm", ClusteringAlgorithm.DBSCAN).with("eps", 0.001).with("min_points", 25)
                        .with("representation", Representation.FEATURES).with("projection", ProjectionMethod.NONE),
                ProgressListener.NONE, CancellationToken.NEVER);
        List<MetricRow> rows = MetricRows.of(allNoise, null);
        for (MetricRow row : rows.subList(0, 3)) {
            assertEquals("undefined", row.clustered(), row.name());
            assertEquals("undefined", row.features(), row.name());
            assertEquals("", row.change());
            assertNull(row.improved());
            assertEquals("Undefined: every point is noise.", row.note(), "said once for both spaces");
            assertTrue(row.tooltip().startsWith(row.name() + ": " + row.meaning()), row.tooltip());
            assertTrue(row.tooltip().endsWith("\nUndefined: every point is noise."), row.tooltip());
        }
        for (MetricRow row : rows) {
            assertFalse(row.clustered().contains("NaN") || row.clustered().contains("n/a"), row.toString());
            assertTrue(row.clustered().length() <= 12, "a number or a short marker, not a sentence: " + row);
        }
    }

    @Test
    void agreementWithASingleGenreIsMarkedAsMeaninglessNotShownBare(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        StringBuilder csv = new StringBuilder("track_id,energy,tempo,genres_top\n");
        for (int i = 0; i < 24; i++) {
            csv.append(i + 1).append(',').append(i % 3 * 0.3 + i * 0.001).append(',').append(90 + i % 3 * 40)
                    .append(",Rock\n");
        }
        Path input = java.nio.file.Files.writeString(dir.resolve("one-genre.csv"), csv);
        AnalysisResult r = new Pipeline(2, IsolatedAutoencoderTrainer.shared()).run(Recipe.PLAIN.config(input)
                        .with("representation", Representation.FEATURES).with("projection", ProjectionMethod.NONE)
                        .with("k", 3),
                ProgressListener.NONE, CancellationToken.NEVER);
        List<MetricRow> rows = MetricRows.of(r, null);
        assertEquals(11, rows.size(), "3 internal and 8 agreement rows");
        for (MetricRow row : rows.subList(3, rows.size())) {
            assertTrue(row.clustered().endsWith(" \u26a0"), row.toString());
            assertEquals("Warning: " + MetricRows.ONE_GENRE + ".", row.note(), row.name());
        }
        assertEquals("1.0000 \u26a0", rows.stream().filter(row -> row.name().equals("Purity")).findFirst()
                .orElseThrow().clustered(), "scikit-learn's value is kept beside the sign");
        assertFalse(rows.get(0).clustered().contains("\u26a0"), "internal metrics do not depend on the genres");
    }

    @Test
    void aDegenerateValueKeepsItsNumberWithAWarningSignAndItsWarningInTheNote() {
        MetricValue noise = MetricValue.degenerate(1.5e33, "the within-cluster spread is rounding noise");
        assertEquals("meaningless \u26a0", MetricRows.format(noise), "a number that only measures rounding");
        assertEquals("1.50e+33 \u26a0", MetricRows.format(MetricValue.degenerate(1.5e33, "another warning")),
                "a degenerate value whose number is scikit-learn's and only says little keeps it");
        assertEquals("0.2500", MetricRows.format(MetricValue.of(0.25)));
        assertEquals("undefined", MetricRows.format(MetricValue.undefined("fewer than 2 clusters")));
        assertEquals("Warning: the within-cluster spread is rounding noise.", MetricRows.note(noise, noise));
        assertEquals("", MetricRows.note(MetricValue.of(0.25), MetricValue.of(0.5)));
        assertEquals("clustered: warning: the within-cluster spread is rounding noise.\nfeatures: undefined: "
                        + "fewer than 2 clusters.",
                MetricRows.note(noise, MetricValue.undefined("fewer than 2 clusters")), "each space its own reason");
        assertEquals("features: undefined: x.", MetricRows.note(MetricValue.of(1), MetricValue.undefined("x")));
    }
}
