package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.genrescope.analysis.AnalysisResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The k slider race of session 11 (item 1) in the real window, headless, with the new user's preconditions: the last
 * session restored at start, the latent size moved without training, then the k thumb stepped six times with the
 * Right key about 50 ms apart. The plot's state line, the status bar and the slider must end at the same k.
 */
class KSliderWindowRaceTest {
    @TempDir
    static Path folder;
    private static final FxRobot robot = new FxRobot();


    @BeforeAll
    static void toolkit() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** The data: the bundled sample, or the folder in -Dksliderrace.data (the real FMA folder, as the user had). */
    private static final String DATA = System.getProperty("ksliderrace.data", "");

    private static WorkbenchApp start(SettingsStore store, Path session) throws Exception {
        return (WorkbenchApp) FxToolkit.setupApplication(() -> {
            WorkbenchApp app = new WorkbenchApp(() -> store, new NoDialogs(), false, session);
            if (!DATA.isEmpty()) {
                app.open(Path.of(DATA));
            }
            return app;
        });
    }

    private static final int ROUNDS = Integer.getInteger("ksliderrace.rounds", 1);

    @Test
    void steppingKQuicklyAfterARestoreEndsWithThePlotAtTheSlidersK() throws Exception {
        SettingsStore store = Fixtures.quickAutoencoderStore();
        Fixtures.remember(store, "k", 6);
        Path session = folder.resolve("last-session.genrescope");
        WorkbenchApp first = start(store, session);
        WorkbenchViewModel vm1 = first.viewModel();
        waitUntil(vm1, "trained and swept", () -> vm1.trainedProperty().get() != null && !vm1.busyBinding().get()
                && vm1.sweep().readyProperty().get() == vm1.sweep().totalProperty().get());
        robot.interact(vm1::saveState);
        FxToolkit.cleanupApplication(first);

        for (int round = 0; round < ROUNDS; round++) {
            WorkbenchApp app = start(copyOf(store), session);
            WorkbenchViewModel vm = app.viewModel();
            waitUntil(vm, "restored", () -> vm.trainedProperty().get() != null && !vm.busyBinding().get());
            assertTrue(vm.trainedProperty().get().reusedStages().contains(org.genrescope.analysis.Pipeline.RESTORED),
                    vm.statusProperty().get());
            robot.interact(() -> vm.settings().latentProperty().set(vm.settings().latentProperty().get() + 1));
            int from = stepKSixTimesQuickly(vm);
            AnalysisResult shown = vm.resultProperty().get();
            Label state = robot.lookup("#resultState").queryAs(Label.class);
            assertEquals(from + 6, vm.settings().kProperty().get(), "round " + round);
            assertEquals(from + 6, shown.config().k(), "round " + round);
            assertTrue(state.getText().startsWith("K-Means, k = " + (from + 6)), "round " + round + ": " + state.getText());
            assertTrue(vm.statusProperty().get().contains((from + 6) + " clusters"), vm.statusProperty().get());
            assertEquals(List.of(), app.uncaught(), "uncaught on the FX thread");
            FxToolkit.cleanupApplication(app);
        }
    }

    /**
     * The other way the user had it: the session saved, then opened in the same window (File > Open session: "Session
     * ... opened, its numbers reproduced. Shown again ..."), the latent size moved, and k stepped at once, while the k
     * range fills in again.
     */
    @Test
    void steppingKQuicklyAfterOpeningASessionInTheSameWindowEndsAtTheSlidersK() throws Exception {
        Path file = folder.resolve("study.genrescope");
        WorkbenchApp app = start(copyOf(null), null);
        WorkbenchViewModel vm = app.viewModel();
        waitUntil(vm, "trained", () -> vm.trainedProperty().get() != null && !vm.busyBinding().get());
        robot.interact(() -> vm.sessions().save(file));
        waitUntil(vm, "saved", () -> vm.statusProperty().get().startsWith("Saved the session"));
        for (int round = 0; round < ROUNDS; round++) {
            robot.interact(() -> vm.settings().latentProperty().set(5));
            robot.interact(() -> vm.sessions().open(file));
            waitUntil(vm, "opened", () -> vm.statusProperty().get().startsWith("Session study.genrescope opened")
                    && !vm.busyBinding().get());
            robot.interact(() -> vm.settings().latentProperty().set(vm.settings().latentProperty().get() + 1));
            int from = stepKSixTimesQuickly(vm);
            Label state = robot.lookup("#resultState").queryAs(Label.class);
            assertEquals(from + 6, vm.settings().kProperty().get(), "round " + round);
            assertTrue(state.getText().startsWith("K-Means, k = " + (from + 6)), "round " + round + ": " + state.getText());
            assertTrue(vm.statusProperty().get().contains((from + 6) + " clusters"), vm.statusProperty().get());
        }
        assertEquals(List.of(), app.uncaught(), "uncaught on the FX thread");
        FxToolkit.cleanupApplication(app);
    }

    /**
     * Focuses the k slider and presses Right six times 50 ms apart, as the new user did; waits until the sixth k's full
     * result is shown, and half a second more. Returns the k before the steps.
     */
    private static int stepKSixTimesQuickly(WorkbenchViewModel vm) throws InterruptedException {
        int from = vm.settings().kProperty().get();
        Slider slider = robot.lookup("#kSlider").queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.RIGHT);
            Thread.sleep(50);
        }
        waitUntil(vm, "k = " + (from + 6) + " is shown", () -> vm.resultProperty().get().config().k() == from + 6
                && !vm.previewProperty().get());
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        return from;
    }

    /** The same remembered settings, in a store of its own (the window remembers the latent size moved). */
    private static SettingsStore copyOf(SettingsStore ignored) {
        SettingsStore store = Fixtures.quickAutoencoderStore();
        Fixtures.remember(store, "k", 6);
        return store;
    }

    private static void waitUntil(WorkbenchViewModel vm, String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; status: " + vm.statusProperty().get()
                    + ", shown k: " + (vm.resultProperty().get() == null ? "none" : vm.resultProperty().get().config().k()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
