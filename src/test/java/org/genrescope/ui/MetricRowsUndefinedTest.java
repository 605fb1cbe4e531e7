package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/** The metrics panel says "undefined (reason)" where a metric is undefined, never a NaN or "n/a" (issue 9). */
class MetricRowsUndefinedTest {
    @Test
    void anAllNoiseClusteringShowsItsInternalMetricsUndefinedWithTheReason() throws Exception {
        Path input = Path.of("src/test/resources/cases/umap-duplicate-points/tracks.csv");
        AnalysisResult allNoise = new Pipeline(2, IsolatedAutoencoderTrainer.shared()).run(Recipe.PLAIN.config(input)
                        .with("algorithm", ClusteringAlgorithm.DBSCAN).with("eps", 0.001).with("min_points", 25)
                        .with("representation", Representation.FEATURES).with("projection", ProjectionMethod.NONE),
                ProgressListener.NONE, CancellationToken.NEVER);
        List<MetricRow> rows = MetricRows.of(allNoise, null);
        for (MetricRow row : rows.subList(0, 3)) {
            assertEquals("undefined (every point is noise)", row.clustered(), row.name());
            assertEquals("undefined (every point is noise)", row.features(), row.name());
            assertEquals("", row.change());
            assertNull(row.improved());
        }
        for (MetricRow row : rows) {
            assertFalse(row.clustered().contains("NaN") || row.clustered().contains("n/a"), row.toString());
        }
    }
}
