package org.genrescope.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.cli.CliRun;
import org.genrescope.data.DataLoadException;
import org.genrescope.data.DataLoader;
import org.genrescope.data.ImportOptions;
import org.genrescope.data.TrackTable;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The robustness corpus (issue 9, "Robustness suite"): odd and malformed inputs under
 * {@code src/test/resources/robustness}, each run through the command line and through the workbench's loader
 * ({@link Pipeline#prepare}, which calls {@link DataLoader#load}). Each either loads (exit 0) or is refused with
 * exit 2 and one line naming the file (and line and column where there is one); never exit 1, never a stack
 * trace. {@code docs/robustness.md} lists the same inputs with what Genrescope does.
 */
class RobustnessCorpusTest {
    static final Path ROOT = Path.of("src/test/resources/robustness");

    /** What Genrescope does with an input. */
    enum Outcome {
        /** Loads and clusters (exit 0). */
        LOADS,
        /** The reader refuses it: a DataLoadException, exit 2. */
        REFUSED,
        /**
         * The reader reads it, but cleaning leaves fewer than 2 tracks: the pipeline refuses it with a
         * DataLoadException naming the file and what cleaning dropped, exit 2.
         */
        TOO_FEW_TRACKS
    }

    private static final AutoencoderTraining NO_TRAINING = (x, n, d, config, progress, epochs, cancel) -> {
        throw new AssertionError("no autoencoder should be trained");
    };

    /** Every input of the corpus: name, outcome, a phrase of the message, and where it points ("" for no line). */
    static Stream<Arguments> corpus() {
        return Stream.of(
                loads("valid.csv"),
                refused("empty.csv", "the file is empty, with no header row", ""),
                refused("bom-only.csv", "the file is empty, with no header row", ""),
                refused("header-only-whitespace.csv", "the file is empty, with no header row", ""),
                refused("header-only.csv", "the file has a header row but no data rows", ""),
                tooFew("header-and-one-row.csv", "the file has only 1 data row, too few to cluster"),
                loads("crlf.csv"),
                loads("cr-only.csv"),
                // each of CRLF, CR and LF ends one line, whatever the first line used (issue 9)
                loads("mixed-line-ends.csv"),
                loads("crlf-first-line-lf-rest.csv"),
                loads("no-final-newline.csv"),
                loads("trailing-blank-lines.csv"),
                loads("blank-lines-between-rows.csv"),
                refused("ragged-short-row.csv", "the row has 5 fields but the header has 12", ", line 11: "),
                refused("ragged-long-row.csv", "the row has 14 fields but the header has 12", ", line 11: "),
                refused("unclosed-quote.csv", "a quoted field opens on this line and is never closed",
                        ", line 11, column 'title': "),
                refused("unclosed-quote-last-row.csv", "a quoted field opens on this line and is never closed",
                        ", line 41, column 'title': "),
                loads("quote-inside-unquoted-cell.csv"),
                loads("quoted-newlines-and-commas.csv"),
                refused("binary.csv", "this is a binary file (it holds NUL bytes), not CSV text", ""),
                refused("gzip.csv", "this is a gzip-compressed file, not CSV text; unpack it first", ""),
                refused("png-renamed.csv", "this is a binary file", ""),
                refused("nul-bytes-in-cell.csv", "this is a binary file", ""),
                refused("nul-bytes-in-number.csv", "this is a binary file", ""),
                loads("utf16-le-bom.csv"),
                refused("utf16-without-bom.csv", "this is a binary file", ""),
                loads("windows-1252.csv"),
                loads("semicolon-decimal-comma.csv"),
                loads("tab-separated.tsv"),
                loads("pipe-separated.txt"),
                refused("non-numeric-feature.csv", "\"fast\" is not a number", ", line 11, column 'tempo': "),
                refused("hex-and-suffixed-numbers.csv", "\"0x1p-2\" is not a number",
                        ", line 11, column 'acousticness': "),
                refused("infinity-literal.csv", "\"Infinity\" is not a number", ", line 11, column 'tempo': "),
                refused("overflowing-number.csv", "\"1e400\" is too large", ", line 11, column 'tempo': "),
                loads("negative-and-exponent-values.csv"),
                loads("missing-value-spellings.csv"),
                tooFew("all-features-missing.csv", "cleaning kept only 0 of 40 rows (dropped: "),
                refused("duplicate-header.csv", "two columns have this name, columns 8 and 10 of the header",
                        ", line 1, column 'tempo': "),
                loads("duplicate-ids.csv"),
                loads("text-ids.csv"),
                loads("pandas-index-column.csv"),
                refused("no-audio-features.csv", "no column other than the id, label and metadata holds only numbers",
                        ""),
                loads("only-some-audio-features.csv"),
                loads("constant-column.csv"),
                loads("identical-columns.csv"),
                loads("all-rows-identical.csv"),
                loads("no-genre-column.csv"),
                loads("all-genres-empty.csv"),
                loads("two-genre-columns.csv"),
                loads("formula-cells.csv"),
                refused("wrong-extension.dat", "neither a folder of FMA metadata nor a CSV file", ""),
                loads("long-line.csv"),
                loads("many-columns.csv"),
                // found by the fuzzer: a CRLF blank first line once made the LF-separated rest one header row;
                // now the header is line 2 and the mutated row 3 is refused for what is wrong with it
                refused("fuzz-header-cell-with-line-break.csv", "the row has 13 fields but the header has 12",
                        ", line 3: "),
                refused("empty-folder", "tracks.csv: the file does not exist", ""),
                loads("fma-valid"),
                loads("fma-crlf"),
                refused("fma-missing-echonest", "echonest.csv: the file does not exist", ""),
                refused("fma-missing-genres", "genres.csv: the file does not exist", ""),
                refused("fma-missing-tracks", "tracks.csv: the file does not exist", ""),
                refused("fma-tracks-header-row-too-few", "the header has no such column",
                        "tracks.csv, line 1, column 'track.genre_top': "),
                refused("fma-tracks-header-row-too-many", "the header has no such column",
                        "tracks.csv, line 1, column 'track.genre_top': "),
                loads("fma-echonest-header-row-too-few"),
                loads("fma-echonest-header-row-too-many"),
                refused("fma-duplicate-track-id", "track 12 appears twice (first on line 4)",
                        "tracks.csv, line 5, column 'track_id': "),
                refused("fma-tracks-empty", "the file ends before its 'track_id' row", "tracks.csv: "),
                tooFew("fma-echonest-no-rows", "cleaning kept only 0 of 40 rows (dropped: "),
                refused("fma-echonest-non-numeric", "\"zero.9689681952\" is not a number",
                        "echonest.csv, line 5, column 'echonest.audio_features.acousticness': "),
                refused("fma-tracks-truncated-mid-quote", "the row has 12 fields but the header has 53",
                        "tracks.csv, line 6: "),
                refused("fma-tracks-extra-field", "the row has 54 fields but the header has 53", "tracks.csv, line 4: "),
                refused("fma-unknown-genre-id", "genre id 99999 is not in genres.csv", "tracks.csv, line 4, column "),
                refused("fma-genres-garbage", "the header has no such column",
                        "genres.csv, line 1, column 'genre_id': "));
    }

    private static Arguments loads(String name) {
        return Arguments.of(name, Outcome.LOADS, "", "");
    }

    private static Arguments refused(String name, String phrase, String where) {
        return Arguments.of(name, Outcome.REFUSED, phrase, where);
    }

    private static Arguments tooFew(String name, String phrase) {
        return Arguments.of(name, Outcome.TOO_FEW_TRACKS, phrase, "");
    }

    @Test
    void theCorpusHasAtLeastFortyInputsAndTheTestListsEachOfThem() throws IOException {
        Set<String> listed = corpus().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.list(ROOT)) {
            present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed, "every input of the corpus has its expected outcome here");
        assertTrue(listed.size() >= 40, listed.size() + " inputs");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corpus")
    void throughTheWorkbenchLoader(String name, Outcome outcome, String phrase, String where) throws Exception {
        check(ROOT.resolve(name), outcome, phrase, where);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corpus")
    void throughTheCommandLine(String name, Outcome outcome, String phrase, String where, @TempDir Path out) {
        command(ROOT.resolve(name), outcome, phrase, where, out);
    }

    /** A 1 MB quoted field (commas, doubled quotes, newlines) in a title: generated here, not committed. */
    @Test
    void aOneMegabyteFieldLoads(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("valid.csv"));
        String unit = "big, \"field\"\n";
        String value = unit.repeat((1 << 20) / unit.length() + 1).strip(); // a little over 1 MB, as read
        String[] cells = lines.get(6).split(",", -1);
        cells[1] = "\"" + value.replace("\"", "\"\"") + "\"";
        lines.set(6, String.join(",", cells));
        Path file = Files.write(dir.resolve("one-mb-field.csv"), lines, StandardCharsets.UTF_8);
        TrackTable t = check(file, Outcome.LOADS, "", "");
        assertEquals(value, t.titles()[5], "the field is read whole");
        command(file, Outcome.LOADS, "", "", dir.resolve("out"));
    }

    /** A 1 MB number: refused as too large, naming its line and column, and the message stays short. */
    @Test
    void aOneMegabyteNumberIsRefusedInOneShortLine(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("valid.csv"));
        String[] cells = lines.get(7).split(",", -1);
        cells[9] = "1".repeat(1 << 20);
        lines.set(7, String.join(",", cells));
        Path file = Files.write(dir.resolve("one-mb-number.csv"), lines, StandardCharsets.UTF_8);
        check(file, Outcome.REFUSED, "is too large", ", line 8, column 'tempo': ");
        String line = command(file, Outcome.REFUSED, "is too large", ", line 8, column 'tempo': ", dir.resolve("out"));
        assertTrue(line.length() < 400, line.length() + " characters");
    }

    /** Loads the input as the window does; returns the tracks when it loads. */
    private static TrackTable check(Path input, Outcome outcome, String phrase, String where) throws Exception {
        AnalysisConfig config = Recipe.SEED.config(input).with("representation", Representation.FEATURES)
                .with("restarts", 1);
        TrackTable loaded = null;
        try {
            loaded = DataLoader.load(input, ImportOptions.defaults(), null, null);
            assertTrue(outcome != Outcome.REFUSED, input + " should be refused but loaded " + loaded.rows() + " rows");
        } catch (DataLoadException e) {
            assertEquals(Outcome.REFUSED, outcome, input + ": " + e.getMessage());
            assertMessage(input, e.getMessage(), phrase, where);
        }
        try {
            Pipeline.Prepared prepared = new Pipeline(1, NO_TRAINING).prepare(config, ProgressListener.NONE,
                    CancellationToken.NEVER);
            assertEquals(Outcome.LOADS, outcome, input + " prepared " + prepared.tracks().rows() + " tracks");
            assertTrue(prepared.tracks().rows() >= 2);
        } catch (DataLoadException e) {
            assertNotEquals(Outcome.LOADS, outcome, input + ": " + e.getMessage());
            assertMessage(input, e.getMessage(), phrase, where);
        } catch (InvalidSettingException e) {
            fail(input + ": a setting blamed for the file: " + e.getMessage());
        }
        return loaded;
    }

    private static void assertMessage(Path input, String message, String phrase, String where) {
        assertTrue(message.contains(input.getFileName().toString()), "names the file: " + message);
        assertTrue(message.contains(phrase), message);
        assertTrue(message.contains(where), "names where: " + message);
        assertFalse(message.contains("\n"), "one line: " + message);
    }

    /** Runs the CLI as the brief's fast run; returns its error line ("" when it loads). */
    private static String command(Path input, Outcome outcome, String phrase, String where, Path out) {
        CliRun.Result run = CliRun.of("cluster", "--input", input.toString(), "--out", out.toString(),
                "--representation", "features", "--projection", "none", "--restarts", "1");
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        List<String> errors = run.err().lines().filter(l -> l.startsWith("genrescope:")).toList();
        if (outcome == Outcome.LOADS) {
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(List.of(), errors);
            assertTrue(Files.exists(out.resolve("assignments.csv")));
            return "";
        }
        assertEquals(2, run.exitCode(), run.err());
        if (errors.size() != 1) {
            fail("one error line: " + run.err());
        }
        String line = errors.get(0);
        assertTrue(line.contains(phrase), line);
        assertMessage(input, line, phrase, where);
        assertFalse(Files.exists(out.resolve("report.json")), "no report for a refused input");
        return line;
    }
}
