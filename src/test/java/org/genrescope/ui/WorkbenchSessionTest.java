package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Pipeline;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.session.ResultSummary;
import org.genrescope.session.SessionFile;
import org.genrescope.session.SessionKeeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart shows the last result without training, says why when it trains, and opens the command line's path. */
class WorkbenchSessionTest {
    @TempDir
    Path dir;
    private final AtomicInteger trainings = new AtomicInteger();
    private final AutoencoderTraining counting = (x, n, d, c, progress, epochs, cancel) -> {
        trainings.incrementAndGet();
        return IsolatedAutoencoderTrainer.shared().train(x, n, d, c, progress, epochs, cancel);
    };

    /** One start of the window on {@code store}, keeping its session in {@code file}; returns after it trained. */
    private WorkbenchViewModel start(SettingsStore store, Path file, Path requested, List<Path> opened) {
        Pipeline pipeline = new Pipeline(2, counting);
        SessionKeeper keeper = new SessionKeeper(file, pipeline, "test");
        WorkbenchViewModel vm = new WorkbenchViewModel(new CallingThreadRunner(), store, new SettingsViewModel(), pipeline,
                2, keeper);
        vm.startUp(requested, opened::add);
        vm.saveState();
        keeper.close(30);
        return vm;
    }

    @Test
    void aRestartShowsTheLastResultWithoutTrainingAndSaysWhyItTrainsAgain() throws Exception {
        SettingsStore store = Fixtures.quickAutoencoderStore();
        Path file = dir.resolve("last-session.genrescope");
        WorkbenchViewModel first = start(store, file, null, new ArrayList<>());
        AnalysisResult shown = first.resultProperty().get();
        assertEquals(1, trainings.get());
        assertTrue(Files.isRegularFile(file), "kept");

        WorkbenchViewModel second = start(store, file, null, new ArrayList<>());
        AnalysisResult restored = second.resultProperty().get();
        assertEquals(1, trainings.get(), "no training on the restart");
        // no "Trained: ... (4.9 s)": the saved timings are not this start's (a new user found that confusing)
        assertTrue(second.statusProperty().get().startsWith(String.format(java.util.Locale.ROOT,
                "Restored from the last session: %,d tracks in %d clusters (no training needed)", restored.rows(),
                restored.clustering().clusterCount())), second.statusProperty().get());
        assertEquals(ResultSummary.of(shown), ResultSummary.of(restored), "the same metrics, to the last digit");
        assertArrayEquals(shown.clustering().labels(), restored.clustering().labels());
        assertEquals(second.sweep().totalProperty().get(), second.sweep().readyProperty().get());
        // nothing earlier in this window: no change column, and the metrics' comparison line says why (session 15)
        assertNull(second.previousResultProperty().get());
        assertEquals(ShownResult.NOTHING_EARLIER, second.comparisonProperty().get());

        Fixtures.remember(store, "latent", 4);
        WorkbenchViewModel third = start(store, file, null, new ArrayList<>());
        assertEquals(2, trainings.get());
        assertTrue(third.statusProperty().get().startsWith("Computed again: settings changed: latent size 5 -> 4. "),
                third.statusProperty().get());
    }

    @Test
    void aRestoreIsForeseenOnlyForTheSessionsFileWithItsSettings() throws Exception {
        SettingsStore store = Fixtures.quickAutoencoderStore();
        Path file = dir.resolve("last-session.genrescope");
        AnalysisConfig saved = start(store, file, null, new ArrayList<>()).resultProperty().get().config();
        SessionKeeper keeper = new SessionKeeper(file, new Pipeline(2, counting), "test");
        assertEquals("", keeper.read());
        assertFalse(keeper.mayRestore(saved), "no data opened yet: nothing to restore against");
        keeper.opened();
        assertTrue(keeper.mayRestore(saved));
        assertFalse(keeper.mayRestore(saved.with("latent", 4)), "a slow stage's setting changed: it trains");
        assertFalse(keeper.mayRestore(saved.withInput(dir.resolve("other.csv"))), "other data: it trains");
        keeper.close(30);
    }

    @Test
    void theMetricsPlaceholderSaysRestoringOrTraining() {
        WorkViewModel work = new WorkViewModel();
        assertEquals("Train to see the metrics.", work.metricsPlaceholder().get());
        work.beginLoad();
        assertEquals("Loading...", work.metricsPlaceholder().get());
        work.beginTraining(true);
        assertEquals("Restoring the session's results: the metrics follow.", work.metricsPlaceholder().get());
        WorkViewModel.Job training = work.beginTraining();
        assertEquals("Training: the metrics follow.", work.metricsPlaceholder().get());
        work.end(training);
        assertEquals("Train to see the metrics.", work.metricsPlaceholder().get());
    }

    @Test
    void theEmptyPlotSaysLoadingTrainingOrTrain() {
        // a new user cancelled a first training and found the plot's area blank (session 18)
        WorkViewModel work = new WorkViewModel();
        assertEquals("Train to see the clusters.", work.plotPlaceholder().get());
        work.beginLoad();
        assertEquals("Loading...", work.plotPlaceholder().get());
        work.beginTraining(true);
        assertEquals("Restoring the session's results: the plot follows.", work.plotPlaceholder().get());
        WorkViewModel.Job training = work.beginTraining();
        assertEquals("Training: the plot follows.", work.plotPlaceholder().get());
        work.end(training);
        assertEquals("Train to see the clusters.", work.plotPlaceholder().get(), "ended or cancelled, nothing shown");
    }

    @Test
    void anUnusableSessionAndAMissingPathAreSaidAboveTheLastData() throws Exception {
        SettingsStore store = Fixtures.quickStore();
        Path file = Files.writeString(dir.resolve("last-session.genrescope"), "{\"format\": \"genrescope-session\"");
        List<Path> opened = new ArrayList<>();
        Path missing = dir.resolve("missing.csv");
        WorkbenchViewModel vm = start(store, file, missing, opened);
        assertEquals(List.of(), opened, "the missing path is not opened");
        assertTrue(vm.dataProperty().get().synthetic(), "the last data (here, the first start's sample) opened");
        String notice = vm.noticeProperty().get();
        assertTrue(notice.startsWith("Genrescope could not open " + missing.toAbsolutePath()
                + ": there is no such file or folder; the last data is open instead. The last session ("), notice);
        assertTrue(notice.contains("it is not valid JSON"), notice);
        assertTrue(vm.resultProperty().get() != null, "and it trained");
        assertTrue(Files.readString(file).contains("\"schema_version\":1"), "the unusable file was replaced");
    }

    @Test
    void aGivenPathIsOpenedInsteadOfTheLastData() throws Exception {
        Path csv = Fixtures.flatCsv(dir.resolve("music.csv"), 60, List.of());
        List<Path> opened = new ArrayList<>();
        start(Fixtures.quickStore(), dir.resolve("s.genrescope"), csv, opened);
        assertEquals(List.of(csv.toAbsolutePath().normalize()), opened, "handed to the window, which maps a CSV's columns");
    }

    /**
     * A restart restores the k range as it was (session 11, item 6: "k range: 14 of 15 ready" and a kept file that
     * shrank to the trained k): every k is ready at once, the slider shows a kept k's full result (not a preview),
     * each k's numbers are those the first run computed, and the session kept after the restart still holds them all.
     */
    @Test
    void aRestartRestoresTheWholeKRangeAndKeepsItOnDisk() throws Exception {
        SettingsStore store = Fixtures.quickAutoencoderStore();
        Path file = dir.resolve("last-session.genrescope");
        WorkbenchViewModel first = start(store, file, null, new ArrayList<>());
        int total = first.sweep().totalProperty().get();
        assertEquals(total, first.sweep().readyProperty().get(), "the premise: the first run swept the whole range");
        long keptBytes = Files.size(file);

        QueuedRunner runner = new QueuedRunner();
        Pipeline pipeline = new Pipeline(2, counting);
        SessionKeeper keeper = new SessionKeeper(file, pipeline, "test");
        WorkbenchViewModel second = new WorkbenchViewModel(runner, store, new SettingsViewModel(), pipeline, 2, keeper);
        second.startUp();
        while (second.trainedProperty().get() == null && runner.pending() > 0) {
            runner.runOldest();
        }
        assertEquals(1, trainings.get(), "restored, not trained");
        assertEquals(total, second.sweep().readyProperty().get(), "the k range is restored, not recomputed");
        assertEquals(first.sweep().clusterings().keySet(), keeper.last().sweep().keySet(),
                "the session kept after the restart still has every k");

        // the slider on a kept k whose numbers are not computed yet: its full result, not a one-restart preview
        int k = second.settings().kProperty().get() + 2;
        second.settings().kProperty().set(k);
        int sweepAndMore = runner.pending();
        runner.runNewest(); // its scoring (the sweep, queued first, still waits)
        while (runner.pending() >= sweepAndMore) {
            runner.runNewest(); // the numbering to the clusters on screen
        }
        assertEquals(k, second.resultProperty().get().config().k());
        assertFalse(second.previewProperty().get(), "a kept k is shown whole");
        assertEquals(ResultSummary.of(first.sweep().fullResult(k)), ResultSummary.of(second.sweep().fullResult(k)));
        // shown with the numbers on screen (renumbered), with the same metrics
        assertEquals(ResultSummary.of(first.sweep().fullResult(k)).metrics(),
                ResultSummary.of(second.resultProperty().get()).metrics());
        runner.runAll();
        for (int each : first.sweep().clusterings().keySet()) {
            assertEquals(ResultSummary.of(first.sweep().fullResult(each)),
                    ResultSummary.of(second.sweep().fullResult(each)), "k = " + each + ", to the last digit");
        }
        second.saveState();
        keeper.close(30);
        assertEquals(first.sweep().clusterings().keySet(), SessionFile.read(file).session().sweep().keySet());
        assertTrue(Files.size(file) > keptBytes * 9 / 10, Files.size(file) + " bytes kept, " + keptBytes + " before");
    }

    /**
     * Train with unchanged settings shows the same result again ("Shown again ... nothing trained again"): the k range
     * goes on with every k it had, instead of starting again at "1 of 15 ready" (session 11, item 9).
     */
    @Test
    void trainingAgainWithTheSameSettingsKeepsTheKRange() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.startUp();
        while (vm.trainedProperty().get() == null && runner.pending() > 0) {
            runner.runOldest();
        }
        runner.runAll(); // the sweep
        int total = vm.sweep().totalProperty().get();
        assertEquals(total, vm.sweep().readyProperty().get());
        int other = vm.settings().kProperty().get() + 1;
        AnalysisResult swept = vm.sweep().fullResult(other);

        vm.train();
        runner.runAll();
        assertTrue(vm.statusProperty().get().startsWith("Shown again"), vm.statusProperty().get());
        assertEquals(total, vm.sweep().readyProperty().get(), "the k range is not computed again");
        assertEquals(swept, vm.sweep().fullResult(other), "the same swept result, not a new one");

        // only k changed: the same codes, so the range holds too
        vm.settings().kProperty().set(other);
        runner.runAll();
        vm.train();
        runner.runAll();
        assertEquals(other, vm.trainedProperty().get().config().k());
        assertEquals(total, vm.sweep().readyProperty().get());

        // a setting of the codes changed: the range starts again
        vm.settings().latentProperty().set(vm.settings().latentProperty().get() + 1);
        vm.train();
        assertEquals(1, runner.pending(), "the training");
        runner.runOldest();
        assertTrue(vm.sweep().readyProperty().get() < total, "new codes: the range is swept again");
    }

    /**
     * A restart colours and selects as the window was left (session 11, item 6): colour by genre and the selection,
     * kept as track ids, come back with the restored result.
     */
    @Test
    void aRestartColoursAndSelectsAsTheWindowWasLeft() {
        SettingsStore store = Fixtures.quickStore();
        Path file = dir.resolve("last-session.genrescope");
        Pipeline pipeline = new Pipeline(2, counting);
        SessionKeeper keeper = new SessionKeeper(file, pipeline, "test");
        WorkbenchViewModel first = startedWith(store, pipeline, keeper);
        first.colourByGenreProperty().set(true);
        int[] rows = {1, 5, 7, first.resultProperty().get().rows() - 1};
        first.select(rows);
        first.lassoSelectProperty().set(true);
        first.saveState();
        keeper.close(30);

        WorkbenchViewModel second = start(store, file, null, new ArrayList<>());
        assertTrue(second.resultProperty().get().reusedStages().contains(Pipeline.RESTORED));
        assertTrue(second.colourByGenreProperty().get(), "coloured by genre again");
        assertArrayEquals(rows, second.selectionProperty().get(), "the same tracks selected");
        assertTrue(second.lassoSelectProperty().get(), "selecting with a lasso again, not a box");
    }

    /**
     * A restart brings the Compare tab's result back with the restored result (session 14): kept the moment the
     * comparison finished (no saveState: a window killed instead of closed keeps it), read back with every number it
     * showed.
     */
    @Test
    void aRestartBringsTheComparisonBack() {
        SettingsStore store = Fixtures.quickStore();
        Path file = dir.resolve("last-session.genrescope");
        Pipeline pipeline = new Pipeline(2, counting);
        SessionKeeper keeper = new SessionKeeper(file, pipeline, "test");
        WorkbenchViewModel first = startedWith(store, pipeline, keeper);
        // by hand, seed 3's autoencoder collapsed: the restored tables must leave it out of the means as computed
        org.genrescope.analysis.Comparison.Result compared =
                org.genrescope.analysis.CollapsedComparisonFixture.result(false);
        first.keepComparison(compared);
        keeper.close(30);
        assertEquals(null, first.restoredComparisonProperty().get(), "nothing was restored in the first window");

        WorkbenchViewModel second = start(store, file, null, new ArrayList<>());
        assertTrue(second.resultProperty().get().reusedStages().contains(Pipeline.RESTORED));
        CompareViewModel.Restored back = second.restoredComparisonProperty().get();
        assertTrue(back != null, "the comparison came back with the result");
        assertEquals(compared.runs(), back.result().runs());
        assertEquals(CompareTexts.rows(compared), CompareTexts.rows(back.result()));
        assertEquals(CompareTexts.caption(compared), CompareTexts.caption(back.result()));
        assertEquals(CompareTexts.metricsHeading(compared), CompareTexts.metricsHeading(back.result()));

        // and it stays kept: a third start has it still (the second kept it with its own saves)
        WorkbenchViewModel third = start(store, file, null, new ArrayList<>());
        assertEquals(compared.runs(), third.restoredComparisonProperty().get().result().runs());
    }

    /**
     * A restart with the k slider left on another k of the swept range than the trained one (new user, session 15:
     * 25 s of "restart 22 of 100" before "Restored ... (no training needed)" on the real data, and not on the start
     * after): that k's clustering comes from the session's k sweep, so K-Means runs no restart and the result is the
     * one the sweep computed. When a setting of the clustering did change, it clusters again and says which.
     */
    @Test
    void aRestartOnAnotherKOfTheSweepClustersNothingAndSaysWhyWhenItDoes() {
        SettingsStore store = Fixtures.quickAutoencoderStore();
        Path file = dir.resolve("last-session.genrescope");
        Pipeline pipeline = new Pipeline(2, counting);
        SessionKeeper keeper = new SessionKeeper(file, pipeline, "test");
        WorkbenchViewModel first = startedWith(store, pipeline, keeper);
        int trainedK = first.trainedProperty().get().config().k();
        int k = trainedK + 2;
        first.settings().kProperty().set(k); // the slider, where the window was left
        AnalysisResult swept = first.sweep().fullResult(k);
        assertTrue(swept != null, "the premise: the sweep computed k = " + k);
        AnalysisResult onScreen = first.resultProperty().get();
        assertEquals(k, onScreen.config().k(), "the premise: the slider's k on screen");
        int[] shownLabels = onScreen.clustering().labels().clone();
        assertFalse(java.util.Arrays.equals(shownLabels, swept.clustering().labels()),
                "the premise: the window shows k = " + k + " renumbered to agree with the trained k's clusters");
        first.saveState();
        keeper.close(30);
        assertEquals(trainedK, SessionFile.read(file).session().config().k(), "the premise: the session's trained k");

        List<String> statuses = new ArrayList<>();
        WorkbenchViewModel second = startWatched(store, file, statuses);
        AnalysisResult restored = second.trainedProperty().get();
        assertEquals(1, trainings.get(), "no training");
        assertEquals(k, restored.config().k());
        assertEquals(List.of(), statuses.stream().filter(t -> t.startsWith("kmeans")).toList(), "no K-Means restart");
        assertSamePartition(swept.clustering().labels(), restored.clustering().labels());
        // numbered and coloured as the window showed it when it was left (new user, session 16: a restore renumbered)
        assertArrayEquals(shownLabels, second.resultProperty().get().clustering().labels(), "the numbers on screen");
        // the metrics summed over its clusters in their shown order: the same within 1e-9 (ResultSummary's rule)
        assertEquals(List.of(), ResultSummary.of(onScreen).differences(ResultSummary.of(restored)), "its numbers");
        assertTrue(second.statusProperty().get().startsWith(String.format(java.util.Locale.ROOT,
                "Restored from the last session: %,d tracks in %d clusters (no training needed)", restored.rows(),
                restored.clustering().clusterCount())), second.statusProperty().get());
        // another k compares with the restored result, named as such: "this training's k = " named a k the user never
        // trained (new user, session 16)
        second.settings().kProperty().set(trainedK);
        assertEquals(trainedK, second.resultProperty().get().config().k(), "the premise: the kept k shown");
        assertEquals(String.format(java.util.Locale.ROOT, "change: against this restored result's k = %d (%s, %s)", k,
                restored.config().representation().id(), restored.config().algorithm().id()),
                second.comparisonProperty().get());

        // a setting of the clustering changed since: the codes are restored, the clusters computed again, and said
        Fixtures.remember(store, "restarts", 3);
        statuses.clear();
        WorkbenchViewModel third = startWatched(store, file, statuses);
        assertEquals(1, trainings.get(), "no training");
        assertTrue(statuses.contains("Restoring the session's results (trained again if the data changed); clustering "
                + "again (settings changed: restarts 2 -> 3)..."), statuses.toString());
        assertTrue(statuses.stream().anyMatch(t -> t.startsWith("kmeans")), "K-Means ran: " + statuses);
        assertTrue(third.statusProperty().get().startsWith("Clustered again: settings changed: restarts 2 -> 3. "
                + "Restored from the last session: "), third.statusProperty().get());
    }

    /**
     * From the window's first frame (the view model made, before the start reads the last session, which took 6-8 s
     * on the real data) the status bar says what opens and the title names it: "Ready" and "No data open" read as
     * "nothing will open" (new user, session 15). Said for each way a start decides what to open. The bar is busy only
     * once the start runs: an animated bar in the first frames kept them from being seen drawn and delayed the load
     * by 6 s (session 17).
     */
    @Test
    void fromTheFirstFrameTheStatusSaysWhatTheStartOpens() throws Exception {
        SettingsStore store = Fixtures.quickStore();
        Path csv = Fixtures.flatCsv(dir.resolve("music.csv"), 60, List.of());
        Path other = Fixtures.flatCsv(dir.resolve("other.csv"), 60, List.of());

        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel first = unstarted(runner, store);
        assertSays(first, false, "Opening the bundled sample data (first start)...", "Opening Bundled sample...");
        first.startUp();
        assertEquals(1, runner.pending(), "the premise: the session's read waits, the load has not begun");
        assertSays(first, true, "Opening the bundled sample data (first start)...", "Opening Bundled sample...");

        store.put(Preferences.LAST_DATA, csv);
        store.put(Preferences.LAST_DATA_SYNTHETIC, false);
        Fixtures.remember(store, "k", 5);
        WorkbenchViewModel later = unstarted(new QueuedRunner(), store);
        assertSays(later, false, "Opening music.csv (last used)...", "Opening music.csv...");
        later.startUp();
        assertSays(later, true, "Opening music.csv (last used)...", "Opening music.csv...");
        // and the controls show the last settings while the session is read, not the defaults (new user, session 16)
        assertEquals(5, later.settings().kProperty().get(), "the last k, before the session's read has run");

        WorkbenchViewModel given = unstarted(new QueuedRunner(), store);
        given.foresee(other); // as the window does before its first frame
        assertSays(given, false, "Opening other.csv...", "Opening other.csv...");
        given.startUp(other, path -> { });
        assertSays(given, true, "Opening other.csv...", "Opening other.csv...");

        WorkbenchViewModel missing = unstarted(new QueuedRunner(), store);
        missing.startUp(dir.resolve("gone.csv"), path -> { });
        assertSays(missing, true, "Opening music.csv (last used)...", "Opening music.csv...");

        store.put(Preferences.LAST_DATA_SYNTHETIC, true);
        assertSays(unstarted(new QueuedRunner(), store), false, "Opening the bundled sample data (last used)...",
                "Opening Bundled sample...");
        store.put(Preferences.LAST_DATA_SYNTHETIC, false);
        Files.delete(csv);
        assertSays(unstarted(new QueuedRunner(), store), false, "Opening the bundled sample data (the last data, " + csv
                + ", is not there)...", "Opening Bundled sample...");
    }

    /** Both label the tracks alike up to the clusters' numbers: one clustering, maybe renumbered. */
    private static void assertSamePartition(int[] expected, int[] actual) {
        assertEquals(expected.length, actual.length);
        java.util.Map<Integer, Integer> numbers = new java.util.HashMap<>();
        for (int i = 0; i < expected.length; i++) {
            Integer was = numbers.putIfAbsent(expected[i], actual[i]);
            assertTrue(was == null || was == actual[i], "track " + i + ": cluster " + expected[i] + " is "
                    + actual[i] + " here and " + was + " before");
        }
        assertEquals(numbers.size(), new java.util.HashSet<>(numbers.values()).size(), "two clusters became one");
    }

    /** A window's view model that keeps its session in this test's folder, not started. */
    private WorkbenchViewModel unstarted(BackgroundRunner runner, SettingsStore store) {
        Pipeline pipeline = new Pipeline(2, counting);
        return new WorkbenchViewModel(runner, store, new SettingsViewModel(), pipeline, 2,
                new SessionKeeper(dir.resolve("last-session.genrescope"), pipeline, "test"));
    }

    /** {@code busy}: the bar indeterminate (the start runs), else still (the first frames: nothing runs yet). */
    private static void assertSays(WorkbenchViewModel vm, boolean busy, String status, String title) {
        assertEquals(status, vm.statusProperty().get());
        assertEquals(busy ? -1 : 0, vm.progress().progressProperty().get(), busy ? "busy" : "still");
        assertEquals(title, vm.dataTitleProperty().get());
    }

    /** As {@link #start}, without a path, with every text of the status bar added to {@code statuses}. */
    private WorkbenchViewModel startWatched(SettingsStore store, Path file, List<String> statuses) {
        Pipeline pipeline = new Pipeline(2, counting);
        SessionKeeper keeper = new SessionKeeper(file, pipeline, "test");
        WorkbenchViewModel vm = new WorkbenchViewModel(new CallingThreadRunner(), store, new SettingsViewModel(), pipeline,
                2, keeper);
        vm.statusProperty().addListener((o, was, now) -> statuses.add(now));
        vm.startUp();
        vm.saveState();
        keeper.close(30);
        return vm;
    }

    /** A window's view model on {@code pipeline}, started, with {@code keeper} keeping its session. */
    private static WorkbenchViewModel startedWith(SettingsStore store, Pipeline pipeline, SessionKeeper keeper) {
        WorkbenchViewModel vm = new WorkbenchViewModel(new CallingThreadRunner(), store, new SettingsViewModel(),
                pipeline, 2, keeper);
        vm.startUp();
        return vm;
    }
}
