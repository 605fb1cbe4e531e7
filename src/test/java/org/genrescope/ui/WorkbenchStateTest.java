package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ProjectionMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's state stays true to what happened (issue 8, sections 5 and 6), checked through the view models. */
class WorkbenchStateTest {
    @TempDir
    Path dir;

    private Path sampleCopy() throws Exception {
        Path copy = dir.resolve("fma_copy");
        Files.createDirectories(copy);
        for (String f : new String[] {"tracks.csv", "echonest.csv", "genres.csv"}) {
            Files.copy(Path.of("sample-data/fma_sample").resolve(f), copy.resolve(f));
        }
        return copy;
    }

    /** Loads and trains the sample, and finishes the k sweep. */
    private static WorkbenchViewModel trainedSample(QueuedRunner runner, SettingsStore store) {
        WorkbenchViewModel vm = Fixtures.workbench(runner, store);
        vm.startUp();
        runner.runOldest(); // load
        runner.runOldest(); // train
        runner.runAll(); // the sweep
        assertNotNull(vm.trainedProperty().get(), vm.statusProperty().get());
        return vm;
    }

    @Test
    void aFailedOpenChangesNoSettingSoNothingIsOutOfDateAndTheNextTrainingKeepsTheGenres() throws Exception {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        Path csv = Fixtures.flatCsv(dir.resolve("flat.csv"), 90, List.of());
        vm.opening().openCsv(csv, new CsvMapping(Fixtures.AUDIO, "track_id", "genre"));
        assertTrue(vm.resultProperty().get().hasGenres(), vm.statusProperty().get());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        vm.opening().openFmaFolder(empty);
        assertNotNull(vm.errorProperty().get());
        assertEquals("genre", vm.settings().labelColumnProperty().get(), "the failed open changed no setting");
        assertFalse(vm.outOfDateProperty().get(), "nothing visible changed");
        vm.train();
        assertTrue(vm.resultProperty().get().hasGenres(), "still labelled");
    }

    @Test
    void theTitleSaysTheFirstDataIsOpeningThenNamesIt() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        // from the first frame, before the start reads the last session (session 16: "No data open" read as "nothing
        // will open")
        assertEquals("Opening Bundled sample...", vm.dataTitleProperty().get());
        vm.startUp();
        assertEquals("Opening Bundled sample...", vm.dataTitleProperty().get(),
                "not 'No data open' while the sample loads, and named as it will be once open");
        runner.runOldest(); // the load
        assertTrue(vm.dataTitleProperty().get().matches("Bundled sample: [0-9,]+ tracks, [0-9]+ genres"),
                vm.dataTitleProperty().get());
    }

    @Test
    void dataOpenedAgainComparesWithWhatItShowedBefore() throws Exception {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        Path copy = sampleCopy();
        vm.opening().openFmaFolder(copy); // loads and trains
        AnalysisResult first = vm.trainedProperty().get();
        assertEquals(copy, first.config().input());
        assertEquals(ShownResult.NOTHING_EARLIER, vm.comparisonProperty().get(), "nothing earlier on it yet");
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        for (String f : new String[] {"tracks.csv", "echonest.csv", "genres.csv"}) {
            Files.copy(copy.resolve(f), other.resolve(f));
        }
        vm.opening().openFmaFolder(other); // other data: nothing earlier on it in this window
        assertEquals(other, vm.trainedProperty().get().config().input());
        assertEquals(ShownResult.NOTHING_EARLIER, vm.comparisonProperty().get());
        vm.settings().kProperty().set(first.config().k() + 1);
        vm.opening().openFmaFolder(copy); // Open Recent: the copy again, with another k
        assertEquals(first.config().k() + 1, vm.trainedProperty().get().config().k());
        assertTrue(vm.comparisonProperty().get().startsWith("change: against the previous training's k = "
                + first.config().k()), vm.comparisonProperty().get());
    }

    @Test
    void theSameDataOpenedAgainWhileItTrainsIsNotCalledThePreviousData() throws Exception {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        Path copy = sampleCopy();
        vm.opening().openFmaFolder(copy);
        runner.runNewest(); // the load; its training is queued
        assertTrue(vm.trainingProperty().get());
        vm.opening().openFmaFolder(copy); // Open Recent on the data in training (new user, session 21)
        runner.runNewest();
        assertTrue(vm.noticeProperty().get().endsWith("The training in progress was stopped to open "
                + vm.dataProperty().get().name() + " again."), vm.noticeProperty().get());
    }

    @Test
    void aTrainingStoppedByALoadNeitherBlocksTheNewDatasTrainingNorSpeaksLate() throws Exception {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.startUp();
        runner.runOldest(); // load; its training is queued
        assertTrue(vm.trainingProperty().get());
        Path copy = sampleCopy();
        vm.opening().openFmaFolder(copy);
        assertTrue(vm.statusProperty().get().contains("training in progress was stopped"), vm.statusProperty().get());
        runner.runNewest(); // the new load, which trains the new data
        assertTrue(vm.statusProperty().get().contains("training in progress was stopped"), vm.statusProperty().get());
        assertTrue(vm.noticeProperty().get().endsWith("The training in progress on the previous data was stopped to "
                + "open " + vm.dataProperty().get().name() + "."), "kept until dismissed: " + vm.noticeProperty().get());
        assertEquals(2, runner.pending(), "the new data's training is queued beside the stopped one");
        runner.runNewest(); // the new data's training
        AnalysisResult fresh = vm.trainedProperty().get();
        assertEquals(copy, fresh.config().input());
        runner.runOldest(); // the stopped training ends late
        assertSame(fresh, vm.trainedProperty().get(), "the late training changed nothing");
        assertEquals(copy, vm.dataProperty().get().path());
        assertFalse(vm.statusProperty().get().contains("cancelled"), vm.statusProperty().get());
        assertFalse(vm.trainingProperty().get());
    }

    @Test
    void aProjectionChangeReprojectsAtOnceKeepingTheClustersAndTheSweep() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = trainedSample(runner, Fixtures.quickStore());
        AnalysisResult before = vm.trainedProperty().get();
        int swept = vm.sweep().readyProperty().get();
        vm.settings().<ProjectionMethod>objectProperty("projection").set(ProjectionMethod.UMAP);
        assertFalse(vm.outOfDateProperty().get(), "no Train needed");
        assertEquals(1, runner.pending(), "the re-projection runs at once");
        runner.runOldest();
        AnalysisResult after = vm.trainedProperty().get();
        assertEquals(ProjectionMethod.UMAP, after.config().projection());
        assertTrue(after.reusedStages().contains("cluster"), after.reusedStages().toString());
        assertEquals(0, runner.pending(), "no new k sweep");
        assertEquals(swept, vm.sweep().readyProperty().get());
        vm.settings().kProperty().set(5);
        // k = 5 is still swept: only its renumbering to the numbers on screen runs, in the background
        assertEquals(1, runner.pending(), "k = 5 is still swept, not clustered again");
        runner.runAll();
        assertSame(after.projection(), vm.resultProperty().get().projection(), "drawn with the new projection");
        assertNotSame(before.projection(), after.projection());
        // the swept k = 5 shows the new projection's notes, not the old one's (PCA's explained-variance note
        // goes), and keeps its clusters' own; the project's UMAP embeds every point of the sample, so it adds
        // none of its own here (Smile's left a note on points outside its largest component)
        List<String> pcaNotes = before.warnings().stream().filter(w -> !after.warnings().contains(w)).toList();
        assertTrue(vm.resultProperty().get().warnings().stream().noneMatch(pcaNotes::contains),
                vm.resultProperty().get().warnings().toString());
        assertTrue(vm.resultProperty().get().warnings().containsAll(after.warnings().stream()
                .filter(w -> !w.startsWith("k = ")).toList()), vm.resultProperty().get().warnings().toString());
        assertTrue(vm.notes().warnings().stream().noneMatch(pcaNotes::contains), vm.notes().warnings().toString());
    }

    @Test
    void theChangeColumnComparesWithTheTrainingNotWithTheKsPassedAndSaysSo() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = trainedSample(runner, Fixtures.quickStore());
        AnalysisResult trained = vm.trainedProperty().get();
        assertNull(vm.previousResultProperty().get(), "nothing earlier on this data");
        assertTrue(vm.comparisonProperty().get().contains("nothing earlier"), vm.comparisonProperty().get());
        vm.settings().kProperty().set(6);
        vm.settings().kProperty().set(5);
        runner.runAll(); // their renumberings in the background (k = 6's is dropped as replaced)
        assertSame(trained, vm.previousResultProperty().get(), "k = 6 was passed on the way, not compared with");
        assertTrue(vm.comparisonProperty().get().contains("k = 8"), vm.comparisonProperty().get());
        vm.settings().latentProperty().set(3);
        vm.train();
        runner.runOldest();
        assertEquals(5, vm.previousResultProperty().get().config().k(), "the full result shown before Train");
        assertTrue(vm.comparisonProperty().get().contains("previous training"), vm.comparisonProperty().get());
    }

    @Test
    void theStatusFollowsTheShownResultAndACancelledTextGoesWhenNewResultsShow() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = trainedSample(runner, Fixtures.quickStore());
        vm.settings().kProperty().set(5);
        runner.runAll(); // its renumbering
        assertTrue(vm.statusProperty().get().contains("5 clusters"), vm.statusProperty().get());
        vm.settings().latentProperty().set(3);
        vm.train();
        assertTrue(vm.metricsPlaceholderBinding().get().startsWith("Training"), "not 'Train to see the metrics'");
        vm.cancel();
        runner.runAll();
        assertTrue(vm.statusProperty().get().contains("cancelled"), vm.statusProperty().get());
        vm.settings().kProperty().set(4);
        runner.runAll(); // its renumbering
        assertTrue(vm.statusProperty().get().contains("4 clusters"), vm.statusProperty().get());
    }

    @Test
    void cancellingTheFirstTrainingOnNewDataDoesNotClaimAPreviousResult() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.startUp();
        runner.runOldest(); // load; its training is queued
        vm.cancel();
        runner.runAll();
        assertNull(vm.resultProperty().get());
        assertEquals("Training cancelled; no result on this data yet.", vm.statusProperty().get());
        assertEquals("Train to see the clusters.", vm.plotPlaceholderBinding().get(), "the empty plot says so");
    }

    /**
     * The sample trained, then a copy of it opened and trained, then {@code between} (a change of settings), then the
     * sample opened again and its training cancelled.
     */
    private WorkbenchViewModel sampleAfterACopyCancelled(QueuedRunner runner,
                                                         java.util.function.Consumer<WorkbenchViewModel> between)
            throws Exception {
        WorkbenchViewModel vm = trainedSample(runner, Fixtures.quickStore());
        vm.opening().openFmaFolder(sampleCopy());
        runner.runOldest(); // load
        runner.runOldest(); // train
        runner.runAll();
        assertNotNull(vm.trainedProperty().get(), vm.statusProperty().get());
        between.accept(vm);
        vm.opening().openSample();
        runner.runOldest(); // load; its training is queued
        vm.cancel();
        runner.runAll();
        return vm;
    }

    /**
     * A new user (session 22) opened FMA again after other data, cancelled its training, and read "no result on this
     * data yet", though the next Train showed the earlier result at once ("Shown again").
     */
    @Test
    void cancellingTheTrainingOfDataOpenedAgainSaysItsEarlierResultIsKept() throws Exception {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = sampleAfterACopyCancelled(runner, trained -> { });
        assertNull(vm.resultProperty().get());
        assertEquals("Training cancelled; this data's result from earlier in this run is kept: "
                + "Train shows it again without training.", vm.statusProperty().get());
        vm.train();
        runner.runOldest();
        assertTrue(vm.statusProperty().get().startsWith("Shown again"), vm.statusProperty().get());
    }

    /** The same, with other settings than the earlier result's (a new user had set 1,000 epochs): none is kept. */
    @Test
    void cancellingTheTrainingOfDataOpenedAgainWithOtherSettingsSaysSo() throws Exception {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = sampleAfterACopyCancelled(runner, trained -> trained.settings().latentProperty()
                .set(trained.settings().latentProperty().get() - 1));
        assertEquals("Training cancelled; nothing is shown for this data yet: its result from earlier in this run had "
                + "other settings.", vm.statusProperty().get());
    }

    @Test
    void cancellingDuringTheOpeningLoadStartsNoTraining() {
        // seen once by hand (session 18): a Cancel during the first load, and a training began after it
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.startUp();
        vm.cancel(); // the load is queued, not run yet
        runner.runAll();
        assertNull(vm.resultProperty().get(), vm.statusProperty().get());
        assertFalse(vm.trainingProperty().get(), "no training after a cancelled load");
        assertTrue(vm.statusProperty().get().toLowerCase(java.util.Locale.ROOT).contains("cancel"),
                vm.statusProperty().get());
    }

    @Test
    void aFileNamedTracksCsvWithoutFmasHeaderOpensAsAFlatCsv() throws Exception {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        Path csv = Fixtures.flatCsv(dir.resolve("tracks.csv"), 30, List.of());
        boolean[] asked = {false};
        vm.opening().open(csv, mapping -> {
            asked[0] = true;
            return Optional.empty();
        });
        runner.runOldest();
        assertTrue(asked[0], "a plain table named tracks.csv gets the column dialog, not FMA's folder reader");
    }

    @Test
    void theLossChartShowsTheShownAutoencodersCurveAfterACancelAndAfterAReuse() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = trainedSample(runner, Fixtures.quickAutoencoderStore());
        assertEquals(10, vm.losses().trainingLoss().size());
        vm.settings().intProperty("autoencoder.epochs").set(1000);
        vm.train();
        assertEquals(0, vm.losses().trainingLoss().size(), "a new training draws its own curve");
        vm.cancel();
        runner.runAll();
        assertEquals(10, vm.losses().trainingLoss().size(), "the shown result's curve, not the stopped one's");
        vm.settings().intProperty("autoencoder.epochs").set(10);
        vm.settings().<ProjectionMethod>objectProperty("projection").set(ProjectionMethod.UMAP);
        runner.runAll();
        assertTrue(vm.trainedProperty().get().reusedStages().contains("represent"));
        assertEquals(10, vm.losses().trainingLoss().size(), "a reused autoencoder keeps its curve");
    }

    @Test
    void theCsvHeaderIsReadInTheBackground() throws Exception {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        Path csv = Fixtures.flatCsv(dir.resolve("flat.csv"), 30, List.of("loudness"));
        boolean[] asked = {false};
        vm.opening().open(csv, mapping -> {
            asked[0] = true;
            assertTrue(mapping.columns().contains("loudness"));
            return Optional.empty();
        });
        assertFalse(asked[0], "nothing read on the calling (UI) thread");
        assertEquals(1, runner.pending());
        runner.runOldest();
        assertTrue(asked[0]);
    }

    @Test
    void exportAllCanBeCancelled() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = trainedSample(runner, Fixtures.quickStore());
        Path out = dir.resolve("out");
        vm.exports().exportAll(vm.resultProperty().get(), vm.dataProperty().get(),
                new Dialogs.FolderExport(out, new Exports.Size(400, 300, 96)));
        assertTrue(vm.exports().exportingProperty().get());
        vm.cancel();
        runner.runAll();
        assertFalse(vm.exports().exportingProperty().get());
        assertTrue(vm.statusProperty().get().contains("Export cancelled"), vm.statusProperty().get());
        assertFalse(Files.exists(out.resolve("clusters.png")), "stopped before the figures");
        assertNull(vm.errorProperty().get());
    }

    @Test
    void theDataSetHandsOutCopiesOfItsGenreCodes() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        DataSet d = vm.dataProperty().get();
        int first = d.genreCode(0);
        d.genreCodes()[0] = first + 5;
        assertEquals(first, d.genreCode(0));
        assertNotEquals(-2, first);
    }
}
