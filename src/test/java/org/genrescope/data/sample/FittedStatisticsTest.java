package org.genrescope.data.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FittedStatisticsTest {
    private final FittedStatistics fitted = FittedStatistics.get();

    @Test
    void resourceDescribesSixteenRootsWithSaneModels() {
        assertEquals(FmaLayout.AUDIO_FEATURES, fitted.featureNames());
        assertEquals(16, fitted.roots().size());
        for (FittedStatistics.RootModel root : fitted.roots()) {
            assertTrue(root.genre().isRoot());
            assertTrue(root.multiRootFraction() >= 0 && root.multiRootFraction() <= 1);
            for (double[] knots : root.quantiles()) {
                for (int k = 1; k < knots.length; k++) {
                    assertTrue(knots[k] >= knots[k - 1], "quantiles ascend");
                }
            }
            double[] lower = root.choleskyLower();
            int offset = 0;
            for (int i = 0; i < FittedStatistics.FEATURE_COUNT; i++) {
                double rowNorm = 0;
                for (int k = 0; k <= i; k++) {
                    rowNorm += lower[offset + k] * lower[offset + k];
                }
                offset += i + 1;
                assertEquals(1.0, rowNorm, 1e-9, "a correlation matrix has a unit diagonal");
            }
        }
    }

    @Test
    void meansAreTheRealDatasMeans() throws IOException {
        Path musicData = SampleGeneratorStructureTest.sharedFma().resolve("music_data.csv");
        List<List<String>> rows = SimpleCsv.read(musicData);
        List<String> header = rows.get(0);
        int genreColumn = header.indexOf("genres_top");
        Map<String, double[]> sums = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            double[] sum = sums.computeIfAbsent(row.get(genreColumn), g -> new double[8]);
            for (int f = 0; f < 8; f++) {
                sum[f] += Double.parseDouble(row.get(header.indexOf(fitted.featureNames().get(f))));
            }
            counts.merge(row.get(genreColumn), 1, Integer::sum);
        }
        for (FittedStatistics.RootModel root : fitted.roots()) {
            String title = root.genre().title();
            assertEquals(counts.get(title), root.realTracks(), title);
            for (int f = 0; f < 8; f++) {
                assertEquals(sums.get(title)[f] / counts.get(title), root.mean()[f], 1e-9 * (1 + root.mean()[f]),
                        title + " " + fitted.featureNames().get(f) + ": rerun src/tools/fit_sample_statistics.py");
            }
        }
    }
}
