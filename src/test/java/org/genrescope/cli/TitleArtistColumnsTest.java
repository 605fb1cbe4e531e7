package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --title-column and --artist-column (issue 10): a Spotify table's titles and artists reach the outputs. */
class TitleArtistColumnsTest {
    private static Path kaggle() {
        try {
            return Path.of(TitleArtistColumnsTest.class.getResource("/cases/kaggle-spotify-layout/dataset.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CommandRun cluster(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("cluster", "--input", kaggle().toString(), "--out",
                out.toString(), "--cleaned-csv", "--recipe", "plain", "--representation", "features", "--k", "3",
                "--restarts", "2", "--projection", "none"));
        args.addAll(Arrays.asList(more));
        return CommandRun.of(args.toArray(new String[0]));
    }

    /** The first track's cell of {@code column} in cleaned.csv. */
    private static String firstTrack(Path out, String column) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.setLineSeparatorDetectionEnabled(true);
        List<String[]> rows = new CsvParser(settings).parseAll(out.resolve("cleaned.csv").toFile(), "UTF-8");
        return rows.get(1)[Arrays.asList(rows.get(0)).indexOf(column)];
    }

    @Test
    void theKaggleLayoutsTitleAndArtistAreDetected(@TempDir Path out) throws IOException {
        CommandRun run = cluster(out);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Track \"0\"", firstTrack(out, "title"));
        assertEquals("Singer 0;Guest 0", firstTrack(out, "artist"));
    }

    @Test
    void theOptionsChooseOtherColumnsAndTheReportNamesThem(@TempDir Path out) throws IOException {
        CommandRun run = cluster(out, "--title-column", "album_name", "--artist-column", "track_name");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Album, vol. 0", firstTrack(out, "title"));
        assertEquals("Track \"0\"", firstTrack(out, "artist"));
        String settings = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("settings").toString();
        assertTrue(settings.contains("\"title_column\":\"album_name\""), settings);
        assertTrue(settings.contains("\"artist_column\":\"track_name\""), settings);
    }

    @Test
    void anUnknownTitleColumnIsOneSentenceNamingTheSetting(@TempDir Path out) {
        CommandRun run = cluster(out, "--title-column", "song");
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("setting 'title_column': 'song' matches no column"), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("title_column")).count(), run.err());
    }
}
