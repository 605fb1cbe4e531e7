package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterExplanations;
import org.genrescope.analysis.Reclustering;
import org.genrescope.data.TrackFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The work moved off the FX thread because a million tracks stalled it (docs/benchmarks.md, "FX-thread stalls at a
 * million"): it runs on the runner, only the newest request shows, and it computes what the FX thread did before.
 */
class OffFxThreadWorkTest {
    private static WorkbenchViewModel vm;

    @BeforeAll
    static void trainOnTheSample() {
        vm = Fixtures.trainedOnTheSample();
    }

    @Test
    void onlyTheNewestRunReachesTheView() {
        QueuedRunner runner = new QueuedRunner();
        LatestWork latest = new LatestWork(runner);
        List<String> shown = new ArrayList<>();
        latest.run(() -> "old", shown::add, f -> shown.add("failed"));
        latest.run(() -> "new", shown::add, f -> shown.add("failed"));
        assertEquals(List.of(), shown, "nothing before the work runs");
        runner.runNewest();
        runner.runOldest(); // finishes last, but was asked first: dropped
        assertEquals(List.of("new"), shown);
        latest.<String>run(() -> {
            throw new IllegalStateException("x");
        }, shown::add, f -> shown.add(f.getMessage()));
        runner.runAll();
        assertEquals(List.of("new", "x"), shown, "a failure of the newest run is passed on");
        latest.run(() -> "dropped", shown::add, f -> shown.add("failed"));
        latest.drop();
        runner.runAll();
        assertEquals(List.of("new", "x"), shown);
    }

    @Test
    void theShownRowsAreReplacedInOneChange() {
        RowList rows = new RowList();
        List<String> changes = new ArrayList<>();
        rows.addListener((javafx.collections.ListChangeListener<Integer>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + ".." + c.getTo() + " -" + c.getRemoved() + " +" + c.getAddedSubList());
            }
        });
        rows.replace(new ArrayList<>(List.of(4, 2, 9)));
        rows.replace(new ArrayList<>(List.of(7)));
        rows.clear0();
        assertEquals(List.of("0..3 -[] +[4, 2, 9]", "0..1 -[4, 2, 9] +[7]", "0..0 -[7] +[]"), changes);
        assertEquals(0, rows.size());
    }

    @Test
    void aMillionRowsReplacedAreOneReplacementThatEveryListenerSees() {
        RowList rows = new RowList();
        List<Integer> million = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            million.add(999_999 - i);
        }
        rows.replace(million);
        List<String> seen = new ArrayList<>();
        for (String name : List.of("table", "selection")) { // the second listener gets the change reset
            rows.addListener((javafx.collections.ListChangeListener<Integer>) c -> {
                while (c.next()) {
                    seen.add(name + " " + c.wasReplaced() + " " + c.getFrom() + ".." + c.getTo() + " removed "
                            + c.getRemovedSize() + " first " + c.getRemoved().get(0) + " added " + c.getAddedSize());
                }
            });
        }
        rows.replace(new ArrayList<>(List.of(5, 6)));
        assertEquals(List.of("table true 0..2 removed 1000000 first 999999 added 2",
                "selection true 0..2 removed 1000000 first 999999 added 2"), seen);
        rows.clear0();
        rows.clear0(); // nothing to nothing: no change
        assertEquals(4, seen.size());
    }

    @Test
    void theDataTableSearchesAndSortsOnTheRunnerAndShowsTheNewestRequest() {
        QueuedRunner runner = new QueuedRunner();
        DataTableViewModel table = new DataTableViewModel(vm, runner);
        DataSet data = vm.dataProperty().get();
        table.searchProperty().set(" ");
        table.searchProperty().set(""); // a request (the tab asks as the data opens)
        assertEquals(List.of(), table.rows(), "nothing shown before the runner has built the frame");
        assertEquals(2, runner.pending());
        runner.runAll();
        assertEquals(data.rows(), table.rows().size());

        String artist = data.tracks().artists()[7];
        List<Integer> expected = new ArrayList<>(); // the search, computed here by hand over the artist column
        for (int i = 0; i < data.rows(); i++) {
            String a = data.tracks().artists()[i];
            if (a != null && a.toLowerCase(Locale.ROOT).contains(artist.toLowerCase(Locale.ROOT))) {
                expected.add(i);
            }
        }
        table.searchProperty().set(artist.toUpperCase(Locale.ROOT));
        assertEquals(data.rows(), table.rows().size(), "the old rows stay until the search has run");
        assertTrue(table.updatingProperty().get(), "the search is under way");
        runner.runAll();
        assertFalse(table.updatingProperty().get(), "the search is done");
        assertTrue(table.rows().containsAll(expected), "every track by " + artist);
        assertTrue(table.rows().size() < data.rows());
        assertTrue(table.countTextProperty().get().startsWith(String.format(Locale.ROOT, "%,d track",
                table.rows().size())), table.countTextProperty().get());

        // a sort asked for, then the search cleared: the second finishes first, the first's rows never show
        int[] clusters = vm.resultProperty().get().clustering().labels();
        table.sortBy(List.of(new TrackFrame.SortKey(TrackFrame.CLUSTER, true)));
        table.searchProperty().set("");
        assertEquals(2, runner.pending());
        runner.runNewest();
        runner.runOldest();
        List<Integer> rows = List.copyOf(table.rows());
        assertEquals(data.rows(), rows.size());
        for (int r = 1; r < rows.size(); r++) {
            assertTrue(clusters[rows.get(r - 1)] <= clusters[rows.get(r)], "sorted by cluster at row " + r);
        }
    }

    /**
     * New data empties the table at once, before the runner has read the new rows: until then the table has the new
     * data's columns, and the older data's row numbers (past the end of smaller data) made every cell throw.
     */
    @Test
    void newDataEmptiesTheTableAtOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel w = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        w.startUp();
        DataTableViewModel table = new DataTableViewModel(w, runner);
        table.searchProperty().set(" ");
        table.searchProperty().set("");
        runner.runAll();
        int before = w.dataProperty().get().rows();
        assertEquals(before, table.rows().size(), "the sample's rows");
        java.nio.file.Path small = Fixtures.flatCsv(dir.resolve("small.csv"), 30, List.of());
        w.opening().openCsv(small, CsvMappingViewModel.of(small).mapping());
        assertEquals(30, w.dataProperty().get().rows(), w.statusProperty().get());
        assertEquals(0, table.rows().size(), "no row of the older data while the new rows are read");
        assertEquals("", table.countTextProperty().get());
        runner.runAll();
        assertEquals(30, table.rows().size(), "the new data's rows");
        assertTrue(table.rows().stream().allMatch(i -> i < 30), "rows of the new data only");
    }

    @Test
    void explanationsAndMeansAreComputedOncePerClusteringAndAsBefore() {
        AnalysisResult r = vm.resultProperty().get();
        var cached = ResultDetails.explanations(ResultDetails.warm(r));
        assertEquals(ClusterExplanations.of(r), cached, "the same explanations the tabs computed before");
        assertTrue(cached == ResultDetails.explanations(Reclustering.withProjectionOf(r, r)),
                "a re-projected result shares its clustering's entry");
        AnalysisResult k5 = Reclustering.withK(r, 5, Reclustering.Quality.PREVIEW, 1,
                org.genrescope.task.ProgressListener.NONE, new org.genrescope.task.CancellationSource());
        assertTrue(cached != ResultDetails.explanations(k5), "another clustering, other explanations");
        assertEquals(ClusterExplanations.of(k5), ResultDetails.explanations(k5));
        assertEquals(5, ResultDetails.explanations(k5).size());
        assertArrayEquals(k5.centroids(), ResultDetails.centroids(k5), 0.0, "the profile bars' means as before");
        assertArrayEquals(r.centroids(), ResultDetails.centroids(r), 0.0);
    }
}
