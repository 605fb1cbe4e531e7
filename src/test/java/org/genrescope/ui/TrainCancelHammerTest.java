package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.genrescope.analysis.AnalysisResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 9: "a test hammers Train and Cancel and finds the previous result intact and the FX thread answering". The
 * real window (headless) trains the sample, then Train and Cancel are pressed many times in quick succession, by
 * button and by key, with pauses from none to a fraction of a second; some trainings are cancelled only once the
 * worker process reports epochs, so its kill-and-restart path runs too. Afterwards the result shown is the same
 * object with the same metrics rows, labels, loss curve and scatter pixels, no error was shown, the status says the
 * training was cancelled, the FX thread answers, and a last training still succeeds.
 */
class TrainCancelHammerTest {
    /** Train on the even presses, Cancel on the odd; the Trains of presses 0 and 16 run until the worker trains. */
    private static final int PRESSES = 30;
    /** Liveness, not speed: how long the FX thread may take to run a posted action before the test fails. */
    private static final long ANSWER_SECONDS = 10;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;


    @BeforeAll
    static void openTheWindow() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(Fixtures::quickAutoencoderStore,
                new NoDialogs(), false));
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void hammeringTrainAndCancelKeepsTheShownResultAndTheWindowAnswering() throws Exception {
        WorkbenchViewModel vm = app.viewModel();
        waitUntil("the sample is trained", () -> vm.resultProperty().get() != null && !vm.busyBinding().get());
        List<Object> errors = new CopyOnWriteArrayList<>();
        robot.interact(() -> vm.errorProperty().addListener((o, was, error) -> {
            if (error != null) {
                errors.add(error.sentence());
            }
        }));
        AnalysisResult shown = vm.resultProperty().get();
        AnalysisResult trained = vm.trainedProperty().get();
        int[] labels = shown.clustering().labels().clone();
        TableView<MetricRow> metricsTable = robot.lookup("#metricsTable").queryAs(TableView.class);
        List<String> metrics = rows(metricsTable);
        List<Double> loss = List.copyOf(vm.losses().trainingLoss());
        int[] scatter = scatterPixels();
        assertTrue(!metrics.isEmpty() && !loss.isEmpty(), "a result with metrics and a loss curve is shown");

        // long trainings, so that only a Cancel ends them
        int epochs = vm.settings().intProperty("autoencoder.epochs").get();
        robot.interact(() -> vm.settings().intProperty("autoencoder.epochs").set(100_000));
        Random random = new Random(9);
        long hammerStart = System.nanoTime();
        long[] pauses = {0, 0, 1, 3, 10, 30, 80, 200};
        int trainPresses = 0;
        int workerTrainingsCancelled = 0;
        for (int press = 0; press < PRESSES; press++) {
            if (press % 2 == 0) {
                trainPresses++;
                boolean untilEpochs = press == 0 || press == 16;
                if (untilEpochs) {
                    waitUntil("the window is idle", () -> !vm.busyBinding().get()); // so this Train starts one
                }
                if (random.nextBoolean()) {
                    robot.clickOn("#trainButton");
                } else {
                    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
                }
                if (untilEpochs) {
                    // let this one reach the worker process and train, so the Cancel kills a training worker
                    waitUntil("the worker reports epochs", () -> !vm.trainingProperty().get()
                            || !vm.losses().trainingLoss().isEmpty());
                    workerTrainingsCancelled += vm.trainingProperty().get() ? 1 : 0;
                }
            } else if (random.nextBoolean()) {
                robot.clickOn("#cancelButton");
            } else {
                robot.type(KeyCode.ESCAPE);
            }
            Thread.sleep(pauses[random.nextInt(pauses.length)]);
        }
        assertFxThreadAnswers("right after the last press");
        robot.type(KeyCode.ESCAPE);
        waitUntil("the last training stops", () -> !vm.busyBinding().get());
        assertFxThreadAnswers("after the last cancel");

        assertSame(shown, vm.resultProperty().get(), "the shown result is the one from before");
        assertSame(trained, vm.trainedProperty().get(), "the trained result is the one from before");
        assertArrayEquals(labels, vm.resultProperty().get().clustering().labels(), "the assignments");
        assertEquals(metrics, rows(metricsTable), "the metrics table");
        assertEquals(loss, List.copyOf(vm.losses().trainingLoss()), "the loss curve is the shown result's");
        // the settings as they were, so that no "out of date" banner changes the plot's size
        robot.interact(() -> vm.settings().intProperty("autoencoder.epochs").set(epochs));
        assertArrayEquals(scatter, scatterPixels(), "the scatter plot's pixels");
        assertEquals(List.of(), errors, "no error was shown");
        assertEquals(List.of(), app.uncaught(), "nothing reached the FX thread's top");
        assertEquals("Training cancelled; the previous result is kept.", vm.statusProperty().get());
        assertTrue(workerTrainingsCancelled >= 2, "trainings cancelled while the worker trained: "
                + workerTrainingsCancelled);
        System.out.printf("TrainCancelHammerTest: %d presses (%d Train) in %.1f s, %d trainings cancelled in the "
                + "worker%n", PRESSES, trainPresses, (System.nanoTime() - hammerStart) / 1e9, workerTrainingsCancelled);

        // the trainer still trains: a fresh worker replaced each one killed (other epochs, so nothing is reused)
        robot.interact(() -> vm.settings().intProperty("autoencoder.epochs").set(epochs + 2));
        robot.clickOn("#trainButton");
        waitUntil("a last training finishes", () -> !vm.busyBinding().get());
        assertNotSame(trained, vm.trainedProperty().get(), "the last training's result: " + vm.statusProperty().get());
        assertEquals(epochs + 2, vm.losses().trainingLoss().size(), "its epochs");
        assertEquals(List.of(), errors, "no error was shown");
    }

    private static List<String> rows(TableView<MetricRow> table) {
        List<String> rows = new ArrayList<>();
        robot.interact(() -> table.getItems().forEach(row -> rows.add(row.toString())));
        return rows;
    }

    private static int[] scatterPixels() {
        int[][] pixels = new int[1][];
        robot.interact(() -> {
            WritableImage image = app.scatter().snapshot(null, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            pixels[0] = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels[0], 0, w);
        });
        return pixels[0];
    }

    /** A round trip through Platform.runLater completes within {@value #ANSWER_SECONDS} s. */
    private static void assertFxThreadAnswers(String when) throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        Platform.runLater(ran::countDown);
        assertTrue(ran.await(ANSWER_SECONDS, TimeUnit.SECONDS), "the FX thread did not answer " + when);
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; status: "
                    + app.viewModel().statusProperty().get() + ", error: " + app.viewModel().errorProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
