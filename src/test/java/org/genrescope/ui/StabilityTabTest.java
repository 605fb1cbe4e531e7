package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.genrescope.plot.TreeFigure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the Stability tab headless (Monocle) on the bundled sample: two seeds typed into the spinner, Run, and the
 * tables, the summary and both figures fill; Run is off while the study runs.
 */
class StabilityTabTest {
    private static WorkbenchApp app;
    private static final FxRobot robot = new FxRobot();


    @BeforeAll
    static void openTheWindow() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        // the window's start trains the sample; on a loaded machine that outlasts TestFX's 30 s default
        System.setProperty("testfx.setup.timeout", "300000");
        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(Fixtures::quickStore, new NoDialogs(),
                false));
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; stability: "
                    + app.viewModel().stability().statusProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void runningTwoSeedsFillsTheTablesAndTheFigures() throws Exception {
        WorkbenchViewModel vm = app.viewModel();
        waitUntil("the sample is trained", () -> vm.resultProperty().get() != null && !vm.busyBinding().get());
        robot.clickOn("Stability");
        // before a study: every header whole at 1440 x 900 ("cluster per ...", "most o..." in session 11)
        javafx.scene.Parent before = (javafx.scene.Parent) app.window().tabs.stability.getContent();
        LayoutChecks.resize(robot, before, 1440, 900);
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> LayoutChecks.cutHeaders(before, "1440x900, no study"))
                .get());
        Spinner<?> seeds = robot.lookup("#stabilitySeeds").queryAs(Spinner.class);
        robot.doubleClickOn(seeds.getEditor()).eraseText(3).write("2").type(KeyCode.ENTER);
        assertEquals(2, vm.stability().seedsProperty().get());
        Button run = robot.lookup("#stabilityRun").queryButton();
        assertFalse(run.isDisabled());
        robot.clickOn(run);
        assertTrue(run.isDisabled() || vm.stability().outcomeProperty().get() != null, "Run is off while it runs");
        waitUntil("the study is done", () -> vm.stability().outcomeProperty().get() != null);
        long seed = vm.trainedProperty().get().config().seed(); // the study starts at the settings' seed, as Compare
        assertEquals(List.of(seed, seed + 1), vm.stability().outcomeProperty().get().stability().summary().keptSeeds());
        TableView<?> metrics = robot.lookup("#stabilityMetrics").queryAs(TableView.class);
        assertEquals(14, metrics.getItems().size(), "every metric of report.json, as the command writes them");
        TableView<?> tracks = robot.lookup("#stabilityTracks").queryAs(TableView.class);
        assertEquals(20, tracks.getItems().size());
        assertTrue(robot.lookup("#stabilitySummary").queryAs(Label.class).getText().startsWith("2 runs (seeds " + seed
                + ", " + (seed + 1) + ")"));
        FigureView tree = robot.lookup("#stabilityTree").queryAs(FigureView.class);
        TreeFigure figure = (TreeFigure) tree.figureProperty().get();
        assertNotNull(figure);
        assertEquals("k = 2", figure.layerLabels().get(0));
        assertNotNull(robot.lookup("#stabilityAri").queryAs(FigureView.class).figureProperty().get());
        assertFalse(run.isDisabled(), "Run is on again");
        assertTrue(robot.lookup("#stabilityCancel").queryButton().isDisabled());
        // at the two window sizes: each panel at a readable size, the metrics' every column in sight, none cut off
        for (double[] size : new double[][] {{1024, 700}, {1440, 900}}) {
            LayoutChecks.resize(robot, metrics, size[0], size[1]);
            javafx.scene.Parent tab = (javafx.scene.Parent) app.window().tabs.stability.getContent();
            String at = (int) size[0] + "x" + (int) size[1];
            List<String> problems = new java.util.ArrayList<>(LayoutChecks.problems(tab, at, true, "stabilityMetrics"));
            problems.addAll(LayoutChecks.problems(tab, at, false, "stabilityTracks", "stabilityTree", "stabilityAri"));
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> LayoutChecks.cutHeaders(tab, at)).get());
            assertEquals(List.of(), problems);
        }
        assertEquals(List.of(), app.uncaught(), "uncaught on the FX thread");
    }
}
