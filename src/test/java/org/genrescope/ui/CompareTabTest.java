package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.ComparisonMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the Compare tab headless (Monocle) on the bundled sample: two seeds from the spinner, Compare, the tables
 * and the figure fill in; a cell of the table is the comparison's own summary; the figure shown exports as SVG and PNG.
 */
class CompareTabTest {
    @org.junit.jupiter.api.io.TempDir
    static Path exportFolder;
    private static WorkbenchApp app;
    private static final FxRobot robot = new FxRobot();
    private static final List<String> figureExportsAsked = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static final class TestDialogs extends NoDialogs {
        @Override
        public Optional<Path> chooseFmaFolder(Window owner, Path start) { return Optional.empty(); }
        @Override
        public Optional<Path> chooseCsv(Window owner, Path start) { return Optional.empty(); }
        @Override
        public Optional<CsvMapping> mapColumns(Window owner, CsvMappingViewModel mapping) { return Optional.empty(); }
        @Override
        public Optional<FolderExport> exportAll(Window owner, Path start, Exports.Size size) { return Optional.empty(); }
        @Override
        public Optional<FigureExport> exportFigure(Window owner, Path start, String name, Exports.Size size) {
            figureExportsAsked.add(name);
            return Optional.empty();
        }
    }

    @BeforeAll
    static void openTheWindow() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        // the window's start trains the sample; on a loaded machine that outlasts TestFX's 30 s default
        System.setProperty("testfx.setup.timeout", "300000");
        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(() -> {
            SettingsStore store = Fixtures.quickAutoencoderStore();
            Fixtures.remember(store, "k", 4);
            return store;
        }, new TestDialogs(), false));
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(String what, int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; compare status: "
                    + app.window().tabs.comparison.statusProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void comparesTheSampleOverTwoSeedsAndShowsTablesAndBars() throws java.io.IOException {
        WorkbenchViewModel vm = app.viewModel();
        waitUntil("the sample is trained", 120, () -> vm.resultProperty().get() != null && !vm.busyBinding().get());
        robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                && l.getText().equals("Compare")).queryAs(javafx.scene.Node.class));
        Spinner<Integer> seeds = robot.lookup("#compareSeeds").queryAs(Spinner.class);
        robot.interact(() -> seeds.getValueFactory().setValue(2));
        CompareViewModel cm = app.window().tabs.comparison;
        assertEquals(2, cm.seedsProperty().get(), "the spinner is the view model's seed count");
        robot.clickOn("#compareRun");
        assertTrue(cm.runningProperty().get() || cm.resultProperty().get() != null);
        waitUntil("the comparison ends", 600, () -> !cm.runningProperty().get());
        Comparison.Result r = cm.resultProperty().get();
        assertNotNull(r, cm.statusProperty().get());
        assertEquals(2, r.seeds().size());
        assertEquals(4, r.base().k(), "the workbench's k");
        assertEquals(vm.settings().config(vm.dataProperty().get().path()).seed(), r.seeds().get(0),
                "from the settings' seed up");
        assertTrue(robot.lookup("#compareStatus").queryAs(Label.class).getText().startsWith("Compared 1,919 tracks"));

        TableView<CompareTexts.Row> metrics = robot.lookup("#compareMetrics").queryAs(TableView.class);
        assertEquals(CompareTexts.rows(r).size(), metrics.getItems().size());
        CompareTexts.Row db = metrics.getItems().get(0);
        assertEquals(CompareTexts.meanSd(r.keptSummary().get(ComparisonMethod.AUTOENCODER_KMEANS)
                .get("common_davies_bouldin"), "%.3f"), db.cells().get(0));
        for (CompareTexts.Row row : metrics.getItems()) {
            row.cells().forEach(cell -> assertFalse(cell.contains("NaN"), row.metric() + ": " + cell));
        }
        assertEquals(4, robot.lookup("#compareAri").queryAs(TableView.class).getItems().size());
        assertEquals(3, robot.lookup("#compareCeiling").queryAs(TableView.class).getItems().size());
        assertFalse(robot.lookup("#compareContingency").queryAs(TableView.class).getItems().isEmpty(),
                "AE + K-Means against PCA + K-Means at first");
        assertNotNull(cm.figureProperty().get());

        FigureView shown = robot.lookup("#compareFigure").queryAs(FigureView.class);
        assertSame(cm.figureProperty().get(), shown.figureProperty().get(), "the view shows the view model's figure");
        // what the figure's right-click export writes (ui/Exports), as SVG and PNG
        Path svg = exportFolder.resolve("bars.svg");
        Path png = exportFolder.resolve("bars.png");
        Exports.figure(shown.figureProperty().get(), svg, Exports.Format.SVG, Exports.Size.DEFAULT);
        Exports.figure(shown.figureProperty().get(), png, Exports.Format.PNG, Exports.Size.DEFAULT);
        assertTrue(Files.readString(svg).contains("Davies-Bouldin in the scaled features"));
        assertTrue(Files.size(png) > 1000);
        // at the two window sizes: each panel at a readable size, the tables' every column in sight, none cut off
        for (double[] size : new double[][] {{1024, 700}, {1440, 900}}) {
            LayoutChecks.resize(robot, metrics, size[0], size[1]);
            javafx.scene.Parent tab = (javafx.scene.Parent) app.window().tabs.compare.getContent();
            String at = (int) size[0] + "x" + (int) size[1];
            List<String> problems = new java.util.ArrayList<>(LayoutChecks.problems(tab, at, true, "compareAri",
                    "compareCeiling"));
            // every column of the metrics in sight at both sizes: at 1024 x 700 its last column was behind a scroll
            // bar (session 15); there the rows' compact form, at 1440 x 900 the full one, as before
            problems.addAll(LayoutChecks.problems(tab, at, true, "compareMetrics"));
            problems.addAll(horizontalScrollBars(metrics, at));
            boolean compact = size[0] < 1440;
            CompareTexts.Row first = metrics.getItems().get(0);
            robot.interact(() -> {
                problems.addAll(shownTexts(metrics, first.metric(compact), first.cells(compact), at));
                // no header or cell of the table cut short ("undefined: one clu...")
                WindowFitTest.cut(metrics).forEach(cut -> problems.add(at + ": " + cut));
            });
            problems.addAll(LayoutChecks.problems(tab, at, false, "compareFigure", "compareContingency"));
            // the caption under the table as high as its wrapped lines need: at 1024 x 700 the figure under it hid
            // its last three lines (new user, session 16)
            javafx.scene.control.Label caption = robot.lookup("#compareCaption").queryAs(javafx.scene.control.Label.class);
            javafx.scene.Node bars = robot.lookup("#compareFigure").queryAs(javafx.scene.Node.class);
            // the compact cells say "undefined" alone, so the caption says why; the full cells say it themselves
            String why = CompareTexts.undefinedNote(metrics.getItems(),
                    CompareTexts.METHODS.stream().map(CompareTab::shortLabel).toList());
            String shownCaption = caption.getText();
            if (compact && !why.isEmpty()) {
                assertTrue(shownCaption.endsWith(" " + why), at + ": " + shownCaption);
            } else {
                assertFalse(shownCaption.contains("Undefined for"), at + ": " + shownCaption);
            }
            robot.interact(() -> {
                double need = caption.prefHeight(caption.getWidth());
                if (caption.getHeight() < need - 0.5) {
                    problems.add(String.format(java.util.Locale.ROOT, "%s: the caption is %.0f px high, its lines "
                            + "need %.0f at its width %.0f", at, caption.getHeight(), need, caption.getWidth()));
                }
                javafx.geometry.Bounds text = caption.localToScene(caption.getLayoutBounds());
                javafx.geometry.Bounds figure = bars.localToScene(bars.getLayoutBounds());
                if (figure.getMinY() > text.getMinY() && text.getMinX() < figure.getMaxX()
                        && figure.getMinX() < text.getMaxX() && text.getMinY() + need > figure.getMinY() + 0.5) {
                    problems.add(String.format(java.util.Locale.ROOT, "%s: the figure under the caption begins at "
                            + "%.0f, inside the caption's %.0f px from %.0f", at, figure.getMinY(), need,
                            text.getMinY()));
                }
            });
            assertEquals(List.of(), problems);
            javafx.scene.Parent controls = robot.lookup("#compareFigureMetric").queryAs(javafx.scene.Node.class)
                    .getParent().getParent(); // the chooser and the buttons: "(lower is..." above the figure before
            List<String> cutControls = new java.util.ArrayList<>();
            robot.interact(() -> cutControls.addAll(WindowFitTest.cut(controls)));
            assertEquals(List.of(), cutControls, at);
            if (size[0] >= 1440) { // the bars' axis labels in view without scrolling (below the fold in session 11)
                javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) tab.lookup("#comparePage");
                boolean[] inView = {false};
                String[] where = {""};
                robot.interact(() -> {
                    page.setVvalue(0);
                    page.layout();
                    inView[0] = LayoutChecks.inViewport(page, shown);
                    where[0] = "page viewport " + page.getViewportBounds() + ", metrics " + metrics.getWidth()
                            + " wide, figure at " + shown.localToScene(shown.getLayoutBounds());
                });
                assertTrue(inView[0], "the bar figure is in view at the page's top at " + at + ": " + where[0]);
            }
        }
        assertEquals(List.of(), app.uncaught(), "uncaught on the FX thread");
    }

    /** The horizontal scroll bars shown in {@code table}, described. */
    static List<String> horizontalScrollBars(TableView<?> table, String at) {
        List<String> out = new java.util.ArrayList<>();
        for (javafx.scene.Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.isVisible()
                    && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                out.add(at + ": #" + table.getId() + " scrolls sideways (" + bar.getMax() + " px beyond)");
            }
        }
        return out;
    }

    /** Whether the first row's cells on screen show {@code metric} and {@code cells}; what they show otherwise. */
    private static List<String> shownTexts(TableView<CompareTexts.Row> table, String metric, List<String> cells,
                                           String at) {
        List<String> expected = new java.util.ArrayList<>();
        expected.add(metric);
        expected.addAll(cells);
        List<String> shown = new java.util.ArrayList<>();
        for (javafx.scene.control.TableColumn<CompareTexts.Row, ?> c : table.getColumns()) {
            Object value = c.getCellData(0);
            shown.add(value == null ? "" : value.toString());
        }
        return shown.equals(expected) ? List.of() : List.of(at + ": the first row shows " + shown + ", not "
                + expected);
    }
}
