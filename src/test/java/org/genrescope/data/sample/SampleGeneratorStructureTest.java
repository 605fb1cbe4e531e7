package org.genrescope.data.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorStructureTest {
    private static final int TRACKS = 3000;
    private static final Pattern LIST_CELL = Pattern.compile("\\[(\\d+(, \\d+)*)?]");
    private static final Pattern DATE = Pattern.compile("\\d{4}-01-01 00:00:00");

    @TempDir
    static Path folder;
    private static SampleSummary summary;
    private static GeneratedSample sample;

    @BeforeAll
    static void generate() throws IOException {
        summary = SampleGenerator.generate(TRACKS, 99, folder, true, false);
        sample = new GeneratedSample(folder);
    }

    @Test
    void headerRowsAreFmas() {
        assertEquals(FmaLayout.tracksHeaderRows(), sample.tracksRows.subList(0, 3));
        assertEquals(FmaLayout.echonestHeaderRows(), sample.echonestRows.subList(0, 4));
        assertEquals(List.of("", "album", "album"), sample.tracksRows.get(0).subList(0, 3));
        assertEquals("genre_top", sample.tracksRows.get(1).get(1 + FmaLayout.TRACK_GENRE_TOP));
        assertEquals("track_id", sample.tracksRows.get(2).get(0));
        assertEquals(List.of("", "audio_features", "audio_features"), sample.echonestRows.get(1).subList(0, 3));
        assertEquals("tempo", sample.echonestRows.get(2).get(7));
        assertEquals("artist_name", sample.echonestRows.get(2).get(14));
        assertEquals(List.of("genre_id", "#tracks", "parent", "title", "top_level"), sample.genresRows.get(0));
    }

    @Test
    void headerRowsMatchTheRealFilesByteForByte() throws IOException {
        Path real = sharedFma().resolve("fma_metadata");
        assertEquals(firstLines(real.resolve("tracks.csv"), 3), firstLines(folder.resolve("tracks.csv"), 3));
        assertEquals(firstLines(real.resolve("echonest.csv"), 4), firstLines(folder.resolve("echonest.csv"), 4));
        assertEquals(firstLines(real.resolve("genres.csv"), 1), firstLines(folder.resolve("genres.csv"), 1));
    }

    @Test
    void everyRowHasFmasColumnCount() throws IOException {
        assertEquals(3 + TRACKS, sample.tracksRows.size());
        assertEquals(4 + TRACKS, sample.echonestRows.size());
        sample.tracksRows.forEach(row -> assertEquals(1 + 52, row.size()));
        sample.echonestRows.forEach(row -> assertEquals(1 + 249, row.size()));
        sample.genresRows.forEach(row -> assertEquals(5, row.size()));
        List<List<String>> features = SimpleCsv.read(folder.resolve(SampleGenerator.FEATURES_FILE));
        assertEquals(4 + TRACKS, features.size());
        features.forEach(row -> assertEquals(1 + 518, row.size()));
    }

    @Test
    void featuresHeaderNamesFeatureStatisticAndNumber() throws IOException {
        List<List<String>> features = SimpleCsv.read(folder.resolve(SampleGenerator.FEATURES_FILE));
        assertEquals(List.of("feature", "chroma_cens", "chroma_cens"), features.get(0).subList(0, 3));
        assertEquals(List.of("statistics", "kurtosis", "kurtosis"), features.get(1).subList(0, 3));
        assertEquals(List.of("number", "01", "02"), features.get(2).subList(0, 3));
        assertEquals("track_id", features.get(3).get(0));
        assertEquals(List.of("zcr", "std", "01"), List.of(features.get(0).get(518), features.get(1).get(518),
                features.get(2).get(518)));
        Map<String, Integer> perFeature = new HashMap<>();
        for (int c = 1; c <= 518; c++) {
            perFeature.merge(features.get(0).get(c), 1, Integer::sum);
        }
        assertEquals(Map.ofEntries(Map.entry("chroma_cens", 84), Map.entry("chroma_cqt", 84),
                Map.entry("chroma_stft", 84), Map.entry("mfcc", 140), Map.entry("rmse", 7),
                Map.entry("spectral_bandwidth", 7), Map.entry("spectral_centroid", 7),
                Map.entry("spectral_contrast", 49), Map.entry("spectral_rolloff", 7), Map.entry("tonnetz", 42),
                Map.entry("zcr", 7)), perFeature);
    }

    @Test
    void featureValuesAreConsistentStatistics() throws IOException {
        List<List<String>> rows = SimpleCsv.read(folder.resolve(SampleGenerator.FEATURES_FILE));
        List<String> feature = rows.get(0);
        List<String> statistic = rows.get(1);
        List<String> number = rows.get(2);
        Map<String, Integer> column = new HashMap<>();
        for (int c = 1; c < feature.size(); c++) {
            column.put(feature.get(c) + "/" + statistic.get(c) + "/" + number.get(c), c);
        }
        for (List<String> row : rows.subList(4, rows.size())) {
            for (int c = 1; c < feature.size(); c++) {
                if (!statistic.get(c).equals("mean")) {
                    continue;
                }
                String key = feature.get(c) + "/%s/" + number.get(c);
                double min = value(row, column, key, "min");
                double max = value(row, column, key, "max");
                double mean = value(row, column, key, "mean");
                double median = value(row, column, key, "median");
                assertTrue(min <= mean && mean <= max && min <= median && median <= max && min < max,
                        () -> "track " + row.get(0) + " " + key);
                assertTrue(value(row, column, key, "std") > 0);
                if (feature.get(c).startsWith("chroma")) {
                    assertTrue(min >= 0 && max <= 1, () -> "chroma outside [0, 1] in track " + row.get(0));
                }
            }
        }
    }

    @Test
    void trackIdsIncreaseAndMatchAcrossFiles() {
        int previous = 0;
        for (GeneratedSample.Track track : sample.tracks) {
            assertTrue(track.id() > previous);
            previous = track.id();
            assertEquals(track.trackCells().get(0), track.echonestCells().get(0));
        }
    }

    @Test
    void genreCellsFollowFmasRules() {
        int emptyGenreTop = 0;
        for (GeneratedSample.Track track : sample.tracks) {
            List<String> cells = track.trackCells();
            assertTrue(LIST_CELL.matcher(cells.get(1 + FmaLayout.TRACK_GENRES)).matches());
            assertTrue(LIST_CELL.matcher(cells.get(1 + FmaLayout.TRACK_GENRES_ALL)).matches());
            assertTrue(track.genresAll().containsAll(track.genres()));
            assertEquals(track.genresAll().size(), new HashSet<>(track.genresAll()).size(), "no duplicates");
            Set<Integer> roots = new LinkedHashSet<>();
            for (int id : track.genresAll()) {
                int parent = sample.parent.get(id);
                assertTrue(parent == 0 || track.genresAll().contains(parent), "ancestors are listed");
                roots.add(sample.topLevel.get(id));
            }
            if (roots.size() > 1) {
                assertEquals("", track.genreTop(), "multi-root tracks have no genre_top");
                emptyGenreTop++;
            } else {
                assertEquals(sample.title.get(roots.iterator().next()), track.genreTop());
                assertEquals(track.genreTop(), track.imputedRoot());
            }
        }
        double share = emptyGenreTop / (double) TRACKS;
        assertTrue(share > 0.22 && share < 0.36, "empty genre_top share " + share + ", FMA has 0.29");
        assertEquals(summary.tracksWithoutGenreTop(), emptyGenreTop);
    }

    @Test
    void genresFileCountsTheGeneratedTracks() {
        Map<Integer, Integer> counted = new HashMap<>();
        for (GeneratedSample.Track track : sample.tracks) {
            track.genresAll().forEach(id -> counted.merge(id, 1, Integer::sum));
        }
        int roots = 0;
        int previousId = 0;
        for (List<String> row : sample.genresRows.subList(1, sample.genresRows.size())) {
            int id = Integer.parseInt(row.get(0));
            assertTrue(id > previousId, "ordered by genre_id");
            previousId = id;
            assertEquals(counted.getOrDefault(id, 0), Integer.parseInt(row.get(1)), "#tracks of " + row.get(3));
            int parent = Integer.parseInt(row.get(2));
            assertTrue(parent == 0 || sample.parent.containsKey(parent), "parent exists");
            if (parent == 0) {
                roots++;
                assertEquals(id, Integer.parseInt(row.get(4)));
            }
        }
        assertEquals(16, roots);
        Map<String, Integer> imputed = new HashMap<>();
        sample.tracks.forEach(track -> imputed.merge(track.imputedRoot(), 1, Integer::sum));
        summary.tracksPerRootGenre().forEach((root, count) -> assertEquals(count, imputed.getOrDefault(root, 0), root));
    }

    @Test
    void otherCellsAreFilledLikeFma() {
        int withoutYear = 0;
        int titlesWithComma = 0;
        int titlesWithQuote = 0;
        for (GeneratedSample.Track track : sample.tracks) {
            List<String> cells = track.trackCells();
            if (track.date().isEmpty()) {
                withoutYear++;
            } else {
                assertTrue(DATE.matcher(track.date()).matches(), track.date());
            }
            assertTrue(Integer.parseInt(cells.get(1 + FmaLayout.TRACK_DURATION)) >= 10);
            Integer.parseInt(cells.get(1 + FmaLayout.ALBUM_ID));
            Integer.parseInt(cells.get(1 + FmaLayout.ARTIST_ID));
            assertEquals("[]", cells.get(1 + FmaLayout.TRACK_TAGS));
            assertEquals("", cells.get(1 + FmaLayout.ARTIST_BIO), "short texts: no bios");
            assertEquals("", cells.get(1 + 30), "set.split stays empty");
            assertEquals("split", sample.tracksRows.get(1).get(1 + 30));
            String album = cells.get(1 + FmaLayout.ALBUM_TITLE);
            String title = cells.get(1 + FmaLayout.TRACK_TITLE);
            titlesWithComma += album.contains(",") || title.contains(",") ? 1 : 0;
            titlesWithQuote += album.contains("\"") || title.contains("\"") ? 1 : 0;
            assertEquals(album, track.echonestCells().get(10), "echonest album_name");
            assertEquals(cells.get(1 + FmaLayout.ARTIST_NAME), track.echonestCells().get(14), "echonest artist_name");
            for (int f = 0; f < 8; f++) {
                double value = track.features()[f];
                assertTrue(f == FittedStatistics.TEMPO ? value > 10 && value < 260 : value >= 0 && value <= 1);
            }
            for (int c = 15; c < 250; c++) {
                assertEquals("", track.echonestCells().get(c));
            }
        }
        double share = withoutYear / (double) TRACKS;
        assertTrue(share > 0.2 && share < 0.38, "share without year " + share + ", FMA has 0.29");
        assertEquals(summary.tracksWithoutYear(), withoutYear);
        assertTrue(titlesWithComma > 20, "titles with commas: " + titlesWithComma);
        assertTrue(titlesWithQuote > 5, "titles with quotes: " + titlesWithQuote);
    }

    static Path sharedFma() {
        String shared = System.getProperty("genrescope.shared");
        Path fma = shared == null ? null : Path.of(shared, "fma");
        Assumptions.assumeTrue(fma != null && Files.isDirectory(fma),
                "real FMA data not found (system property genrescope.shared -> ../shared/fma); skipping");
        return fma;
    }

    private static List<String> firstLines(Path file, int count) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.limit(count).toList();
        }
    }

    private static double value(List<String> row, Map<String, Integer> column, String key, String statistic) {
        return Double.parseDouble(row.get(column.get(String.format(java.util.Locale.ROOT, key, statistic))));
    }
}
