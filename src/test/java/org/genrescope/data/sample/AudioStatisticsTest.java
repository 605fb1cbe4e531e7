package org.genrescope.data.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated audio features must reproduce the per-genre statistics fitted to the real tracks. */
class AudioStatisticsTest {
    private static final int TRACKS = 20_000;
    private static final int ENOUGH_TRACKS = 200;
    private static final int ENOUGH_FOR_CORRELATIONS = 2000;

    @TempDir
    static Path folder;
    private static final Map<String, List<double[]>> featuresByRoot = new HashMap<>();
    private static final FittedStatistics fitted = FittedStatistics.get();

    @BeforeAll
    static void generate() throws IOException {
        SampleGenerator.generate(TRACKS, 4242, folder, false, false);
        for (GeneratedSample.Track track : new GeneratedSample(folder).tracks) {
            featuresByRoot.computeIfAbsent(track.imputedRoot(), root -> new ArrayList<>()).add(track.features());
        }
    }

    @Test
    void genreSharesFollowTheRealOnes() {
        int realTotal = fitted.roots().stream().mapToInt(FittedStatistics.RootModel::realTracks).sum();
        for (FittedStatistics.RootModel root : fitted.roots()) {
            double expected = root.realTracks() / (double) realTotal;
            double actual = featuresByRoot.getOrDefault(root.genre().title(), List.of()).size() / (double) TRACKS;
            // albums share a genre, which inflates the variance about ninefold over independent tracks
            double tolerance = 5 * Math.sqrt(expected * (1 - expected) * 9 / TRACKS) + 0.002;
            assertEquals(expected, actual, tolerance, root.genre().title());
        }
    }

    @Test
    void perGenreMeansAndSpreadsMatchTheFittedConstants() {
        int checked = 0;
        for (FittedStatistics.RootModel root : fitted.roots()) {
            List<double[]> rows = featuresByRoot.getOrDefault(root.genre().title(), List.of());
            if (rows.size() < ENOUGH_TRACKS) {
                continue;
            }
            checked++;
            for (int f = 0; f < FittedStatistics.FEATURE_COUNT; f++) {
                double[] moments = moments(rows, f);
                double sd = root.sd()[f];
                String what = root.genre().title() + " " + fitted.featureNames().get(f);
                // four standard errors, plus a little for the quantile function's interpolation
                double tolerance = 4 * sd / Math.sqrt(rows.size()) + 0.03 * sd;
                assertEquals(root.mean()[f], moments[0], tolerance, what + " mean");
                // the sample sd of heavy-tailed features (Classical acousticness) varies a lot: its standard
                // error is about sqrt((kurtosis - 1) / n) / 2 of the sd
                double sdTolerance = 4 * Math.sqrt((moments[2] - 1) / rows.size()) / 2 + 0.07;
                assertEquals(1.0, moments[1] / sd, sdTolerance, what + " standard deviation ratio");
            }
        }
        assertTrue(checked >= 7, "only " + checked + " genres had enough tracks");
    }

    @Test
    void correlationsOfLargeGenresFollowTheRealOnes() {
        for (FittedStatistics.RootModel root : fitted.roots()) {
            List<double[]> rows = featuresByRoot.getOrDefault(root.genre().title(), List.of());
            if (rows.size() < ENOUGH_FOR_CORRELATIONS) {
                continue;
            }
            double sumDifference = 0;
            int pairs = 0;
            for (int i = 1; i < FittedStatistics.FEATURE_COUNT; i++) {
                for (int j = 0; j < i; j++) {
                    double difference = Math.abs(correlation(rows, i, j) - root.correlation()[pairs]);
                    assertTrue(difference < 0.25, root.genre().title() + " correlation " + i + "," + j
                            + " off by " + difference);
                    sumDifference += difference;
                    pairs++;
                }
            }
            assertTrue(sumDifference / pairs < 0.07, root.genre().title() + " mean correlation error "
                    + sumDifference / pairs);
        }
    }

    @Test
    void unitIntervalFeaturesStayInside() {
        featuresByRoot.values().forEach(rows -> rows.forEach(row -> {
            for (int f = 0; f < FittedStatistics.FEATURE_COUNT; f++) {
                if (f != FittedStatistics.TEMPO) {
                    assertTrue(row[f] >= 0 && row[f] <= 1);
                }
            }
        }));
    }

    private static double[] moments(List<double[]> rows, int feature) {
        double sum = 0;
        for (double[] row : rows) {
            sum += row[feature];
        }
        double mean = sum / rows.size();
        double squares = 0;
        double fourths = 0;
        for (double[] row : rows) {
            double deviation = row[feature] - mean;
            squares += deviation * deviation;
            fourths += deviation * deviation * deviation * deviation;
        }
        double secondMoment = squares / rows.size();
        double kurtosis = fourths / rows.size() / (secondMoment * secondMoment);
        return new double[] {mean, Math.sqrt(squares / (rows.size() - 1)), kurtosis};
    }

    private static double correlation(List<double[]> rows, int a, int b) {
        double[] ma = moments(rows, a);
        double[] mb = moments(rows, b);
        double sum = 0;
        for (double[] row : rows) {
            sum += (row[a] - ma[0]) * (row[b] - mb[0]);
        }
        return sum / (rows.size() - 1) / (ma[1] * mb[1]);
    }
}
