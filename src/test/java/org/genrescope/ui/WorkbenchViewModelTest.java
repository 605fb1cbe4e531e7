package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Recipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchViewModelTest {

    @Test
    void firstStartOpensTheSampleSaysItIsSyntheticAndTrains() {
        SettingsStore store = Fixtures.quickAutoencoderStore();
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), store);
        vm.startUp();
        assertNotNull(vm.dataProperty().get());
        assertTrue(vm.dataProperty().get().synthetic());
        assertTrue(vm.noticeProperty().get().contains("synthetic"), vm.noticeProperty().get());
        assertTrue(vm.noticeProperty().get().contains("Open FMA folder"), vm.noticeProperty().get());
        AnalysisResult r = vm.resultProperty().get();
        assertNotNull(r, vm.statusProperty().get());
        assertEquals(8, r.config().k());
        assertFalse(vm.collapsedProperty().get(), () -> r.autoencoder().toString());
        assertFalse(vm.trainingProperty().get());
        assertEquals(10, vm.losses().trainingLoss().size(), "one loss per epoch reached the loss chart");
        assertTrue(vm.statusProperty().get().startsWith("Trained"), vm.statusProperty().get());
        assertEquals(true, store.get(Preferences.LAST_DATA_SYNTHETIC).orElseThrow());
    }

    @Test
    void movingKShowsTheSweptFullResultAndKeepsThePreviousForTheChangeColumn() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        AnalysisResult trained = vm.resultProperty().get();
        assertEquals(vm.sweep().totalProperty().get(), vm.sweep().readyProperty().get(), "the same-thread sweep finished");
        vm.settings().kProperty().set(5);
        AnalysisResult r = vm.resultProperty().get();
        assertEquals(5, r.config().k());
        assertEquals(5, r.clustering().clusterCount());
        assertFalse(vm.previewProperty().get());
        assertSame(trained, vm.previousResultProperty().get());
        assertFalse(vm.outOfDateProperty().get(), "k needs no training");
        assertNotNull(MetricRows.of(r, vm.previousResultProperty().get()).get(0).improved());
    }

    @Test
    void theSweepWaitsWhileANewResultArrivesAndWhileTheUserHoldsThePlot() throws Exception {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        UserActivity activity = new UserActivity(now::get);
        QueuedRunner runner = new QueuedRunner(activity);
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.settings().setKRange(6, 7);
        vm.startUp();
        runner.runOldest(); // load
        assertFalse(activity.busy(), "loading is no moment of the user's");
        runner.runOldest(); // train: the result arrives
        assertTrue(activity.busy(), "the result's arrival");
        assertEquals(1, runner.pending(), "the sweep");
        now.addAndGet(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(WorkbenchViewModel.RESULT_ARRIVAL_MS - 1));
        assertTrue(activity.busy());
        activity.pressed(); // the user drags the plot: the sweep, run on a thread of its own, waits
        now.addAndGet(java.util.concurrent.TimeUnit.SECONDS.toNanos(60));
        int readyBefore = vm.sweep().readyProperty().get();
        Thread sweep = new Thread(runner::runAll);
        sweep.start();
        sweep.join(300);
        assertTrue(sweep.isAlive(), "the sweep went on while the plot was held");
        assertEquals(readyBefore, vm.sweep().readyProperty().get(), "a k swept while the plot was held");
        activity.released();
        now.addAndGet(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(UserActivity.AFTER_RELEASE_MS));
        sweep.join(60_000);
        assertFalse(sweep.isAlive());
        assertEquals(2, vm.sweep().readyProperty().get());
        assertEquals(List.of(), runner.failures());
    }

    @Test
    void theSweepComputesTheChosenKRangeAndANewRangeSweepsOnlyWhatItAdds() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.settings().setKRange(6, 9);
        vm.startUp();
        runner.runOldest(); // load
        runner.runOldest(); // train
        runner.runAll(); // the sweep
        assertEquals(4, vm.sweep().totalProperty().get());
        assertEquals(4, vm.sweep().readyProperty().get());
        for (int k = 6; k <= 9; k++) {
            assertTrue(vm.sweep().isFullResultReady(k), "k = " + k);
        }
        assertFalse(vm.sweep().isFullResultReady(5));
        vm.settings().setKRange(3, 7);
        assertEquals(5, vm.sweep().totalProperty().get());
        assertEquals(2, vm.sweep().readyProperty().get(), "6 and 7 are kept");
        // one sweep for 3..5, and the renumbering of k = 7 (the slider's k moved into the range) before it is shown
        assertEquals(2, runner.pending(), "one sweep for 3..5 and k = 7's renumbering");
        runner.runAll();
        assertEquals(5, vm.sweep().readyProperty().get());
        vm.settings().kProperty().set(4);
        runner.runAll(); // k = 4's renumbering
        assertFalse(vm.previewProperty().get(), "k = 4 was swept");
        assertEquals(4, vm.resultProperty().get().config().k());
    }

    @Test
    void aKNotSweptYetShowsAPreviewThatTheFullResultReplaces() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.startUp();
        runner.runOldest(); // load
        runner.runOldest(); // train
        assertNotNull(vm.trainedProperty().get());
        assertEquals(1, runner.pending(), "the sweep is queued");
        vm.settings().kProperty().set(4);
        assertEquals(8, vm.resultProperty().get().config().k(), "nothing shown before the preview is computed");
        runner.runNewest(); // the preview
        assertEquals(8, vm.resultProperty().get().config().k(), "shown once renumbered, in the background");
        runner.runNewest(); // its renumbering to the shown result's numbers (NumberedResult)
        assertEquals(4, vm.resultProperty().get().config().k());
        assertTrue(vm.previewProperty().get());
        assertTrue(vm.resultProperty().get().warnings().get(0).startsWith("preview"));
        runner.runAll(); // the sweep
        assertEquals(4, vm.resultProperty().get().config().k());
        assertFalse(vm.previewProperty().get(), "the full result replaced the preview");
        assertEquals(2, vm.resultProperty().get().config().restarts());
        assertEquals(8, vm.previousResultProperty().get().config().k(), "refining keeps the previous result");
    }

    @Test
    void theExportSizeIsRememberedAndADamagedOneGivesTheDefault() {
        SettingsStore store = SettingsStore.inMemory();
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), store);
        assertEquals(Exports.Size.DEFAULT, vm.exports().exportSize());
        // the export itself stays queued: only what it remembers matters here
        Fixtures.workbench(new QueuedRunner(), store).exports().exportFigure(null, new Dialogs.FigureExport(
                Path.of("figure.png"), Exports.Format.PNG, new Exports.Size(800, 600, 300)));
        assertEquals(new Exports.Size(800, 600, 300), Fixtures.workbench(new CallingThreadRunner(), store).exports().exportSize());
        store.put(Preferences.EXPORT_DPI, 9999);
        assertEquals(Exports.Size.DEFAULT, vm.exports().exportSize());
    }

    @Test
    void theNotesListEveryWarningOfTheShownResultButThePreviewMarkAndStayDismissed() {
        QueuedRunner runner = new QueuedRunner();
        SettingsStore store = Fixtures.quickStore();
        Fixtures.remember(store, "drop_genres", java.util.List.of("Experimental", "No Such Genre"));
        WorkbenchViewModel vm = Fixtures.workbench(runner, store);
        vm.startUp();
        runner.runOldest();
        runner.runOldest();
        String notes = vm.notes().notesProperty().get();
        assertTrue(notes.contains("no genre named 'No Such Genre'"), notes);
        assertTrue(vm.statusProperty().get().contains("above the results"), vm.statusProperty().get());
        assertEquals(vm.notes().warnings().size(), notes.lines().count() - (vm.notes().warnings().size() == 1 ? 0 : 1),
                "one line per warning: " + notes);
        vm.notes().dismiss();
        assertEquals("", vm.notes().notesProperty().get());
        java.util.List<String> trainedNotes = java.util.List.copyOf(vm.notes().warnings());
        vm.settings().kProperty().set(4);
        runner.runNewest(); // the preview
        runner.runNewest(); // its renumbering
        assertTrue(vm.previewProperty().get());
        assertTrue(vm.resultProperty().get().warnings().get(0).startsWith("preview"));
        // a preview leaves the banner as it was: its notes (a sampled silhouette) put the banner up until the full
        // result took it down again, and the tabs jumped under a new user's mouse (session 13)
        assertEquals(trainedNotes, vm.notes().warnings());
        assertEquals("", vm.notes().notesProperty().get(), "still dismissed");
        runner.runAll(); // the sweep: the full k = 4
        assertFalse(vm.previewProperty().get());
        assertEquals(vm.resultProperty().get().warnings(), vm.notes().warnings(), "the full result's notes");
        assertFalse(vm.notes().notesProperty().get().contains("preview"), "the result's title says it is a preview");
    }

    @Test
    void cancellingATrainingKeepsThePreviousResult() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.startUp();
        runner.runOldest();
        runner.runOldest();
        runner.runAll();
        AnalysisResult before = vm.resultProperty().get();
        vm.settings().latentProperty().set(3);
        assertTrue(vm.outOfDateProperty().get());
        vm.train();
        assertTrue(vm.trainingProperty().get());
        vm.cancel();
        runner.runAll();
        assertFalse(vm.trainingProperty().get());
        assertSame(before, vm.resultProperty().get());
        assertTrue(vm.statusProperty().get().contains("cancelled"), vm.statusProperty().get());
        assertNull(vm.errorProperty().get());
        assertTrue(vm.outOfDateProperty().get(), "still out of date");
        vm.settings().latentProperty().set(5);
        assertFalse(vm.outOfDateProperty().get());
    }

    @Test
    void aLoadErrorIsOneSentenceAndThePreviousDataStays(@TempDir Path empty) {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        DataSet before = vm.dataProperty().get();
        AnalysisResult result = vm.resultProperty().get();
        vm.opening().openFmaFolder(empty);
        UserError error = vm.errorProperty().get();
        assertNotNull(error);
        assertTrue(error.sentence().contains(empty.getFileName().toString()), error.sentence());
        assertFalse(error.sentence().contains("\n"), error.sentence());
        assertTrue(error.details().contains("DataLoadException"), error.details());
        assertSame(before, vm.dataProperty().get());
        assertSame(result, vm.resultProperty().get());
        assertTrue(vm.statusProperty().get().contains("previous data is kept"), vm.statusProperty().get());
    }

    @Test
    void laterStartsReopenTheLastDataWithItsSettings(@TempDir Path folder) throws Exception {
        Path copy = folder.resolve("fma_copy");
        Files.createDirectories(copy);
        for (String f : new String[] {"tracks.csv", "echonest.csv", "genres.csv"}) {
            Files.copy(Path.of("sample-data/fma_sample").resolve(f), copy.resolve(f));
        }
        SettingsStore store = Fixtures.quickStore();
        WorkbenchViewModel first = Fixtures.workbench(new CallingThreadRunner(), store);
        first.startUp();
        first.opening().openFmaFolder(copy);
        first.settings().kProperty().set(6);
        first.saveState();

        WorkbenchViewModel second = Fixtures.workbench(new CallingThreadRunner(), store);
        second.startUp();
        assertEquals(copy.toAbsolutePath(), second.dataProperty().get().path().toAbsolutePath());
        assertEquals("", second.noticeProperty().get(), "no sample note for real data");
        assertEquals(6, second.resultProperty().get().config().k());
        assertEquals(copy.toAbsolutePath().toString(), second.opening().recent().get(0));
    }

    /**
     * The Open Recent menu listens to {@code recent()} from start to end of the session: a view that a collection
     * dropped stopped telling it (the menu stayed greyed out after opening a folder until a restart).
     */
    @Test
    void theRecentListTellsItsListenerOfDataOpenedLaterAndLeavesTheSampleOut(@TempDir Path folder) throws Exception {
        Path copy = folder.resolve("fma_copy");
        Files.createDirectories(copy);
        for (String f : new String[] {"tracks.csv", "echonest.csv", "genres.csv"}) {
            Files.copy(Path.of("sample-data/fma_sample").resolve(f), copy.resolve(f));
        }
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        List<List<String>> heard = new java.util.ArrayList<>();
        vm.opening().recent().addListener((javafx.collections.ListChangeListener<String>) c ->
                heard.add(List.copyOf(c.getList())));
        for (int i = 0; i < 3; i++) {
            System.gc(); // a view held only weakly by the list is collected here
        }
        vm.opening().openFmaFolder(copy);
        vm.opening().openSample();
        assertEquals(List.of(copy.toAbsolutePath().toString()), vm.opening().recent(), "the sample is no recent file");
        assertFalse(heard.isEmpty(), "the listener heard of the folder");
        assertEquals(List.of(copy.toAbsolutePath().toString()), heard.get(heard.size() - 1));
    }
}
