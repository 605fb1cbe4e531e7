package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.session.ResultSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window headless: trains the bundled sample, saves the session (File > Save session, Ctrl+S), moves k,
 * then opens the session (File > Open session) and shows the saved result again, to the last digit, without training,
 * coloured, selected and compared as saved, selecting with a lasso as saved.
 */
class SessionWindowTest {
    @TempDir
    static Path folder;
    private static WorkbenchApp app;
    private static final FxRobot robot = new FxRobot();

    /** Answers the session choosers with one file in the temporary folder; nothing else is asked. */
    private static final class TestDialogs extends NoDialogs {
        @Override
        public Optional<Path> chooseSessionToOpen(Window owner, Path start) {
            return Optional.of(folder.resolve("sample.genrescope"));
        }

        @Override
        public Optional<Path> chooseSessionToSave(Window owner, Path start) {
            return Optional.of(folder.resolve("sample.genrescope"));
        }
    }

    @BeforeAll
    static void openTheWindow() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(Fixtures::quickAutoencoderStore,
                new TestDialogs(), false));
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void savingThenOpeningASessionShowsTheSameResultWithoutTraining() throws Exception {
        WorkbenchViewModel vm = app.viewModel();
        waitUntil("the sample trained", () -> vm.trainedProperty().get() != null && !vm.busyBinding().get());
        AnalysisResult saved = vm.trainedProperty().get();
        Path file = folder.resolve("sample.genrescope");

        // coloured by genre with three tracks selected when saved (the radio button sets the view model's colour)
        robot.interact(() -> robot.lookup("#colourByGenre").queryAs(javafx.scene.control.RadioButton.class).fire());
        assertTrue(vm.colourByGenreProperty().get());
        robot.interact(() -> vm.select(new int[] {0, 4, 9}));
        // selecting with a lasso, and a comparison shown in the Compare tab (session 14: both kept in the session)
        robot.interact(() -> robot.lookup("#selectLasso").queryAs(javafx.scene.control.RadioButton.class).fire());
        assertTrue(vm.lassoSelectProperty().get());
        CompareViewModel cm = app.window().tabs.comparison;
        robot.interact(() -> {
            cm.seedsProperty().set(2);
            cm.compare();
        });
        waitUntil("the comparison finished", () -> cm.statusProperty().get().startsWith("Compared "));
        org.genrescope.analysis.Comparison.Result compared = cm.resultProperty().get();
        List<CompareTexts.Row> comparedRows = List.copyOf(robot.lookup("#compareMetrics")
                .queryAs(javafx.scene.control.TableView.class).getItems());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil("the session was saved", () -> vm.statusProperty().get().startsWith("Saved the session to "));
        assertTrue(Files.size(file) > 0);

        robot.interact(() -> vm.settings().kProperty().set(saved.config().k() + 1));
        robot.interact(() -> robot.lookup("#colourByCluster").queryAs(javafx.scene.control.RadioButton.class).fire());
        robot.interact(() -> vm.select(new int[0]));
        robot.interact(() -> robot.lookup("#selectBox").queryAs(javafx.scene.control.RadioButton.class).fire());
        robot.interact(cm::reset);
        waitUntil("another k is shown", () -> vm.resultProperty().get().config().k() != saved.config().k());

        robot.clickOn(robot.lookup(".menu-bar .menu").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#openSessionItem");
        waitUntil("the session opened", () -> vm.statusProperty().get().startsWith("Session sample.genrescope opened")
                && !vm.busyBinding().get());
        AnalysisResult opened = vm.trainedProperty().get();
        // the same window still holds the stages in its cache: either way, nothing was trained again
        assertTrue(opened.reusedStages().contains(org.genrescope.analysis.Pipeline.RESTORED)
                || opened.reusedStages().contains("represent"), "not trained again: " + opened.reusedStages());
        assertEquals(ResultSummary.of(saved), ResultSummary.of(opened));
        assertArrayEquals(saved.clustering().labels(), opened.clustering().labels());
        assertEquals(saved.config().k(), vm.resultProperty().get().config().k(), "the session's k is shown");
        assertTrue(vm.statusProperty().get().startsWith("Session sample.genrescope opened, its numbers reproduced."),
                vm.statusProperty().get());
        assertNull(vm.errorProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#colourByGenre").queryAs(javafx.scene.control.RadioButton.class).isSelected(),
                "coloured by genre again, as saved");
        assertArrayEquals(new int[] {0, 4, 9}, vm.selectionProperty().get(), "the saved selection");
        assertTrue(robot.lookup("#selectLasso").queryAs(javafx.scene.control.RadioButton.class).isSelected(),
                "selecting with a lasso again, as saved");
        String compareStatus = robot.lookup("#compareStatus").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(compareStatus.startsWith("Restored from the session saved ") && compareStatus.contains(
                "not computed again: 1,919 tracks compared with k\u00a0=\u00a0" + compared.base().k() + " over seeds "
                        + CompareTexts.seedText(compared.seeds())), compareStatus);
        assertEquals(compared.runs(), cm.resultProperty().get().runs());
        assertEquals(comparedRows, List.copyOf(robot.lookup("#compareMetrics")
                .queryAs(javafx.scene.control.TableView.class).getItems()), "the Compare tab's table as computed");
        // which numbers are one seed's and which the mean over the seeds, said above each table
        assertEquals("Each method's metrics: mean ± sd over 2 seeds", robot.lookup("#compareMetricsHeading")
                .queryAs(javafx.scene.control.Label.class).getText());
        assertEquals("Contingency of two methods' clusters, seed " + compared.seeds().get(0) + " (its noise row is "
                + "that seed's)", robot.lookup("#compareContingencyHeading").queryAs(javafx.scene.control.Label.class)
                .getText());
        assertEquals(List.of(), app.uncaught(), "uncaught on the FX thread");
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            WorkbenchViewModel vm = app.viewModel();
            throw new AssertionError("timed out waiting until " + what + "; status: " + vm.statusProperty().get()
                    + ", error: " + vm.errorProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
