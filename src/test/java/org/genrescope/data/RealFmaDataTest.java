package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real FMA data in ../shared/fma (system property genrescope.shared); skipped when absent. */
class RealFmaDataTest {

    private static final int TRACKS = 13_129;

    private Path fma;

    /** Per test, not per class, so a run without the data lists each test as skipped with the reason. */
    @BeforeEach
    void findData() {
        String shared = System.getProperty("genrescope.shared");
        fma = shared == null ? null : Path.of(shared, "fma");
        assumeTrue(fma != null && Files.isDirectory(fma.resolve("fma_metadata"))
                        && Files.isRegularFile(fma.resolve("music_data.csv")),
                "skipped: the real FMA data is not at ${genrescope.shared}/fma (set -Dgenrescope.shared)");
    }

    private static TrackTable load(Path path) throws DataLoadException {
        return DataLoader.load(path, ImportOptions.defaults(), ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void theFolderGivesTheStudysTracksWithImputedTopGenres() throws Exception {
        TrackTable table = load(fma.resolve("fma_metadata"));

        assertEquals(TRACKS, table.rows());
        assertEquals(8, table.featureNames().size());
        assertEquals(3_774, table.report().genreTopImputed());
        assertEquals(Map.of(), table.report().droppedByReason());
        assertEquals(genresTopCountsOfMusicData(), table.report().genreCountsLoaded());
    }

    @Test
    void musicDataCsvGivesTheSameTracksFeaturesAndGenresAsTheFolder() throws Exception {
        TrackTable folder = load(fma.resolve("fma_metadata"));
        TrackTable flat = load(fma.resolve("music_data.csv"));

        assertEquals(ImportOptions.AUDIO_FEATURES, flat.featureNames());
        assertArrayEquals(folder.trackIds(), flat.trackIds());
        assertArrayEquals(folder.features(), flat.features());
        assertArrayEquals(folder.genres(), flat.genres());
        assertArrayEquals(folder.years(), flat.years());
        assertArrayEquals(folder.artists(), flat.artists());
    }

    @Test
    void theGenreTreeHasSixteenRoots() throws Exception {
        GenreTree tree = GenreTree.read(fma.resolve("fma_metadata/genres.csv"), ProgressListener.NONE,
                CancellationToken.NEVER);

        assertEquals(16, tree.rootCount());
        assertEquals("Hip-Hop", tree.rollUp(new long[] {542, 286, 21}));
        assertEquals("Electronic", tree.rollUp(new long[] {542, 21, 286, 15}));
    }

    /** Counted with a plain univocity parser, independently of the readers under test. */
    private Map<String, Long> genresTopCountsOfMusicData() throws Exception {
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(true);
        settings.setMaxCharsPerColumn(-1);
        CsvParser parser = new CsvParser(settings);
        Map<String, Long> counts = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(fma.resolve("music_data.csv"), StandardCharsets.UTF_8)) {
            parser.beginParsing(reader);
            int column = List.of(parser.getContext().parsedHeaders()).indexOf("genres_top");
            for (String[] row = parser.parseNext(); row != null; row = parser.parseNext()) {
                counts.merge(row[column], 1L, Long::sum);
            }
        }
        return counts;
    }
}
