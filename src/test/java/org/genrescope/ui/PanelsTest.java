package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.KRangeSweep;
import org.genrescope.plot.HistogramFigure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces behind the tabs: metric rows, the data table's filter, figures, CSV mapping, export. */
class PanelsTest {
    private static WorkbenchViewModel vm;
    private static AnalysisResult k8;
    private static AnalysisResult k5;

    @BeforeAll
    static void trainOnTheSample() {
        vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        k8 = vm.resultProperty().get();
        vm.settings().kProperty().set(5);
        k5 = vm.resultProperty().get();
    }

    @Test
    void metricRowsSayWhichWayIsBetterAndTheChange() {
        List<MetricRow> rows = MetricRows.of(k5, k8);
        MetricRow db = rows.stream().filter(r -> r.name().equals("Davies-Bouldin")).findFirst().orElseThrow();
        assertEquals("lower", db.better());
        double change = k5.clusteringSpace().daviesBouldin() - k8.clusteringSpace().daviesBouldin();
        assertEquals(change < 0, db.improved(), db.toString());
        assertTrue(db.change().startsWith(change < 0 ? "-" : "+"), db.change());
        assertFalse(db.features().isEmpty(), "internal metrics show both spaces");
        MetricRow ari = rows.stream().filter(r -> r.name().equals("ARI")).findFirst().orElseThrow();
        assertEquals("", ari.features());
        assertEquals(11, rows.size(), "3 internal + 8 external");
        assertNull(MetricRows.of(k5, null).get(0).improved());
    }

    @Test
    void theBundledSampleIsNamedSoAndItsBannerAndTitleAgreeOnItsTracks() throws Exception {
        DataSet data = vm.dataProperty().get();
        long read;
        try (var lines = Files.lines(Path.of(org.genrescope.analysis.BundledSample.FOLDER, "tracks.csv"))) {
            read = lines.count() - 3; // FMA's three header rows; one track a line in the sample
        }
        long inDroppedGenres = data.grouping().droppedGenres().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(read, data.rows() + inDroppedGenres, "the sample loses tracks only to the dropped genres");
        String notice = vm.noticeProperty().get();
        assertTrue(notice.contains(String.format(java.util.Locale.ROOT, "%,d made-up tracks", read)), notice);
        assertTrue(notice.contains(String.format(java.util.Locale.ROOT, "%,d kept after cleaning and genre grouping "
                + "(%,d with the genres dropped)", data.rows(), inDroppedGenres)), notice);
        assertEquals(String.format(java.util.Locale.ROOT, "Bundled sample: %,d tracks, %d genres", data.rows(),
                data.genreNames().size()), vm.dataTitleProperty().get());
        // a copy from the jar sits in a temporary folder; its name is not the data's name
        DataSet copy = DataSet.of(vm.resultProperty().get(), true);
        assertEquals("Bundled sample", copy.name());
        assertEquals(vm.resultProperty().get().config().input().getFileName().toString(),
                DataSet.of(vm.resultProperty().get(), false).name());
    }

    @Test
    void theDataTableFiltersBySearchAndBySelection() {
        DataTableViewModel table = new DataTableViewModel(vm);
        int all = vm.dataProperty().get().rows();
        table.searchProperty().set("x");
        table.searchProperty().set("");
        assertEquals(all, table.rows().size());
        String artist = vm.dataProperty().get().tracks().artists()[7];
        table.searchProperty().set(artist.toUpperCase(java.util.Locale.ROOT));
        assertTrue(table.rows().contains(7));
        assertTrue(table.rows().size() < all);
        table.searchProperty().set("");
        vm.select(new int[] {3, 9, 27});
        assertEquals(List.of(3, 9, 27), table.rows());
        assertTrue(table.countTextProperty().get().contains("selected"), table.countTextProperty().get());
        vm.select(new int[0]);
        assertEquals(all, table.rows().size());
        assertTrue(DataTableViewModel.cleaningReport(vm.dataProperty().get()).contains("Genres dropped"));
    }

    @Test
    void theDataTableSortsByItsColumnsThroughTheDataLayer() {
        DataTableViewModel table = new DataTableViewModel(vm);
        DataSet data = vm.dataProperty().get();
        int[] clusters = vm.resultProperty().get().clustering().labels();
        table.sortBy(List.of(new org.genrescope.data.TrackFrame.SortKey(org.genrescope.data.TrackFrame.CLUSTER, false),
                new org.genrescope.data.TrackFrame.SortKey(data.tracks().featureNames().get(6), true)));
        List<Integer> rows = List.copyOf(table.rows());
        assertEquals(data.rows(), rows.size());
        int d = data.tracks().featureNames().size();
        for (int r = 1; r < rows.size(); r++) {
            int a = rows.get(r - 1);
            int b = rows.get(r);
            assertTrue(clusters[a] > clusters[b] || clusters[a] == clusters[b]
                    && data.tracks().features()[a * d + 6] <= data.tracks().features()[b * d + 6], "rows " + a + ", " + b);
        }
        table.searchProperty().set("o");
        assertTrue(table.rows().size() < data.rows());
        assertEquals(clusters[table.rows().get(0)], java.util.Arrays.stream(clusters).max().orElseThrow(),
                "the search keeps the sort");
        table.sortBy(List.of());
        table.searchProperty().set("");
        assertEquals(0, table.rows().get(0));
    }

    @Test
    void figuresCarryTheSyntheticNoteAndSplitByGenre() {
        DataSet data = vm.dataProperty().get();
        assertTrue(data.caption().contains("Synthetic"));
        HistogramFigure faceted = ResultFigures.distributions(data, true, ResultFigures.Split.FACETED, data.caption());
        assertEquals(data.genreNames().size(), faceted.groups());
        assertEquals(data.scaled().columns(), faceted.panels().size());
        assertEquals(k5.clustering().clusterCount(), ResultFigures.scatter(k5, ResultFigures.ColourBy.CLUSTER, "")
                .legendEntries().size());
        assertFalse(ResultFigures.profiles(k5, "").isEmpty());
        // sd is the sample sd (n - 1) as pandas gives it: sqrt(5 / 3) = 1.291, not the population 1.118
        org.genrescope.data.FeatureSummary four = org.genrescope.data.FeatureSummaries.of(List.of("f"),
                new double[] {4, 1, 3, 2}, new String[4]).overall().get(0);
        assertEquals(List.of("mean 2.500, median 2.500, sd 1.291", "range 1.000..4.000, missing 3"),
                ResultFigures.summary(four, 3));
    }

    /**
     * Faceted, the window shows one chosen feature: one panel, each genre's strip stating its own track count
     * (counted here from the genre codes); -1 keeps every feature (Export all). The window-sized PNG is in
     * target/figure-samples for a person to look at.
     */
    @Test
    void facetedShowsOneChosenFeatureWithEachGenresCount() throws Exception {
        DataSet data = vm.dataProperty().get();
        var summaries = ResultFigures.summaries(data, false);
        int tempo = data.raw().featureNames().indexOf("echonest.audio_features.tempo");
        HistogramFigure one = DistributionFigures.of(data, summaries, false, ResultFigures.Split.FACETED, false, tempo,
                data.caption());
        assertEquals(1, one.panels().size());
        assertTrue(one.panels().get(0).title().startsWith("tempo"), one.panels().get(0).title());
        assertTrue(one.title().startsWith("Raw tempo of "), one.title());
        for (int g = 0; g < data.genreNames().size(); g++) {
            int genre = g;
            long n = java.util.Arrays.stream(data.genreCodes()).filter(c -> c == genre).count();
            assertTrue(one.panels().get(0).groupLines().get(g).startsWith(String.format(java.util.Locale.ROOT,
                    "n %,d, mean ", n)), one.panels().get(0).groupLines().get(g));
        }
        assertEquals(data.raw().columns(), DistributionFigures.of(data, summaries, false, ResultFigures.Split.FACETED,
                false, -1, "").panels().size());
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> DistributionFigures.of(
                data, summaries, false, ResultFigures.Split.FACETED, false, data.raw().columns(), ""));
        Path samples = Files.createDirectories(Path.of("target", "figure-samples"));
        org.genrescope.plot.PngExporter.write(one, samples.resolve("faceted-one-feature-window.png"), 690, 430, 96);
    }

    @Test
    void theSummaryTableHasEveryFeatureOverallAndPerGenre() {
        DataSet data = vm.dataProperty().get();
        var summaries = ResultFigures.summaries(data, false);
        int d = data.raw().columns();
        int genres = data.genreNames().size();
        List<SummaryRows.Row> all = SummaryRows.of(summaries, java.util.Map.of(), false);
        assertEquals(d, all.size());
        List<SummaryRows.Row> split = SummaryRows.of(summaries, java.util.Map.of(data.raw().featureNames().get(6), 4L), true);
        assertEquals(d * (1 + genres), split.size());
        SummaryRows.Row tempo = split.get(6 * (1 + genres));
        assertEquals("tempo", tempo.feature());
        assertEquals("all", tempo.group());
        assertEquals("4", tempo.imputed());
        double[] values = data.raw().column(6);
        java.util.Arrays.sort(values);
        ColumnFormat tempoFormat = ColumnFormat.of(values); // one format for every number of the feature
        assertEquals(tempoFormat.format(values[values.length / 2] / 2 + values[(values.length - 1) / 2] / 2),
                tempo.median());
        assertEquals(tempoFormat.format(values[0]), tempo.min());
        assertEquals(data.genreNames().get(0), split.get(6 * (1 + genres) + 1).group());
    }

    @Test
    void csvMappingStartsFromTheCliDefaults(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("music.csv");
        Files.writeString(csv, "\uFEFFtrack_id,\"title\",acousticness,danceability,energy,instrumentalness,liveness,"
                + "speechiness,tempo,valence,genre_top\n1,a,0,0,0,0,0,0,0,0,Rock\n");
        CsvMappingViewModel mapping = CsvMappingViewModel.of(csv);
        assertEquals("track_id", mapping.idColumnProperty().get());
        assertEquals("genre_top", mapping.labelColumnProperty().get());
        assertEquals(8, mapping.features().size());
        assertEquals("", mapping.problem());
        mapping.features().add("genre_top");
        assertTrue(mapping.problem().contains("genre_top"));
    }

    /**
     * The dialog offers the columns the load will read, by the data layer's detection: a tab- or
     * semicolon-separated file shows its columns (not the whole header as one), a Windows-1252 file opens, and the
     * Kaggle Spotify layout presets its text id and its genre column, never its saved pandas index.
     */
    @Test
    void csvMappingOffersTheColumnsTheLoadWillRead() throws Exception {
        for (String file : List.of("tab-separated/tracks.tsv", "semicolon-decimal-comma/tracks.csv",
                "windows-1252/tracks.csv")) {
            CsvMappingViewModel mapping = CsvMappingViewModel.of(Path.of("src/test/resources/cases", file));
            assertEquals(8, mapping.features().size(), file + ": " + mapping.columns());
            assertEquals("", mapping.problem(), file);
        }
        assertTrue(CsvMappingViewModel.of(Path.of("src/test/resources/cases/semicolon-decimal-comma/tracks.csv"))
                .readAs().contains("semicolon-separated, decimal comma"));
        CsvMappingViewModel kaggle = CsvMappingViewModel.of(
                Path.of("src/test/resources/cases/kaggle-spotify-layout/dataset.csv"));
        assertEquals("track_id", kaggle.idColumnProperty().get());
        assertEquals("track_genre", kaggle.labelColumnProperty().get());
        assertFalse(kaggle.columns().contains(""), "the saved pandas index is not offered: " + kaggle.columns());
        assertEquals(8, kaggle.features().size());
        assertEquals("", kaggle.problem());
    }

    @Test
    void exportAllWritesTheReportsAndEveryFigure(@TempDir Path folder) throws Exception {
        List<Path> files = Exports.all(k5, vm.dataProperty().get(), folder.resolve("out"), new Exports.Size(400, 300, 96),
                org.genrescope.task.ProgressListener.NONE, new org.genrescope.task.CancellationSource());
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
        assertTrue(files.contains(folder.resolve("out/report.json")));
        List<String> cleaned = Files.readAllLines(folder.resolve("out/cleaned.csv"));
        assertEquals(k5.rows() + 1, cleaned.size(), "a header and one line per track (the sample has no newlines in titles)");
        assertTrue(cleaned.get(0).startsWith("track_id,title,artist,album,year,genre,"), cleaned.get(0));
        assertTrue(cleaned.get(1).startsWith(k5.tracks().trackIds()[0] + ","), cleaned.get(1));
        assertTrue(files.contains(folder.resolve("out/clusters.svg")));
        assertTrue(Files.readString(folder.resolve("out/clusters.svg")).contains("Synthetic"));
    }

    @Test
    void theSweepVisitsTheCurrentKFirstThenItsNeighbours() {
        assertEquals(List.of(8, 9, 7, 10, 6, 5, 4), KRangeSweep.visitOrder(4, 10, 8));
        assertEquals(List.of(2, 3, 4), KRangeSweep.visitOrder(2, 4, 1));
    }
}
