package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.plot.SweepHeatmap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Sweep tab headless on the bundled sample: a tiny PCA grid, its heatmap, a cell's tooltip and click. */
class SweepTabTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path exportFolder;
    private static WorkbenchApp app;
    private static final FxRobot robot = new FxRobot();
    private static final List<String> exportNames = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Answers a figure's export dialog with an SVG in the temporary folder; nothing else is asked. */
    private static final class ExportDialogs extends NoDialogs {
        @Override
        public java.util.Optional<FigureExport> exportFigure(Window owner, java.nio.file.Path start, String name,
                                                             Exports.Size size) {
            exportNames.add(name);
            return java.util.Optional.of(new FigureExport(exportFolder.resolve(name + ".svg"), Exports.Format.SVG,
                    new Exports.Size(800, 500, 96)));
        }
    }

    @BeforeAll
    static void openTheWindow() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        // the window's start-up under a loaded machine (2 cores, many builds) takes more than TestFX's 30 s default
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(Fixtures::quickStore,
                new ExportDialogs(), false));
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; sweep status: "
                    + app.window().tabs.sweepTab.model.statusProperty().get() + ", error: "
                    + app.window().tabs.sweepTab.model.errorProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(String id, String text) {
        robot.doubleClickOn(id);
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).selectAll());
        robot.write(text);
    }

    @Test
    void aTinyGridRunsShowsItsHeatmapAndACellClickLoadsItsConfiguration() {
        WorkbenchViewModel vm = app.viewModel();
        waitUntil("the sample is open", () -> vm.dataProperty().get() != null && !vm.busyBinding().get());
        robot.interact(() -> app.window().tabPane.getSelectionModel().select(app.window().tabs.sweep));
        assertFalse(robot.lookup("#sweepProgress").query().isVisible(), "no empty bar before the first sweep");
        type("#sweepLatents", "2..3");
        type("#sweepKs", "2,3");
        type("#sweepSeeds", "1");
        robot.clickOn("#sweepRun");
        SweepViewModel sweep = app.window().tabs.sweepTab.model;
        waitUntil("the sweep finishes", () -> sweep.statusProperty().get().startsWith("Sweep finished"));
        assertEquals("", sweep.errorProperty().get());
        assertTrue(robot.lookup("#sweepProgress").query().isVisible(), "the finished sweep's full bar stays");
        assertEquals(4, sweep.cells().size(), "2 latent sizes x 2 ks x 1 seed");
        FigureView view = robot.lookup("#sweepHeatmap").queryAs(FigureView.class);
        HeatmapFigure f = (HeatmapFigure) view.figureProperty().get();
        assertNotNull(f);
        assertEquals(List.of("2", "3"), f.rowLabels());
        assertEquals(List.of("2", "3"), f.columnLabels());
        assertTrue(robot.lookup("#sweepBeside").query().isVisible(), "silhouette: the clustered space beside");
        assertTrue(robot.lookup("#sweepStatus").queryAs(Label.class).getText().contains("4 cells (4 run, 0 kept)"));

        Point2D cell = centreOf(view, f, 1, 1);
        robot.moveTo(cell);
        waitUntil("the cell's tooltip shows", () -> tooltipText().contains("latent size 3, k 3"));
        assertTrue(tooltipText().contains("over 1 seed"), tooltipText());
        robot.clickOn(cell);
        assertEquals(3, vm.settings().latentProperty().get());
        assertEquals(3, vm.settings().kProperty().get());
        assertTrue(sweep.statusProperty().get().startsWith("Loaded latent size 3 and k 3"));

        robot.clickOn("#sweepExport"); // through the window's export path, as a right click on any figure
        java.nio.file.Path svg = exportFolder.resolve(exportNames.get(0) + ".svg");
        waitUntil("the heatmap is exported", () -> java.nio.file.Files.exists(svg));
        assertTrue(exportNames.get(0).startsWith("silhouette-in-the-scaled-features"), exportNames.get(0));

        robot.clickOn("#sweepRun"); // the same grid again: every cell kept
        waitUntil("the rerun finishes", () -> sweep.statusProperty().get().startsWith("Sweep finished"));
        assertTrue(sweep.statusProperty().get().contains("(0 run, 4 kept)"), sweep.statusProperty().get());
        // at the two window sizes, both heatmaps at a readable size and none cut off (the page scrolls)
        for (double[] size : new double[][] {{1024, 700}, {1440, 900}}) {
            LayoutChecks.resize(robot, view, size[0], size[1]);
            assertEquals(List.of(), LayoutChecks.problems((javafx.scene.Parent) app.window().tabs.sweep.getContent(),
                    (int) size[0] + "x" + (int) size[1], false, "sweepHeatmap", "sweepBeside"));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), app.uncaught(), "uncaught on the FX thread");
    }

    /** The screen point at the middle of a cell, found through the same layout the renderer uses. */
    private static Point2D centreOf(FigureView view, HeatmapFigure f, int row, int column) {
        double w = view.getWidth();
        double h = view.getHeight();
        double sumX = 0;
        double sumY = 0;
        int n = 0;
        for (double x = 0; x < w; x += 2) {
            for (double y = 0; y < h; y += 2) {
                int[] at = SweepHeatmap.cellAt(f, w, h, x, y);
                if (at != null && at[0] == row && at[1] == column) {
                    sumX += x;
                    sumY += y;
                    n++;
                }
            }
        }
        assertTrue(n > 0, "the cell is drawn");
        return view.localToScreen(sumX / n, sumY / n);
    }

    private static String tooltipText() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse("");
    }
}
