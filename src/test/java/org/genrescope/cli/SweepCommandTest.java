package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.genrescope.analysis.SweepMetric;
import org.genrescope.analysis.report.SweepCsv;
import org.genrescope.testing.PythonReference;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    /** A small fast grid: PCA (no training), 2 latent sizes x 2 k x 3 seeds. */
    private static String[] sweep(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", "--input", SharedData.sample().toString(), "--out",
                out.toString(), "--recipe", "plain", "--representation", "pca", "--restarts", "2", "--latent", "2..3",
                "--k", "2..3", "--seeds", "1..3"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryCellTheSummaryAsPandasComputesItAndAHeatmapPerDefinedMetric(@TempDir Path out) throws Exception {
        CommandRun run = CommandRun.of(sweep(out));
        assertEquals(0, run.exitCode(), run.err());
        List<String> cells = Files.readAllLines(out.resolve(SweepCsv.CELLS));
        assertEquals(String.join(",", SweepCsv.cellColumns()), cells.get(0));
        assertEquals(1 + 2 * 2 * 3, cells.size());
        assertEquals("2,2,1", cells.get(1).substring(0, 5));
        assertEquals("3,3,3", cells.get(12).substring(0, 5));
        List<String> summary = Files.readAllLines(out.resolve(SweepCsv.SUMMARY));
        assertEquals(1 + 2 * 2, summary.size());
        List<String> columns = List.of(summary.get(0).split(",", -1));
        assertEquals(SweepCsv.summaryColumns(), columns);

        JsonNode pandas = PythonReference.pandasJson("src/tools/pandas_sweep_summary.py",
                List.of(out.resolve(SweepCsv.CELLS).toString()));
        assertEquals(4, pandas.size());
        for (int r = 0; r < 4; r++) {
            String[] fields = summary.get(r + 1).split(",", -1);
            JsonNode expected = pandas.get(r);
            for (int c = 0; c < columns.size(); c++) {
                JsonNode e = expected.get(columns.get(c));
                String where = columns.get(c) + " of summary row " + (r + 1);
                if (e.isNull()) {
                    assertEquals("", fields[c], where);
                } else {
                    assertEquals(e.asDouble(), Double.parseDouble(fields[c]), 1e-12 * Math.max(1, Math.abs(e.asDouble())), where);
                }
            }
        }
        // PCA has no autoencoder: those two metrics are empty fields and get no heatmap, which stderr says
        assertTrue(run.err().contains("note: no heatmap of autoencoder.collapsed: undefined in every cell (only an "
                + "autoencoder representation has one)"), run.err());
        List<String> written = files(out);
        for (SweepMetric m : SweepMetric.values()) {
            boolean expected = m != SweepMetric.COLLAPSED && m != SweepMetric.RECONSTRUCTION_MSE;
            assertEquals(expected, written.contains("heatmap_" + m.key() + ".png"), m.key());
            assertEquals(expected, written.contains("heatmap_" + m.key() + ".svg"), m.key());
        }
        assertFalse(Files.readString(out.resolve("heatmap_feature_space.silhouette.svg")).contains("NaN"));
        assertTrue(run.out().contains("= 12 cells (12 run, 0 kept)"), run.out());
    }

    @Test
    void aSweepRunAgainKeepsItsFinishedCellsAndEndsWithTheSameFiles(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        Path resumed = dir.resolve("resumed");
        assertEquals(0, CommandRun.of(sweep(whole)).exitCode());
        // an interrupted sweep: the cells saved before the interruption, in a folder with its sweep.json
        assertEquals(0, CommandRun.of(sweep(resumed)).exitCode());
        List<String> lines = Files.readAllLines(resumed.resolve(SweepCsv.CELLS));
        // cells the second run must not recompute: give them values no run gives, and see them come back
        List<String> kept = new ArrayList<>(lines.subList(0, 8));
        kept.set(1, kept.get(1).replaceFirst("^(2,2,1),[^,]*", "$1,123.5"));
        Files.write(resumed.resolve(SweepCsv.CELLS), kept);
        Files.delete(resumed.resolve(SweepCsv.SUMMARY));

        CommandRun again = CommandRun.of(sweep(resumed));
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("kept 7 finished cells of 12 from "), again.err());
        assertTrue(again.out().contains("= 12 cells (5 run, 7 kept)"), again.out());
        List<String> after = Files.readAllLines(resumed.resolve(SweepCsv.CELLS));
        assertTrue(after.get(1).startsWith("2,2,1,123.5,"), after.get(1));
        List<String> reference = Files.readAllLines(whole.resolve(SweepCsv.CELLS));
        assertEquals(reference.subList(2, reference.size()), after.subList(2, after.size()));
    }

    @Test
    void aFolderWithASweepOfOtherSettingsIsRefusedInOneSentence(@TempDir Path out) throws Exception {
        assertEquals(0, CommandRun.of(sweep(out)).exitCode());
        String before = Files.readString(out.resolve(SweepCsv.CELLS));
        List<String> other = new ArrayList<>(List.of(sweep(out)));
        other.set(other.indexOf("--restarts") + 1, "3");
        CommandRun run = CommandRun.of(other.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("genrescope: --out: " + out + " holds a sweep made with another setting restarts; give the same "
                + "settings to finish it, or choose another folder.", run.errorLine());
        assertEquals(before, Files.readString(out.resolve(SweepCsv.CELLS)));
    }

    @Test
    void aBadRangeIsOneLineNamingTheOptionWithExitCode2(@TempDir Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of(sweep(out)));
        args.set(args.indexOf("--k") + 1, "20..2");
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(2, run.exitCode());
        assertEquals("genrescope: --k: the range 20..2 runs downwards; write it as 2..20.", run.errorLine());
        args.set(args.indexOf("--k") + 1, "1..4");
        assertEquals("genrescope: --k: every value must be at least 2, got 1.",
                CommandRun.of(args.toArray(String[]::new)).errorLine());
        args.set(args.indexOf("--k") + 1, "2..3");
        args.set(args.indexOf("--seeds") + 1, "one");
        assertEquals("genrescope: --seeds: needs a range such as 2..7 or a list of whole numbers such as 2,4,8, got "
                + "'one'.", CommandRun.of(args.toArray(String[]::new)).errorLine());
        args.set(args.indexOf("--seeds") + 1, "1");
        args.addAll(List.of("--algorithm", "dbscan"));
        assertEquals("genrescope: --algorithm: a sweep varies k, so it needs kmeans, got dbscan.",
                CommandRun.of(args.toArray(String[]::new)).errorLine());
        assertEquals(List.of(), files(out));
    }
}
