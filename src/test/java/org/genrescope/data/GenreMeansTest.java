package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

class GenreMeansTest {

    static TrackTable table(String[] genres, double[] features, List<String> names) {
        int n = genres.length;
        long[] ids = new long[n];
        Arrays.setAll(ids, i -> i + 1);
        CleaningReport report = new CleaningReport(n, n, Map.of(), Map.of(), 0, Map.of());
        return new TrackTable("flat-csv", names, ids, features, genres, new String[n], new String[n], new String[n],
                new int[n], report);
    }

    @Test
    void meansAndCountsPerGenreByHandLeavingOutUnkeptAndUnlabelledRows() {
        TrackTable t = table(new String[] {"B", "A", "B", null, "A", "B"},
                new double[] {1, 10, 2, 20, 3, 30, 100, 100, 4, 40, 1000, 1000}, List.of("x", "y"));
        GenreMeans m = GenreMeans.of(t, new boolean[] {true, true, true, true, true, false});
        assertEquals(List.of("A", "B"), m.genres());
        assertArrayEquals(new long[] {2, 2}, m.counts());
        assertArrayEquals(new double[] {3, 30}, m.meansOf(0), 1e-15); // (2 + 4) / 2, (20 + 40) / 2
        assertArrayEquals(new double[] {2, 20}, m.meansOf(1), 1e-15); // (1 + 3) / 2, row 5 not kept
        assertEquals(20, m.mean(1, 1), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> GenreMeans.of(t, new boolean[2]));
        assertEquals(List.of(), GenreMeans.of(t, new boolean[6]).genres());
    }

    @Test
    void theSampleAgreesWithAPlainSumOverEachGenre() throws Exception {
        TrackTable t = DataLoader.load(SharedData.sample(), ImportOptions.defaults(), ProgressListener.NONE,
                CancellationToken.NEVER);
        boolean[] keep = new boolean[t.rows()];
        Arrays.fill(keep, true);
        GenreMeans m = GenreMeans.of(t, keep);
        int d = t.featureNames().size();
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < t.rows(); i++) {
            double[] s = sums.computeIfAbsent(t.genres()[i], g -> new double[d]);
            for (int j = 0; j < d; j++) {
                s[j] += t.features()[i * d + j];
            }
            counts.merge(t.genres()[i], 1L, Long::sum);
        }
        assertEquals(new ArrayList<>(sums.keySet()), m.genres());
        for (int g = 0; g < m.genres().size(); g++) {
            String genre = m.genres().get(g);
            assertEquals(counts.get(genre), m.counts()[g], genre);
            for (int j = 0; j < d; j++) {
                double want = sums.get(genre)[j] / counts.get(genre);
                assertEquals(want, m.mean(g, j), 1e-12 * Math.abs(want), genre + " " + t.featureNames().get(j));
            }
        }
    }

    @Test
    void theMeansAreTablesawsGroupByToTheBitWithMissingValuesAndAccentedNames() {
        Random random = new Random(27);
        String[] names = {"Rock", "rock", "Électronique", "Folk", "Hip-Hop", "Ambient"};
        int n = 5000;
        int d = 4;
        String[] genres = new String[n];
        double[] features = new double[n * d];
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            genres[i] = random.nextInt(20) == 0 ? null : names[random.nextInt(names.length)];
            keep[i] = random.nextInt(10) != 0;
            for (int j = 0; j < d; j++) {
                // values of very different sizes, so that the order of the sums and the residual pass show
                features[i * d + j] = j == 3 && random.nextInt(7) == 0 ? Double.NaN
                        : (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(12) - 4);
            }
        }
        // one genre whose last feature is missing on every kept row: no mean, NaN as Tablesaw gives
        for (int i = 0; i < n; i++) {
            if ("Ambient".equals(genres[i])) {
                features[i * d + 3] = Double.NaN;
            }
        }
        TrackTable t = table(genres, features, List.of("a", "b", "c", "d"));
        GenreMeans m = GenreMeans.of(t, keep);
        Map<String, double[]> want = TablesawGenreMeans.of(t, keep);
        assertEquals(new ArrayList<>(want.keySet()), m.genres());
        for (int g = 0; g < m.genres().size(); g++) {
            double[] expected = want.get(m.genres().get(g));
            for (int j = 0; j < d; j++) {
                assertEquals(Double.doubleToLongBits(expected[j]), Double.doubleToLongBits(m.mean(g, j)),
                        m.genres().get(g) + " feature " + j + ": " + expected[j] + " vs " + m.mean(g, j));
            }
        }
        assertTrue(Double.isNaN(m.mean(m.genres().indexOf("Ambient"), 3)));
        long rockRows = 0;
        for (int i = 0; i < n; i++) {
            rockRows += keep[i] && "Rock".equals(genres[i]) ? 1 : 0;
        }
        assertEquals(rockRows, m.counts()[m.genres().indexOf("Rock")]); // tracks, whatever is missing
    }
}
