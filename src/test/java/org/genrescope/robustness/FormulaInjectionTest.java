package org.genrescope.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genrescope.cli.CliRun;
import org.genrescope.data.CleanedCsv;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.CsvText;
import org.genrescope.data.TrackTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exported text cells (titles, artists, albums, genres) that a spreadsheet would run as a formula start with an
 * apostrophe in assignments.csv and cleaned.csv; numbers are never altered.
 */
class FormulaInjectionTest {

    @Test
    void cellsStartingWithAFormulaCharacterGetAnApostrophe() {
        assertEquals("'=1+2", CsvText.formulaSafe("=1+2"));
        assertEquals("'+Rock", CsvText.formulaSafe("+Rock"));
        assertEquals("'-Pop", CsvText.formulaSafe("-Pop"));
        assertEquals("'@SUM(A1)", CsvText.formulaSafe("@SUM(A1)"));
        assertEquals("Hip-Hop", CsvText.formulaSafe("Hip-Hop"));
        assertEquals("a=b", CsvText.formulaSafe("a=b"));
        assertEquals("", CsvText.formulaSafe(""));
        assertNull(CsvText.formulaSafe(null));
    }

    @Test
    void cleanedCsvEscapesTextAndLeavesIdsYearsAndFeaturesAlone() throws Exception {
        CleaningReport report = new CleaningReport(2, 2, Map.of(), Map.of(), 0, Map.of());
        TrackTable t = new TrackTable("flat-csv", List.of("loudness", "tempo"), new long[] {7, 12},
                new double[] {-5.5, 120.0, -0.25, 1e-5},
                new String[] {"-Pop", "+Rock"}, new String[] {"=HYPERLINK(\"http://x\",\"y\")", "Plain"},
                new String[] {"@SUM(A1)", "-"}, new String[] {"+1", null}, new int[] {2009, 0}, report);
        StringWriter out = new StringWriter();
        CleanedCsv.write(t, out);
        assertEquals("track_id,title,artist,album,year,genre,loudness,tempo\n"
                + "7,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@SUM(A1),'+1,2009,'-Pop,-5.5,120.0\n"
                + "12,Plain,'-,,,'+Rock,-0.25,1.0E-5\n", out.toString());
        assertEquals("=HYPERLINK(\"http://x\",\"y\")", t.titles()[0], "the table itself keeps the text as read");
    }

    @Test
    void theCommandLineExportsEscapeGenresAndTextButNotNumbers(@TempDir Path out) throws Exception {
        CliRun.Result run = CliRun.of("cluster", "--input", RobustnessCorpusTest.ROOT.resolve("formula-cells.csv")
                .toString(), "--out", out.toString(), "--recipe", "plain", "--scaling", "standard", "--representation",
                "features", "--projection", "none", "--restarts", "1", "--cleaned-csv");
        assertEquals(0, run.exitCode(), run.err());

        List<String> assignments = Files.readAllLines(out.resolve("assignments.csv"));
        assertTrue(assignments.get(1).startsWith("1,'-Pop,"), assignments.get(1));
        assertTrue(assignments.get(2).startsWith("2,'+Rock,"), assignments.get(2));
        boolean negativeNumber = false;
        for (String line : assignments.subList(1, assignments.size())) {
            String[] cells = line.split(",", -1);
            for (int j = 2; j < cells.length; j++) {
                assertTrue(cells[j].isEmpty() || cells[j].matches("-?[0-9.]+(E-?[0-9]+)?"), "a plain number: "
                        + cells[j]);
                negativeNumber |= cells[j].startsWith("-");
            }
        }
        assertTrue(negativeNumber, "standardised values below the mean are written as negative numbers");

        List<String> cleaned = Files.readAllLines(out.resolve(CleanedCsv.FILE_NAME));
        assertEquals("1,'=1+2,'@SUM(A1),,,'-Pop,0.463007,0.373312,0.138539,0.866562,0.006435,0.502782,167.796,"
                + "0.080815", cleaned.get(1));
    }
}
