package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.junit.jupiter.api.Test;

/**
 * The estimate before Train and the comparison after it, on the bundled sample trained on the calling thread (PCA as
 * the code, so no DL4J), against paces and words worked out here from the result's own timings.
 */
class EstimateViewModelTest {
    private static double seconds(AnalysisResult r) {
        return r.timingsMs().values().stream().mapToLong(Long::longValue).sum() / 1000.0;
    }

    private static double pace(SettingsStore store, String name) {
        return store.get(Preferences.pace(name)).orElseThrow(() -> new AssertionError(name + " not measured"));
    }

    @Test
    void theFirstTrainingHasNoEstimateAndMeasuresEachStagesPace() {
        SettingsStore store = Fixtures.quickStore();
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), store);
        EstimateViewModel estimate = new EstimateViewModel(vm.settings(), vm.dataProperty(), vm.trainedProperty(),
                vm.trainingProperty(), store, vm.progress()::newestSecondsPerUnit, 2);
        assertEquals("", estimate.estimateProperty().get(), "no data: nothing to say");
        assertEquals("", estimate.lastRunProperty().get());

        vm.startUp(); // opens the sample and trains it
        AnalysisResult r = vm.trainedProperty().get();
        AnalysisConfig c = r.config();
        int n = r.rows();
        // PCA code: rows x 8 features x latent; K-Means: rows x k x latent a restart, its seconds a restart as the
        // status bar measured them, the rest of its lap (the metrics) per row; the plot's PCA: rows x latent
        assertEquals(r.timingsMs().get("represent") / 1000.0 / ((double) n * 8 * c.latent()), pace(store, "pca_code"),
                1e-18);
        assertEquals(2, c.restarts());
        Double restart = vm.progress().newestSecondsPerUnit().get("kmeans");
        double cluster = r.timingsMs().get("cluster") / 1000.0;
        if (restart != null) {
            assertEquals(restart / ((double) n * c.k() * c.latent()), pace(store, "kmeans"), 1e-18);
            assertEquals(Math.max(0, cluster - 2 * restart) / n, store.get(Preferences.paceOfRest("kmeans"))
                    .orElseThrow(), 1e-15);
        } else { // the two restarts' reports crossed (two threads): no restart measured, the whole lap is the pace
            assertEquals(cluster / ((double) n * c.k() * c.latent() * 2), pace(store, "kmeans"), 1e-18);
            assertEquals(0.0, store.get(Preferences.paceOfRest("kmeans")).orElseThrow());
        }
        assertEquals(r.timingsMs().get("project") / 1000.0 / ((double) n * c.latent()), pace(store, "pca"), 1e-18);
        assertEquals(String.format(Locale.ROOT, "Last training: %.1f s (no estimate before it).", seconds(r)),
                estimate.lastRunProperty().get());
        assertEquals("Nothing to train: these are the trained settings.", estimate.estimateProperty().get());
        // each pace is kept with the number of tracks it was measured on
        assertEquals((double) n, store.get(Preferences.paceRows("kmeans")).orElseThrow());
        // measured on 100 times the tracks: not scaled down to the sample, said so (session 17: a small run's paces
        // came to 8-17 times the real time on larger data)
        store.put(Preferences.paceRows("kmeans"), n * 100.0);
        store.remove(Preferences.pace("kmeans", Preferences.sizeClass(n))); // no run of the sample's size either
        vm.settings().intProperty("restarts").set(7);
        assertEquals(String.format(Locale.ROOT, "Train's time on %,d tracks is known after a training of a similar "
                + "size (the last one here had %,d tracks).", n, n * 100), estimate.estimateProperty().get());
    }

    @Test
    void aTrainingOfAnotherSizeDoesNotForgetThePaceOfThisOne() {
        SettingsStore store = Fixtures.quickStore();
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), store);
        EstimateViewModel estimate = new EstimateViewModel(vm.settings(), vm.dataProperty(), vm.trainedProperty(),
                vm.trainingProperty(), store, vm.progress()::newestSecondsPerUnit, 2);
        vm.startUp(); // the sample, measured
        int n = vm.trainedProperty().get().rows();
        int size = Preferences.sizeClass(n);
        assertEquals(pace(store, "kmeans"), store.get(Preferences.pace("kmeans", size)).orElseThrow(),
                "kept by its size class too");
        assertEquals((double) n, store.get(Preferences.paceRows("kmeans", size)).orElseThrow());
        vm.settings().intProperty("restarts").set(7);
        String known = estimate.estimateProperty().get();
        // a later training on a 30-track file (new user, session 21: FMA's pace was then unknown again)
        for (String name : new String[] {"kmeans", "pca", "pca_code"}) {
            store.put(Preferences.paceRows(name), 30.0);
            store.put(Preferences.pace(name), 1.0);
        }
        vm.settings().intProperty("restarts").set(8);
        vm.settings().intProperty("restarts").set(7);
        assertEquals(known, estimate.estimateProperty().get(), "the sample's own pace, not the 30 tracks'");
        assertTrue(!known.contains("known after"), known);
        // the classes: 2,000 tracks are class 10 (1,024..2,047); 30 are class 4
        assertEquals(10, Preferences.sizeClass(2000));
        assertEquals(4, Preferences.sizeClass(30));
        assertEquals(0, Preferences.sizeClass(0));
    }

    @Test
    void aChangeCountsTheStagesItComputesAgainAtTheirMeasuredPace() {
        SettingsStore store = Fixtures.quickStore();
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), store);
        EstimateViewModel estimate = new EstimateViewModel(vm.settings(), vm.dataProperty(), vm.trainedProperty(),
                vm.trainingProperty(), store, vm.progress()::newestSecondsPerUnit, 2);
        vm.startUp();
        int n = vm.trainedProperty().get().rows();
        AnalysisConfig c = vm.trainedProperty().get().config();
        // 20 restarts only re-cluster: n x k x latent x 20 units at a pace that makes them 250 s: "about 4 min"
        // (250 / 60 = 4.2); the autoencoder's and the plot's paces are not counted, their stages are kept
        double units = (double) n * c.k() * c.latent() * 20;
        store.put(Preferences.pace("kmeans"), 250 / units);
        store.put(Preferences.paceOfRest("kmeans"), 0.0);
        store.put(Preferences.pace("pca_code"), 1.0);
        store.put(Preferences.paceOfRest("pca_code"), 0.0);
        vm.settings().intProperty("restarts").set(20);
        // then the k sweep, as the restarts changed: every other k of 2..16 at the same pace, on one thread of two
        // (twice the time): 250 s / k x (2 + ... + 16 - k) x 2
        assertEquals(2, vm.settings().kRangeMinProperty().get());
        assertEquals(16, vm.settings().kRangeMaxProperty().get());
        double sweep = 250.0 / c.k() * (135 - c.k()) * 2;
        assertEquals("Train takes about 4 min here (from this machine's earlier trainings). The k range 2-16 then "
                + "takes " + TimeLeft.duration(sweep) + " more in the background.", estimate.estimateProperty().get());
        // k alone goes on with the range swept: no sweep to say
        vm.settings().intProperty("restarts").set(c.restarts());
        vm.settings().kProperty().set(c.k() + 1);
        assertTrue(!estimate.estimateProperty().get().contains("k range"), estimate.estimateProperty().get());
        vm.settings().kProperty().set(c.k());
        vm.settings().intProperty("restarts").set(20);

        // the latent size changes the code: PCA 1 s a unit (n x 8 x 3), K-Means as above with latent 3 (150 s), the
        // plot's PCA unmeasured: named, not guessed
        store.remove(Preferences.pace("pca"));
        vm.settings().latentProperty().set(3);
        double expected = n * 8.0 * 3 + 250 / units * n * c.k() * 3 * 20;
        assertEquals("Train takes " + TimeLeft.duration(expected) + " here, plus the PCA plot's time, known after its "
                + "first run. The k range 2-16 then takes " + TimeLeft.duration(sweep * 3 / c.latent())
                + " more in the background.", estimate.estimateProperty().get());

        vm.settings().latentProperty().set(c.latent());
        vm.train(); // 20 restarts, as estimated at "about 4 min"
        AnalysisResult again = vm.trainedProperty().get();
        assertEquals(20, again.config().restarts());
        assertEquals(String.format(Locale.ROOT, "Last training: %.1f s (estimated: about 4 min).", seconds(again)),
                estimate.lastRunProperty().get());
        // the run measured K-Means' pace again: its own, no longer the one put in by hand
        Double restart = vm.progress().newestSecondsPerUnit().get("kmeans");
        assertEquals(restart != null ? restart / (units / 20) : again.timingsMs().get("cluster") / 1000.0 / units,
                pace(store, "kmeans"), 1e-18);
        assertTrue(again.reusedStages().contains("represent"), "only the clustering ran: " + again.reusedStages());
        assertEquals(1.0, pace(store, "pca_code"), "a stage the run kept measures nothing");
    }

    @Test
    void aTrainCountsTheStagesItComputesAgain() {
        SettingsStore store = Fixtures.quickStore();
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), store);
        vm.startUp();
        AnalysisResult r = vm.trainedProperty().get();
        // nothing trained on this data: opening it read and scaled it, the rest is to compute
        java.util.List<String> trainOnly = java.util.List.of("represent", "cluster", "project");
        assertEquals(trainOnly, EstimateViewModel.stagesToRun(r.config().withInput(java.nio.file.Path.of("o.csv")), r));
        assertEquals(trainOnly, EstimateViewModel.stagesToRun(r.config(), null));
        assertEquals(java.util.List.of("cluster"), EstimateViewModel.stagesToRun(r.config().with("restarts", 7), r));
        // a cleaning setting reads the data again, and everything after it
        assertEquals(java.util.List.of("load", "group", "scale", "represent", "cluster", "project"),
                EstimateViewModel.stagesToRun(r.config().with("missing", org.genrescope.data.MissingValuePolicy.MEAN), r));
    }

    /** A new user read the sample's "Last training: 8.3 s" under FMA just opened (session 22). */
    @Test
    void theLastTrainingsTimeGoesWithItsData(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        EstimateViewModel estimate = vm.estimate();
        vm.startUp();
        runner.runOldest(); // load
        runner.runOldest(); // train
        runner.runAll();
        String sample = estimate.lastRunProperty().get();
        assertTrue(sample.startsWith("Last training: "), sample);
        java.nio.file.Path csv = Fixtures.flatCsv(dir.resolve("flat.csv"), 90, java.util.List.of());
        vm.opening().openCsv(csv, new CsvMapping(Fixtures.AUDIO, "track_id", "genre"));
        runner.runOldest(); // load; its training waits
        assertEquals("flat.csv", vm.dataProperty().get().path().getFileName().toString());
        assertEquals("", estimate.lastRunProperty().get(), "the sample's time is not this data's");
        runner.runAll();
        assertTrue(estimate.lastRunProperty().get().startsWith("Last training: "), "its own once trained");
    }
}
