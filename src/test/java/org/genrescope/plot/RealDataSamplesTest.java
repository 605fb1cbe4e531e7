package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The study's seed recipe on the real FMA data, drawn as the workbench will draw it (PCA scatter by genre,
 * genres x clusters heatmap, centroid bars, feature histograms), into target/plot-samples/ for a person to
 * look at. Only tests may use the analysis layer; the plot package itself gets plain arrays.
 */
class RealDataSamplesTest {

    @Test
    void seedRecipeFiguresRender() throws Exception {
        Path input = SharedData.require("fma/music_data.csv");
        AnalysisResult result = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(Recipe.SEED.config(input).with("restarts", 1)
                .with("representation", org.genrescope.analysis.Representation.FEATURES).with("projection", ProjectionMethod.PCA), ProgressListener.NONE, CancellationToken.NEVER);
        Path folder = Files.createDirectories(Path.of("target", "plot-samples"));
        int n = result.rows();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = result.projection().x(i);
            y[i] = result.projection().y(i);
        }
        ScatterFigure scatter = ScatterFigure.of(ScatterData.of(x, y, result.genreCodes()), result.genreNames())
                .withTitle("Seed recipe: " + n + " tracks on the first two principal components")
                .withAxisLabels("PC 1", "PC 2").withCaption(SampleFigures.CREDIT).withPointStyle(4, 0.6);
        PngExporter.write(scatter, folder.resolve("real-scatter.png"), 1280, 800, 96);
        SvgExporter.write(scatter, folder.resolve("real-scatter.svg"), 1280, 800);

        ContingencyTable table = result.contingency();
        int[][] counts = new int[table.classCount()][table.clusterCount()];
        List<String> clusters = new ArrayList<>();
        for (int j = 0; j < table.clusterCount(); j++) {
            clusters.add("Cluster " + table.clusters()[j]);
        }
        for (int i = 0; i < table.classCount(); i++) {
            for (int j = 0; j < table.clusterCount(); j++) {
                counts[i][j] = table.count(i, j);
            }
        }
        List<String> genres = new ArrayList<>();
        for (int code : table.truthClasses()) {
            genres.add(result.genreNames().get(code));
        }
        PngExporter.write(HeatmapFigure.contingency("Genres across K-Means clusters (k = 8)", genres, clusters, counts,
                "Cluster", "Genre", SampleFigures.CREDIT), folder.resolve("real-heatmap.png"), 1280, 800, 96);

        FeatureMatrix scaled = result.scaled();
        double[] centroids = result.clustering().centroidsOrNull();
        int k = result.clustering().clusterCount();
        int d = result.representation().columns();
        double[][] bars = new double[k][d];
        for (int c = 0; c < k; c++) {
            for (int f = 0; f < d; f++) {
                bars[c][f] = centroids[c * d + f];
            }
        }
        PngExporter.write(BarFigure.of("Cluster centroids", result.representation().featureNames(), clusters, bars,
                "scaled value").withCaption(SampleFigures.CREDIT), folder.resolve("real-bars.png"), 1280, 800, 96);

        List<HistogramPanel> panels = new ArrayList<>();
        for (int f = 0; f < scaled.columns(); f++) {
            panels.add(HistogramPanel.of(scaled.featureNames().get(f), scaled.column(f), result.genreCodes(),
                    result.genreNames().size(), 40, List.of()));
        }
        PngExporter.write(new HistogramFigure("Scaled features by genre", panels, result.genreNames(),
                        Palette.categoricalList(result.genreNames().size()), HistogramFigure.GroupDisplay.OVERLAID,
                        SampleFigures.CREDIT), folder.resolve("real-histograms.png"), 1600, 1000, 96);
        assertEquals(n, scatter.data().size());
    }
}
