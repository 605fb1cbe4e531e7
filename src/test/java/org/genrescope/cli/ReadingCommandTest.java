package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading cases of issue 9 through the command line: the right outcome, the dialect in report.json. */
class ReadingCommandTest {

    private static final String[] FAST = {"--recipe", "plain", "--representation", "features", "--k", "3",
        "--restarts", "2", "--projection", "none"};

    private static Path caseFile(String name) {
        try {
            return Path.of(ReadingCommandTest.class.getResource("/cases/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CommandRun cluster(Path input, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("cluster", "--input", input.toString(), "--out",
                out.toString()));
        args.addAll(List.of(FAST));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(new String[0]));
    }

    private static JsonNode cleaning(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("cleaning");
    }

    @Test
    void semicolonDecimalCommaLoadsAndTheReportNamesTheDialect(@TempDir Path out) throws IOException {
        CommandRun run = cluster(caseFile("semicolon-decimal-comma/tracks.csv"), out);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode c = cleaning(out);
        assertEquals(30, c.get("rows_kept_after_cleaning").asInt());
        assertEquals("UTF-8 with BOM", c.get("encoding").asText());
        assertEquals("semicolon", c.get("delimiter").asText());
        assertEquals("comma", c.get("decimal_mark").asText());
        assertTrue(run.err().contains("read as UTF-8 with BOM, semicolon-separated, decimal comma"), run.err());
    }

    @Test
    void tabSeparatedLoads(@TempDir Path out) throws IOException {
        CommandRun run = cluster(caseFile("tab-separated/tracks.tsv"), out);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(30, cleaning(out).get("rows_kept_after_cleaning").asInt());
        assertEquals("tab", cleaning(out).get("delimiter").asText());
    }

    @Test
    void windows1252LoadsWithItsGenreNamesAndTheEncodingInTheReport(@TempDir Path out) throws IOException {
        CommandRun run = cluster(caseFile("windows-1252/tracks.csv"), out);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode c = cleaning(out);
        assertEquals("windows-1252", c.get("encoding").asText());
        assertTrue(c.get("genre_counts_loaded").has("\u00c9lectronique"), c.toString());
        String assignments = Files.readString(out.resolve("assignments.csv"));
        assertTrue(assignments.contains("\u00c9lectronique"), "UTF-8 out, read right");

        CommandRun forced = cluster(caseFile("windows-1252/tracks.csv"), out.resolve("forced"), "--encoding", "utf-8");
        assertEquals(2, forced.exitCode(), forced.err());
        assertTrue(forced.errorLine().contains("is not UTF-8 text"), forced.err());
    }

    @Test
    void kaggleSpotifyLayoutKeepsTextIdsItsLabelAndTheFirstRowOfEachId(@TempDir Path out) throws IOException {
        CommandRun run = cluster(caseFile("kaggle-spotify-layout/dataset.csv"), out, "--cleaned-csv");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode c = cleaning(out);
        assertEquals(60, c.get("rows_read").asInt());
        assertEquals(50, c.get("rows_kept_after_cleaning").asInt());
        assertEquals(10, c.get("dropped").get("repeated id").asInt());
        assertEquals(10, c.get("dropped_rows").size());
        assertTrue(c.get("notes").toString().contains("track_genre"), c.toString());
        assertTrue(run.err().contains("warning: 10 rows repeat the id"), run.err());
        List<String> assignments = Files.readAllLines(out.resolve("assignments.csv"));
        assertTrue(assignments.get(1).startsWith("7NWpa6pNFbjJYIw8b1A2B0,acoustic,"), assignments.get(1));
        assertTrue(Files.readAllLines(out.resolve("cleaned.csv")).get(1).startsWith("7NWpa6pNFbjJYIw8b1A2B0,"));
    }

    @Test
    void theSeedRecipesGenreStepsLeaveOtherLabelsAloneAndSaySo(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("cluster", "--input", caseFile("kaggle-spotify-layout/dataset.csv").toString(),
                "--out", out.toString(), "--representation", "features", "--k", "3", "--restarts", "2",
                "--projection", "none");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode grouping = cleaning(out).get("grouping");
        assertEquals(0, grouping.get("reassigned").size(), grouping.toString());
        assertEquals(grouping.get("counts_before"), grouping.get("counts_after"));
        assertTrue(run.err().contains("note: the seed recipe's genre steps"), run.err());

        StringBuilder unbalanced = new StringBuilder("id,x,y,style_genre\n");
        String[] genres = {"a", "a", "a", "a", "a", "b", "b", "b", "b", "c", "c", "d"};
        for (int i = 0; i < genres.length; i++) {
            unbalanced.append(i).append(',').append(i % 5).append(',').append(i % 3).append(',').append(genres[i])
                    .append('\n');
        }
        Path csv = Files.writeString(out.resolve("unbalanced.csv"), unbalanced);
        CommandRun asked = cluster(csv, out.resolve("asked"), "--club-minor-genres");
        assertEquals(0, asked.exitCode(), asked.err());
        assertTrue(asked.err().contains("note: minor genres clubbed into the nearest major genre:"), asked.err());
    }

    @Test
    void anOverflowingValueIsRefusedNamingFileLineAndColumn(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(caseFile("huge-values/tracks.csv"));
        Path csv = dir.resolve("over.csv");
        Files.write(csv, List.of(lines.get(0), lines.get(1), lines.get(4).replace("1.5e+308", "1.5e+309")));
        CommandRun run = cluster(csv, dir.resolve("out"));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("genrescope: " + csv + ", line 3, column 'tempo': \"1.5e+309\" is too large.", run.errorLine());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void theHugeValuesCaseIsRefusedNamingFileLineAndColumnNeverExit1(@TempDir Path out) {
        Path huge = caseFile("huge-values/tracks.csv");
        for (String scaling : List.of("standard", "none")) {
            CommandRun run = cluster(huge, out.resolve(scaling), "--scaling", scaling);
            assertEquals(2, run.exitCode(), run.err());
            assertEquals("genrescope: " + huge + ", line 5, column 'tempo': \"1.5e+308\" is too large to analyse "
                    + "(beyond \u00b11e100, where scaling overflows); correct it, or leave the column out of the features "
                    + "with --features.", run.errorLine());
            assertFalse(run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void severalGenreColumnsExitWith2NamingThemAndLabel(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("two.csv"), "id,x,y,genre_a,genre_b\n1,0.5,1,a,b\n2,0.7,2,c,d\n"
                + "3,0.1,3,a,b\n");
        CommandRun run = cluster(csv, dir.resolve("out"));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.errorLine().contains("genre_a, genre_b") && run.errorLine().contains("--label"), run.err());
        assertEquals(0, cluster(csv, dir.resolve("out"), "--label", "genre_b").exitCode());
    }

    @Test
    void aHeaderWithoutRowsSaysExactlyThat(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("empty.csv"), "track_id;tempo;genre\r\n");
        CommandRun run = cluster(csv, dir.resolve("out"));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("genrescope: " + csv + ": the file has a header row but no data rows.", run.errorLine());
    }
}
