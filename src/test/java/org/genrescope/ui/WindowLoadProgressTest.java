package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.data.sample.SampleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a large folder in the window: the status bar's bar follows the bytes read, and Cancel keeps the data. */
class WindowLoadProgressTest {
    @TempDir
    static Path folder;

    @BeforeAll
    static void generate() throws Exception {
        SampleGenerator.generate(3000, 4, folder, false, true); // long texts: tracks.csv of about 20 MB
    }

    private static WorkbenchViewModel started(QueuedRunner runner) {
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        vm.startUp();
        runner.runAll();
        assertNotNull(vm.dataProperty().get());
        return vm;
    }

    @Test
    void theStatusBarShowsTheFractionOfTracksCsvRead() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = started(runner);
        vm.opening().openFmaFolder(folder);
        List<Double> fractions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        vm.progress().progressProperty().addListener((o, was, now) -> {
            if (vm.statusProperty().get().startsWith("load: tracks.csv:")) {
                fractions.add(now.doubleValue());
                texts.add(vm.statusProperty().get());
            }
        });
        runner.runOldest(); // the load
        assertTrue(fractions.size() >= 5, "bar moves while tracks.csv is read: " + fractions);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1) && fractions.get(i) <= 1, fractions.toString());
        }
        assertTrue(fractions.get(0) > 0 && fractions.get(0) < 0.5, fractions.toString());
        assertTrue(texts.get(0).matches("load: tracks\\.csv: \\d+ MB of \\d+ MB read, [\\d,]+ rows"), texts.get(0));
        runner.runAll();
        assertEquals(folder.toAbsolutePath(), vm.dataProperty().get().path().toAbsolutePath());
    }

    @Test
    void cancellingALoadHalfWayKeepsThePreviousDataAndResult() {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = started(runner);
        DataSet before = vm.dataProperty().get();
        AnalysisResult result = vm.resultProperty().get();
        vm.opening().openFmaFolder(folder);
        double[] cancelledAt = {-1};
        vm.progress().progressProperty().addListener((o, was, now) -> {
            if (cancelledAt[0] < 0 && now.doubleValue() > 0.1 && vm.statusProperty().get().contains("tracks.csv")) {
                cancelledAt[0] = now.doubleValue();
                vm.cancel();
            }
        });
        runner.runOldest();
        assertTrue(cancelledAt[0] > 0, "cancelled during the load");
        runner.runAll();
        assertSame(before, vm.dataProperty().get());
        assertSame(result, vm.resultProperty().get());
        assertNull(vm.errorProperty().get(), "a cancel is no error");
        assertTrue(vm.statusProperty().get().startsWith("Loading cancelled; the previous data is kept"),
                vm.statusProperty().get());
    }
}
