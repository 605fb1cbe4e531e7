package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.plot.PngExporter;
import org.genrescope.plot.ScatterFigure;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every exported figure of the seed recipe on the real FMA data at k = 16, and the cluster scatter at k = 30,
 * into target/figure-samples/ for a person to look at; checks the file names and that the contingency's
 * numbers are the table's. Skipped without the shared data.
 */
class RealDataFiguresTest {

    private static AnalysisResult run(Path input, int k) throws Exception {
        return new Pipeline(2, IsolatedAutoencoderTrainer.shared()).run(Recipe.SEED.config(input).with("restarts", 1)
                .with("k", k).with("representation", Representation.FEATURES).with("projection", ProjectionMethod.PCA),
                ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void exportAllAtSixteenClustersAndTheScatterAtThirty() throws Exception {
        Path input = SharedData.require("fma/music_data.csv");
        Path folder = Files.createDirectories(Path.of("target", "figure-samples"));
        AnalysisResult k16 = run(input, 16);
        DataSet data = DataSet.of(k16, false);
        List<Path> written = Exports.all(k16, data, folder.resolve("k16"), Exports.Size.DEFAULT, ProgressListener.NONE,
                CancellationToken.NEVER);
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.contains("cluster-profiles-tempo.png"), names.toString());
        assertTrue(names.contains("genres-vs-clusters.svg"), names.toString());
        assertTrue(names.contains("distributions-by-genre.png"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.matches("cluster-profiles-[0-9].*")), names.toString());

        // The window's size: the heatmap gets about 58% of a 1280-pixel window.
        HeatmapFigure heatmap = ResultFigures.contingency(k16, data.caption());
        PngExporter.write(heatmap, folder.resolve("k16-window-heatmap.png"), 700, 620, 96);
        PngExporter.write(ResultFigures.contingency(k16, data.caption(), false), folder.resolve("k16-unordered.png"),
                1200, 800, 96);
        // Every count drawn is the table's count of that genre and cluster.
        var table = k16.contingency();
        for (int r = 0; r < heatmap.rows(); r++) {
            int genre = k16.genreNames().indexOf(heatmap.rowLabels().get(r));
            for (int c = 0; c < heatmap.columns(); c++) {
                int cluster = Integer.parseInt(heatmap.columnLabels().get(c));
                int count = 0;
                long total = 0;
                for (int i = 0; i < k16.rows(); i++) {
                    if (k16.genreCodes()[i] == genre) {
                        total++;
                        count += k16.clustering().labels()[i] == cluster ? 1 : 0;
                    }
                }
                assertEquals(String.format(java.util.Locale.ROOT, "%,d", count), heatmap.text(r, c).split("\n")[0]);
                assertEquals(100.0 * count / total, heatmap.value(r, c), 1e-9);
            }
        }
        assertEquals(table.classCount(), heatmap.rows());

        AnalysisResult k30 = run(input, 30);
        ScatterFigure scatter = ResultFigures.scatter(k30, ResultFigures.ColourBy.CLUSTER, data.caption());
        assertEquals(30, scatter.directLabels().size());
        PngExporter.write(scatter, folder.resolve("k30-scatter.png"), 1400, 900, 96);
        PngExporter.write(ResultFigures.scatter(k16, ResultFigures.ColourBy.GENRE, data.caption()),
                folder.resolve("k16-genres-scatter.png"), 1400, 900, 96);
        PngExporter.write(ResultFigures.distributions(data, ResultFigures.summaries(data, false), false,
                ResultFigures.Split.FACETED, true, data.caption()), folder.resolve("faceted-share.png"), 1400, 900, 96);
    }
}
