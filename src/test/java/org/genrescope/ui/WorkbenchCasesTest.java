package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.features.Scaling;
import org.genrescope.model.metrics.MetricValue;
import org.junit.jupiter.api.Test;

/**
 * Every case of ../shared/cases (copies in src/test/resources/cases) opened as a user opens it in the workbench: File
 * > Open CSV through the view models, the column dialog accepted as the detection preset it, the case's settings
 * (the Plain recipe button, as the command line's cases run with --recipe plain; clustering on the scaled features
 * where the autoencoder is not the point), and what the window then shows: the title's counts, the dialog's and the
 * Data tab's texts, the notes banner, the metric rows and the scatter's points. The command line's side of the same
 * cases is {@code cli/CasesCommandTest} and {@code data/ReadingCasesTest}.
 */
class WorkbenchCasesTest {

    private static Path caseFile(String name, String file) {
        return Path.of("src/test/resources/cases", name, file);
    }

    /** The window with the Plain recipe, clustering the scaled features with 3 restarts; loads run at once. */
    private static WorkbenchViewModel window() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), SettingsStore.inMemory());
        vm.settings().applyRecipe(Recipe.PLAIN);
        vm.settings().objectProperty("representation").set(Representation.FEATURES);
        vm.settings().intProperty("restarts").set(3);
        return vm;
    }

    /** Opens {@code file} as File > Open CSV does, accepting the dialog as preset; returns what it said. */
    private static String open(WorkbenchViewModel vm, Path file) {
        String[] readAs = {null};
        vm.opening().open(file, mapping -> {
            readAs[0] = mapping.readAs();
            return Optional.of(mapping.mapping());
        });
        return readAs[0];
    }

    private static MetricRow row(AnalysisResult r, String name) {
        return MetricRows.of(r, null).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** The trained result, after checking that the window shows no error. */
    private static AnalysisResult trained(WorkbenchViewModel vm) {
        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().sentence());
        AnalysisResult r = vm.resultProperty().get();
        assertNotNull(r, vm.statusProperty().get());
        return r;
    }

    /** The last column of each data row of a comma-separated case (its genre), read plainly. */
    private static List<String> genresOf(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(1, lines.size()).stream().map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
    }

    @Test
    void semicolonsWithDecimalCommasOpenWithTheirRealValuesAndTheDialectNamed() {
        WorkbenchViewModel vm = window();
        String readAs = open(vm, caseFile("semicolon-decimal-comma", "tracks.csv"));

        assertTrue(readAs.startsWith("Read as UTF-8 with BOM, semicolon-separated, decimal comma"), readAs);
        trained(vm);
        assertEquals("tracks.csv: 30 tracks, 3 genres", vm.dataTitleProperty().get());
        DataSet data = vm.dataProperty().get();
        assertEquals(Fixtures.AUDIO, data.tracks().featureNames());
        // the first row as the file writes it, 0,238617 ... 147,16 with decimal commas
        assertEquals(0.238617, data.raw().get(0, 0));
        assertEquals(147.16, data.raw().get(0, 6));
        assertEquals("semicolon", data.cleaning().dialect().delimiterName());
        assertEquals("comma", data.cleaning().dialect().decimalName());
        assertEquals("UTF-8 with BOM", data.cleaning().dialect().encodingName());
    }

    @Test
    void tabSeparatedOpensWithTheSameValuesAsTheSemicolonCase() {
        WorkbenchViewModel semicolon = window();
        open(semicolon, caseFile("semicolon-decimal-comma", "tracks.csv"));
        WorkbenchViewModel vm = window();
        String readAs = open(vm, caseFile("tab-separated", "tracks.tsv"));

        assertTrue(readAs.startsWith("Read as UTF-8, tab-separated, decimal point"), readAs);
        trained(vm);
        assertEquals("tracks.tsv: 30 tracks, 3 genres", vm.dataTitleProperty().get());
        assertTrue(java.util.Arrays.equals(semicolon.dataProperty().get().raw().values(),
                vm.dataProperty().get().raw().values()), "the same 30 x 8 values");
    }

    @Test
    void windows1252IsReadAsSuchAndItsGenreNamesReadRight() {
        WorkbenchViewModel vm = window();
        DataTableViewModel table = new DataTableViewModel(vm);
        String readAs = open(vm, caseFile("windows-1252", "tracks.csv"));

        assertTrue(readAs.startsWith("Read as windows-1252, comma-separated, decimal point"), readAs);
        AnalysisResult r = trained(vm);
        assertEquals("tracks.csv: 30 tracks, 3 genres", vm.dataTitleProperty().get());
        assertEquals(List.of("Folk", "Rock", "\u00c9lectronique"), vm.dataProperty().get().genreNames());
        assertEquals(List.of("Folk", "Rock", "\u00c9lectronique"), vm.settings().availableGenres(),
                "the drop-genres chooser");
        assertEquals("Zo\u00eb 0", vm.dataProperty().get().tracks().artist(0));
        assertTrue(table.cleaningTextProperty().get().contains("\u00c9lectronique"), table.cleaningTextProperty().get());
        table.searchProperty().set("\u00e9lectronique");
        assertEquals("10 tracks of 30", table.countTextProperty().get(), "the search finds the accented genre");
        assertTrue(r.genreNames().contains("\u00c9lectronique"));
    }

    @Test
    void kaggleSpotifyLayoutOpensWithTextIdsAndCountsTheTenRepeatedIdsDropped() {
        WorkbenchViewModel vm = window();
        DataTableViewModel table = new DataTableViewModel(vm);
        String readAs = open(vm, caseFile("kaggle-spotify-layout", "dataset.csv"));

        assertTrue(readAs.contains("the layout of Kaggle's Spotify Tracks Dataset"), readAs);
        trained(vm);
        assertEquals("dataset.csv: 50 tracks, 5 genres", vm.dataTitleProperty().get());
        assertEquals("", vm.dataProperty().get().caption(), "Spotify's data: no FMA credit on its figures");
        assertEquals("track_genre", vm.settings().labelColumnProperty().get(), "the label column found");
        assertEquals("7NWpa6pNFbjJYIw8b1A2B0", vm.dataProperty().get().tracks().idText(0));
        String cleaning = table.cleaningTextProperty().get();
        assertTrue(cleaning.startsWith("Read 60 rows, kept 50 after cleaning, 50 after genre grouping."), cleaning);
        assertTrue(cleaning.matches("(?s).*Dropped while cleaning:\\n  repeated id +10\\n.*"), cleaning);
        assertEquals("50 tracks of 50", table.countTextProperty().get());

        // the Data tab searches and the hover names the text id, not the row number standing in for it
        table.searchProperty().set("7NWpa");
        assertEquals(List.of(0), table.rows());
        assertEquals("1 track of 50", table.countTextProperty().get(), "one track, singular");
        table.searchProperty().set("7nwpa6pnfbjjyiw8b1a2b0");
        assertEquals(List.of(0), table.rows(), "ignoring case, as every searched field");
        assertTrue(ResultTexts.track(vm.resultProperty().get(), 0).endsWith("id 7NWpa6pNFbjJYIw8b1A2B0"),
                ResultTexts.track(vm.resultProperty().get(), 0));
    }

    /**
     * The reading side refuses values beyond 1e100 naming file, line and column, whatever the scaling (the same
     * sentence as the command line's); the window keeps the data and the result it had.
     */
    @Test
    void hugeValuesAreRefusedWithFileLineAndColumnAndThePreviousDataStaysUnderEveryScaling() {
        for (Scaling scaling : Scaling.values()) {
            WorkbenchViewModel vm = window();
            open(vm, caseFile("tab-separated", "tracks.tsv"));
            DataSet before = vm.dataProperty().get();
            AnalysisResult result = trained(vm);
            vm.settings().objectProperty("scaling").set(scaling);

            open(vm, caseFile("huge-values", "tracks.csv"));
            UserError error = vm.errorProperty().get();
            assertNotNull(error, scaling.id());
            assertTrue(error.sentence().contains("huge-values/tracks.csv, line 5, column 'tempo': \"1.5e+308\" is too "
                    + "large"), scaling.id() + ": " + error.sentence());
            assertTrue(error.sentence().contains("; correct it, or leave the column out of the features"),
                    error.sentence());
            assertFalse(error.sentence().contains("--"), "in the window's words: " + error.sentence());
            assertFalse(error.sentence().contains("\n"), error.sentence());
            assertSame(before, vm.dataProperty().get(), scaling.id());
            assertSame(result, vm.resultProperty().get(), scaling.id());
            assertEquals("Could not open tracks.csv; the previous data is kept.", vm.statusProperty().get());
        }
    }

    @Test
    void kAboveTheDistinctPointsWarnsOfTheEmptyClustersAndMarksTheRoundingNoise() throws IOException {
        WorkbenchViewModel vm = window();
        vm.settings().kProperty().set(5);
        Path csv = caseFile("k-above-distinct-points", "tracks.csv");
        open(vm, csv);

        AnalysisResult r = trained(vm);
        assertEquals("tracks.csv: 40 tracks, 3 genres", vm.dataTitleProperty().get());
        assertEquals(5, r.config().k());
        assertEquals(3, r.clustering().nonEmptyClusterCount());
        String notes = vm.notes().notesProperty().get();
        assertTrue(notes.contains("K-Means found only 3 distinct clusters for k = 5"), notes);
        assertTrue(notes.matches("(?s).*clusters \\d, \\d are empty.*"), notes);
        // The file holds 3 distinct points, one per genre: the clusters are the genres exactly (checked on the
        // labels, independently of the metrics), so every point sits on its centre.
        List<String> genres = genresOf(csv);
        Map<Integer, String> genreOfCluster = new HashMap<>();
        for (int i = 0; i < genres.size(); i++) {
            String first = genreOfCluster.putIfAbsent(r.clustering().label(i), genres.get(i));
            assertTrue(first == null || first.equals(genres.get(i)), "row " + i);
        }
        assertEquals(3, genreOfCluster.size());
        assertEquals(3, genreOfCluster.values().stream().distinct().count(), "one genre per cluster");
        // a is 0 for every point and b is not: silhouette 1; no spread within clusters: Davies-Bouldin 0
        assertEquals("1.0000", row(r, "Silhouette").clustered());
        assertEquals("0.0000", row(r, "Davies-Bouldin").clustered());
        assertEquals("1.0000", row(r, "ARI").clustered());
        assertEquals("1.0000", row(r, "Completeness").clustered());
        MetricRow ch = row(r, "Calinski-Harabasz");
        // its number only measures rounding (about 1e31): shown as meaningless, never as a 32-digit score, and
        // no change is measured from it (the new user's "±0" of session 21 against the same meaningless value)
        assertEquals("meaningless" + MetricRows.DEGENERATE, ch.clustered());
        assertEquals("meaningless" + MetricRows.DEGENERATE, ch.features());
        MetricRow again = MetricRows.of(r, r).stream().filter(m -> m.name().equals("Calinski-Harabasz")).findFirst()
                .orElseThrow();
        assertEquals("", again.change(), "no change from a number that means nothing");
        assertEquals("±0", MetricRows.of(r, r).stream().filter(m -> m.name().equals("Silhouette")).findFirst()
                .orElseThrow().change(), "a defined metric's change is still measured");
        assertTrue(ch.note().contains("the within-cluster spread is rounding noise"), ch.note());
        assertTrue(ch.tooltip().contains(ch.note()), "the reason in the row's tooltip: " + ch.tooltip());
        assertTrue(vm.notes().notesProperty().get().contains("rounding noise"), "and in the notes, as before");
        assertFalse(MetricRows.of(r, null).stream().anyMatch(m -> m.clustered().contains("n/a")
                || m.clustered().contains("NaN")), "no metric without a value or a reason");
    }

    @Test
    void umapShowsTheFourRepeatedPointsAsFourSeparateGroups() {
        WorkbenchViewModel vm = window();
        vm.settings().kProperty().set(4);
        vm.settings().objectProperty("projection").set(ProjectionMethod.UMAP);
        open(vm, caseFile("umap-duplicate-points", "tracks.csv"));

        AnalysisResult r = trained(vm);
        assertEquals("tracks.csv: 80 tracks, 4 genres", vm.dataTitleProperty().get());
        assertEquals("umap", r.projection().method());
        assertTrue(vm.notes().notesProperty().get().contains("UMAP embedded the 4 distinct points and drew each of the "
                + "76 exact duplicates on its twin"), vm.notes().notesProperty().get());
        double[] xy = r.projection().xy();
        Map<Integer, double[]> spotOfCluster = new LinkedHashMap<>();
        for (int i = 0; i < r.rows(); i++) {
            double[] point = {xy[2 * i], xy[2 * i + 1]};
            double[] first = spotOfCluster.computeIfAbsent(r.clustering().label(i), c -> point);
            assertEquals(first[0], point[0], "each copy on its twin, track " + i);
            assertEquals(first[1], point[1], "each copy on its twin, track " + i);
        }
        assertEquals(4, spotOfCluster.size(), "four clusters of one point each");
        List<double[]> spots = new ArrayList<>(spotOfCluster.values());
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                double d = Math.hypot(spots.get(a)[0] - spots.get(b)[0], spots.get(a)[1] - spots.get(b)[1]);
                smallest = Math.min(smallest, d);
                largest = Math.max(largest, d);
            }
        }
        assertTrue(smallest > 0.1 * largest, "four separate groups: smallest " + smallest + ", largest " + largest);
        assertEquals("1.0000", row(r, "ARI").clustered(), "the four groups are the four genres");
        assertEquals(Map.of(0, 20, 1, 20, 2, 20, 3, 20), sizes(r));
    }

    /**
     * What the cases' README asks of the window beyond loading: the Data tab's cleaning report names the dialect the
     * file was read with and shows the cleaning's notes and warnings and the grouping's
     * notes (the repeated ids, how to apply the seed recipe's genre steps), the status bar counts the non-empty clusters (it says "5
     * clusters" with two empty), and a metric row never prints a 32-digit number (Calinski-Harabasz of rounding
     * noise is shown in scientific notation with its warning).
     */
    @Test
    void theDataTabNamesTheDialectAndTheStatusAndMetricsShowNoMeaninglessNumber() {
        WorkbenchViewModel semicolon = window();
        DataTableViewModel table = new DataTableViewModel(semicolon);
        open(semicolon, caseFile("semicolon-decimal-comma", "tracks.csv"));
        String cleaning = table.cleaningTextProperty().get();
        assertTrue(cleaning.contains("UTF-8 with BOM") && cleaning.contains("semicolon")
                && cleaning.contains("decimal comma"), cleaning);

        WorkbenchViewModel spotify = Fixtures.workbench(new CallingThreadRunner(), SettingsStore.inMemory());
        spotify.settings().objectProperty("representation").set(Representation.FEATURES);
        DataTableViewModel spotifyTable = new DataTableViewModel(spotify);
        open(spotify, caseFile("kaggle-spotify-layout", "dataset.csv"));
        assertNull(spotify.errorProperty().get(), () -> spotify.errorProperty().get().sentence());
        String spotifyCleaning = spotifyTable.cleaningTextProperty().get();
        assertTrue(spotifyCleaning.contains("10 rows repeat the id"), spotifyCleaning);
        assertTrue(spotifyCleaning.contains("check 'Apply the genre steps to any labels'"), spotifyCleaning);

        WorkbenchViewModel vm = window();
        vm.settings().kProperty().set(5);
        open(vm, caseFile("k-above-distinct-points", "tracks.csv"));
        AnalysisResult r = trained(vm);
        assertTrue(vm.statusProperty().get().contains("3 non-empty clusters"), vm.statusProperty().get());
        for (MetricRow m : MetricRows.of(r, null)) {
            assertFalse(m.clustered().matches("(?s).*\\d{16,}.*"), m.name() + ": " + m.clustered());
            assertFalse(m.features().matches("(?s).*\\d{16,}.*"), m.name() + ": " + m.features());
            // a cell holds a number or a short marker: a sentence made its column 900 px wide, past the window
            int marker = (MetricValue.MEANINGLESS + MetricRows.DEGENERATE).length(); // the longest: 13
            assertTrue(m.clustered().length() <= marker && m.features().length() <= marker, m.toString());
        }
    }

    private static Map<Integer, Integer> sizes(AnalysisResult r) {
        int[] s = r.clustering().clusterSizes();
        Map<Integer, Integer> out = new HashMap<>();
        for (int c = 0; c < s.length; c++) {
            out.put(c, s[c]);
        }
        return out;
    }
}
