package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.genrescope.analysis.report.ReportJson;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * A silhouette computed on a sample says so, with the sample's size and seed, in report.json and in its row (a
 * short "(sampled)" after the name, the sample in the row's note and tooltip; issue 13, item 5; ADR 0015); an exact
 * one says nothing. A limit of 500 points stands in for the default
 * 20,000, which the same code applies.
 */
class SampledSilhouetteStatementTest {

    @Test
    void aSampledSilhouetteStatesItsSampleAndSeedInTheReportAndItsRow() throws Exception {
        AnalysisConfig config = Recipe.PLAIN.config(SharedData.sample()).with("representation", Representation.PCA)
                .with("projection", ProjectionMethod.NONE).with("seed", 7L).with("k", 3);
        AnalysisResult exact = new Pipeline(2, IsolatedAutoencoderTrainer.shared()).run(config, ProgressListener.NONE,
                CancellationToken.NEVER);
        int n = exact.rows();
        assertEquals("", exact.clusteringSpace().silhouetteSampleNote(7));
        assertEquals(null, space(exact, "clustering_space").get("silhouette_sample_seed"));

        // the scoring the pipeline uses, with a limit below the sample data's size (the default is 20,000)
        int limit = 500;
        java.util.List<String> warnings = new java.util.ArrayList<>();
        InternalScores sampled = new ClusterScoring(2, 7L, limit).internal(exact.representation(),
                exact.clustering(), warnings, "clustered space");
        assertEquals(java.util.List.of(String.format(java.util.Locale.ROOT,
                "silhouette computed on a sample of 500 of %,d points, seed 7", n)), warnings);
        assertEquals(String.format(java.util.Locale.ROOT, "sample of 500 of %,d points, seed 7", n),
                sampled.silhouetteSampleNote(7));
        var z = exact.representation();
        var direct = InternalMetrics.sampledSilhouette(z.values(), n, z.columns(), exact.clustering().labels(), 1,
                limit, 7L, ProgressListener.NONE, CancellationToken.NEVER);
        assertTrue(direct.sampled());
        assertEquals(direct.value(), sampled.silhouette(), 0.0, "the stated sample is the one scored");

        AnalysisResult withSample = new AnalysisResult(exact.config(), exact.input(), exact.cleaning(),
                exact.grouping(), exact.tracks(), exact.genreNames(), exact.genreCodes(), exact.scaled(),
                exact.scaler(), exact.representation(), exact.decoder(), exact.clustering(), sampled,
                exact.featureSpace(), exact.vsGenre(), exact.contingency(), exact.autoencoder(),
                exact.modelCentroids(), exact.projection(), exact.timingsMs(), exact.warnings(), exact.reusedStages());
        Map<?, ?> clustered = space(withSample, "clustering_space");
        assertEquals(true, clustered.get("silhouette_sampled"));
        assertEquals(7L, ((Number) clustered.get("silhouette_sample_seed")).longValue());
        assertEquals(500, clustered.get("silhouette_points"));
        assertEquals(n, clustered.get("points_scored"));
        // the row's name stays short (the panel keeps its width at a million tracks); its note, shown in its
        // tooltip, gives the sample
        org.genrescope.ui.MetricRow row = org.genrescope.ui.MetricRows.of(withSample, null).stream()
                .filter(r -> r.name().startsWith("Silhouette")).findFirst().orElseThrow();
        assertEquals("Silhouette (sampled)", row.name());
        String stated = String.format(java.util.Locale.ROOT, "Computed on a sample of 500 of %,d points, seed 7.", n);
        assertEquals(stated, row.note());
        assertTrue(row.tooltip().endsWith("\n" + stated), row.tooltip());
        // an exact silhouette has neither
        org.genrescope.ui.MetricRow plain = org.genrescope.ui.MetricRows.of(exact, null).get(0);
        assertEquals("Silhouette", plain.name());
        assertEquals("", plain.note());
    }

    private static Map<?, ?> space(AnalysisResult r, String name) {
        return (Map<?, ?>) ((Map<?, ?>) ReportJson.toMap(r).get("metrics")).get(name);
    }
}
