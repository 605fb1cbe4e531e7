package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.genrescope.analysis.AnalysisResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window headless (Monocle): open the sample, train, move the k slider, hover a point,
 * cancel a training, export. One window for the whole class, steps in order, to keep it quick.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchWindowTest {
    @TempDir
    static Path exportFolder;
    private static WorkbenchApp app;
    /** {@link FirstFrame#limitsReached()} before the window opened. */
    private static int limitsReachedBefore;
    /** What the test's export-all dialog answers: 600 x 400 at 192 DPI, so 1200 x 800 pixel PNGs. */
    private static final Exports.Size EXPORT_SIZE = new Exports.Size(600, 400, 192);
    private static final FxRobot robot = new FxRobot();
    /** The Data tab's rows per page in these tests. */
    private static final int PAGE_ROWS = 700;
    /** The names the single-figure export dialog was opened with. */
    private static final List<String> figureExportsAsked = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Answers the export dialogs with the temporary folder; nothing else is asked in these tests. */
    private static final class TestDialogs extends NoDialogs {
        @Override
        public Optional<CsvMapping> mapColumns(Window owner, CsvMappingViewModel mapping) {
            return Optional.of(mapping.mapping());
        }

        @Override
        public Optional<FolderExport> exportAll(Window owner, Path start, Exports.Size size) {
            return Optional.of(new FolderExport(exportFolder, EXPORT_SIZE));
        }

        @Override
        public Optional<FigureExport> exportFigure(Window owner, Path start, String suggestedName, Exports.Size size) {
            figureExportsAsked.add(suggestedName);
            return Optional.empty();
        }
    }

    @BeforeAll
    static void openTheWindow() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32"); // Monocle's screen, larger than the window
        // the Data tab in pages of 700 rows, so that the sample (about 2,000 tracks) fills three (RowPages)
        System.setProperty("genrescope.dataPageRows", Integer.toString(PAGE_ROWS));
        FxToolkit.registerPrimaryStage();
        limitsReachedBefore = FirstFrame.limitsReached();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(Fixtures::quickAutoencoderStore,
                new TestDialogs(), false));
    }

    /** An exception that reached the FX thread's top is a bug, whatever the step showed. */
    @org.junit.jupiter.api.AfterEach
    void noExceptionReachedTheFxThread() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), app.uncaught(), "uncaught on the FX thread");
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        System.clearProperty("genrescope.dataPageRows"); // the test classes share a JVM
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            WorkbenchViewModel vm = app.viewModel();
            throw new AssertionError("timed out waiting until " + what + "; status: " + vm.statusProperty().get()
                    + "; k = " + vm.settings().kProperty().get() + ", shown k = "
                    + (vm.resultProperty().get() == null ? "none" : vm.resultProperty().get().config().k())
                    + ", error: " + vm.errorProperty().get() + ", focus: "
                    + app.window().tabPane.getScene().getFocusOwner() + ", k slider at "
                    + robot.lookup("#kSlider").query().localToScreen(robot.lookup("#kSlider").query().getLayoutBounds())
                    + ", window " + app.window().tabPane.getScene().getWindow().getX() + ","
                    + app.window().tabPane.getScene().getWindow().getY() + " "
                    + app.window().tabPane.getScene().getWindow().getHeight(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @Order(1)
    void opensTheSampleAndTrains() {
        WorkbenchViewModel vm = app.viewModel();
        waitUntil("the sample is trained", () -> vm.resultProperty().get() != null);
        assertEquals(limitsReachedBefore, FirstFrame.limitsReached(), "the start's first frames were seen drawn, not "
                + "waited out: nothing may animate in them (an indeterminate bar did, and the load began 6 s late)");
        assertTrue(robot.lookup("#noticeBanner").query().isVisible(), "the synthetic-data note is shown");
        TableView<?> metrics = robot.lookup("#metricsTable").queryAs(TableView.class);
        assertTrue(metrics.getItems().size() >= 3);
        assertTrue(vm.losses().trainingLoss().size() > 0, "the loss chart got the epochs");
        // the first result on the data (as a restored one is): no empty change column, and a line saying why
        assertEquals(List.of("metric", "clustered", "features"), columnTitles(metrics),
                "an empty change column read as numbers missing (session 15)");
        assertEquals(ShownResult.NOTHING_EARLIER, robot.lookup("#comparison").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#metricsMeaning").queryAs(Label.class).getText().contains("change:"),
                "the columns' meaning says nothing of a column not shown");
    }

    @Test
    @Order(2)
    void theDistributionsSummaryTakesItsRowsWhenItsTabIsShown() {
        WorkbenchViewModel vm = app.viewModel();
        javafx.scene.control.Tab distributions = app.window().tabs.distributions;
        FigureView histograms = (FigureView) ((javafx.scene.Parent) distributions.getContent()).lookup(".figure-view");
        waitUntil("the histograms are made", () -> histograms.figureProperty().get() != null);
        TableView<?> summary = robot.lookup("#summaryTable").queryAs(TableView.class);
        javafx.scene.control.Tab before = distributions.getTabPane().getSelectionModel().getSelectedItem();
        assertNotSame(distributions, before, "the window opens on another tab");
        assertEquals(0, summary.getItems().size(), "a hidden tab's table makes no rows (64 ms of the FX thread at "
                + "a million tracks, session 24)");
        robot.interact(() -> distributions.getTabPane().getSelectionModel().select(distributions));
        int features = vm.dataProperty().get().raw().featureNames().size();
        waitUntil("the summary's rows, one a feature", () -> summary.getItems().size() == features);
        robot.interact(() -> distributions.getTabPane().getSelectionModel().select(before));
    }

    private static List<String> columnTitles(TableView<?> table) {
        return table.getColumns().stream().map(javafx.scene.control.TableColumn::getText).toList();
    }

    @Test
    @Order(2)
    void movingTheKSliderChangesTheMetrics() {
        WorkbenchViewModel vm = app.viewModel();
        TableView<MetricRow> metrics = robot.lookup("#metricsTable").queryAs(TableView.class);
        String before = metrics.getItems().get(0).clustered();
        Slider k = robot.lookup("#kSlider").queryAs(Slider.class);
        // the thumb, as a user would grab it: the slider's centre can fall on its tick labels, which ignore clicks
        robot.clickOn(k.lookup(".thumb"));
        int clicked = vm.settings().kProperty().get();
        robot.type(KeyCode.LEFT, 3);
        int target = clicked - 3;
        waitUntil("k = " + target + " is shown", () -> vm.resultProperty().get().config().k() == target);
        assertEquals(target, vm.resultProperty().get().clustering().clusterCount());
        assertNotEquals(before, metrics.getItems().get(0).clustered(), "the silhouette changed with k");
        assertTrue(robot.lookup("#resultState").queryAs(Label.class).getText().contains("k = " + target));
        // now compared with the training's own k: the change column is there, with each row's change
        AnalysisResult shown = vm.resultProperty().get();
        AnalysisResult trained = vm.previousResultProperty().get();
        assertNotNull(trained);
        assertEquals(clicked, trained.config().k());
        assertEquals(List.of("metric", "clustered", "features", "change"), columnTitles(metrics));
        assertTrue(robot.lookup("#comparison").queryAs(Label.class).getText().startsWith("change: against this "
                + "training's k = " + clicked), robot.lookup("#comparison").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#metricsMeaning").queryAs(Label.class).getText().contains("change: since the "
                + "result named above"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<MetricRow, ?> change = (javafx.scene.control.TableColumn<MetricRow, ?>)
                metrics.getColumns().get(3);
        for (int i = 0; i < metrics.getItems().size(); i++) {
            assertEquals(metrics.getItems().get(i).change(), change.getCellData(i));
        }
        // the silhouette's change by hand: the shown k's value less the trained k's, in the metrics' format
        double delta = shown.clusteringSpace().silhouetteMetric().value()
                - trained.clusteringSpace().silhouetteMetric().value();
        String signed = ColumnFormat.METRIC.signed(delta);
        assertEquals(signed.matches("[+-]0[.,0]*") ? "±0" : signed, change.getCellData(0));
    }

    @Test
    @Order(3)
    void hoveringAPointShowsItsTrack() {
        ScatterCanvas scatter = app.scatter();
        WorkbenchViewModel vm = app.viewModel();
        // the plot still: a k's full result replaces its preview when the k sweep (which waits while frames are
        // drawn) gets there, and a new figure hides the label of the old one's point until the mouse moves again
        waitUntil("the k range is swept", () -> vm.sweep().readyProperty().get() == vm.sweep().totalProperty().get()
                && !vm.previewProperty().get());
        AnalysisResult r = vm.resultProperty().get();
        int id = 0;
        double[] pixel = scatter.pixelOf(id);
        assertNotNull(pixel);
        Point2D screen = scatter.localToScreen(pixel[0], pixel[1]);
        robot.moveTo(screen.add(1, 0)).moveTo(screen);
        Label tooltip = robot.lookup("#scatterTooltip").queryAs(Label.class);
        waitUntil("the hover label shows", tooltip::isVisible);
        assertTrue(tooltip.getText().contains("cluster:"), tooltip.getText());
        assertTrue(tooltip.getText().contains("genre:"), tooltip.getText());
        assertTrue(scatter.hoverRing().isVisible(), "the hovered point gets a ring");
        assertEquals(pixel[0], scatter.hoverRing().getCenterX(), 1e-9);
        assertEquals(pixel[1], scatter.hoverRing().getCenterY(), 1e-9);
        assertTrue(r.rows() > 0);
        // a new figure (a retraining, a k move, other data) while the mouse rests: the label named the old one's track
        robot.interact(() -> scatter.setFigure(scatter.figure(), true));
        assertFalse(tooltip.isVisible(), "the hover label of the figure before is gone");
        assertFalse(scatter.hoverRing().isVisible(), "and its ring");
    }

    @Test
    @Order(3)
    void rightClickingTheScatterOffersItsExportAndKeepsTheView() {
        ScatterCanvas scatter = app.scatter();
        double[] before = scatter.pixelOf(0);
        Point2D centre = scatter.localToScreen(scatter.getWidth() / 2, scatter.getHeight() / 2);
        robot.moveTo(centre).clickOn(javafx.scene.input.MouseButton.SECONDARY);
        waitUntil("the context menu shows", () -> scatter.menu().isShowing());
        robot.clickOn("Export this figure as PNG or SVG...");
        waitUntil("the figure's export dialog was asked for", () -> !figureExportsAsked.isEmpty());
        assertEquals(before[0], scatter.pixelOf(0)[0], 1e-9, "the right click neither panned nor zoomed");
        assertEquals(before[1], scatter.pixelOf(0)[1], 1e-9);
    }

    @Test
    @Order(4)
    void cancellingATrainingKeepsTheOldResult() {
        WorkbenchViewModel vm = app.viewModel();
        AnalysisResult shown = vm.resultProperty().get();
        robot.interact(() -> vm.settings().intProperty("autoencoder.epochs").set(100_000));
        robot.clickOn("#trainButton");
        waitUntil("training runs", () -> vm.trainingProperty().get() && !vm.losses().trainingLoss().isEmpty());
        robot.type(KeyCode.ESCAPE);
        waitUntil("training stops", () -> !vm.trainingProperty().get());
        assertSame(shown, vm.resultProperty().get());
        assertTrue(vm.statusProperty().get().contains("cancelled"), vm.statusProperty().get());
        robot.interact(() -> vm.settings().intProperty("autoencoder.epochs").set(10));
    }

    @Test
    @Order(5)
    void exportAllWritesParsablePngSvgAndReports() throws Exception {
        WorkbenchViewModel vm = app.viewModel();
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the export finished", () -> Files.exists(exportFolder.resolve("autoencoder-loss.svg"))
                && !vm.exports().exportingProperty().get());
        java.awt.image.BufferedImage png = ImageIO.read(exportFolder.resolve("clusters.png").toFile());
        assertNotNull(png, "a readable PNG");
        assertEquals(1200, png.getWidth(), "600 at 192 DPI");
        assertEquals(800, png.getHeight());
        assertEquals(EXPORT_SIZE, vm.exports().exportSize(), "the size is remembered for the next export");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertNotNull(xml.newDocumentBuilder()
                .parse(exportFolder.resolve("clusters.svg").toFile()).getDocumentElement());
        assertTrue(Files.readString(exportFolder.resolve("report.json")).contains("\"adjusted_rand\"")
                || Files.size(exportFolder.resolve("report.json")) > 100);
        assertTrue(Files.readAllLines(exportFolder.resolve("assignments.csv")).size() > 1000);
        assertTrue(Files.exists(exportFolder.resolve("genres-vs-clusters.png")));
    }

    /**
     * A search that leaves the rows on one page hides the page bar but keeps its room: taken away, the table jumped up
     * under the typing user (new user, session 15). The sample fills three pages of 700 rows here.
     */
    @Test
    @Order(6)
    void theTableStaysPutWhenASearchLeavesOnePage() {
        robot.interact(() -> app.window().tabPane.getSelectionModel().select(app.window().tabs.data));
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#dataTable").queryAs(TableView.class);
        javafx.scene.Node pageBar = robot.lookup("#nextRows").query().getParent();
        waitUntil("the sample in pages", () -> pageBar.isVisible() && table.getItems().size() == PAGE_ROWS);
        double top = table.localToScene(0, 0).getY();
        String genre = app.viewModel().dataProperty().get().tracks().genre(0);
        javafx.scene.control.TextField search = robot.lookup("#search").queryAs(javafx.scene.control.TextField.class);
        try {
            robot.interact(() -> search.setText(genre + " no such title 1986"));
            waitUntil("the search listed", () -> table.getItems().size() < PAGE_ROWS && !pageBar.isVisible());
            assertEquals(top, table.localToScene(0, 0).getY(), 0.5, "the table where it was");
        } finally {
            robot.interact(() -> search.setText("")); // the later tests list every track
        }
        waitUntil("every track again", () -> table.getItems().size() == PAGE_ROWS && pageBar.isVisible());
    }

    @Test
    @Order(6)
    void sortingADataColumnOrdersTheRowsThroughTheDataLayer() {
        WorkbenchViewModel vm = app.viewModel();
        // as a user sorts it: shown (a tab's content enters the window, and its table gets its rows, when shown)
        robot.interact(() -> app.window().tabPane.getSelectionModel().select(app.window().tabs.data));
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#dataTable").queryAs(TableView.class);
        javafx.scene.control.TableColumn<Integer, ?> artist = table.getColumns().stream()
                .filter(c -> c.getText().equals("artist")).findFirst().orElseThrow();
        robot.interact(() -> {
            artist.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(artist));
        });
        String[] artists = vm.dataProperty().get().tracks().artists();
        // the data layer sorts on a worker (seconds at a million rows); the table shows the rows when it is done
        String first = java.util.Arrays.stream(artists).map(a -> a == null ? "" : a)
                .max(org.genrescope.data.DataTabTextOrder.ORDER)
                .orElseThrow();
        waitUntil("the table is sorted by artist", () -> !table.getItems().isEmpty()
                && first.equals(artists[table.getItems().get(0)] == null ? "" : artists[table.getItems().get(0)]));
        // every page in turn, as a user pages with the arrow button, until it is disabled on the last
        javafx.scene.control.Button next = robot.lookup("#nextRows").queryAs(javafx.scene.control.Button.class);
        javafx.scene.control.Label page = robot.lookup("#rowPage").queryAs(javafx.scene.control.Label.class);
        int total = vm.dataProperty().get().rows();
        assertEquals(String.format(java.util.Locale.ROOT, "rows 1-%,d of %,d (page 1 of %d)", PAGE_ROWS, total,
                (total + PAGE_ROWS - 1) / PAGE_ROWS), page.getText());
        List<Integer> rows = new java.util.ArrayList<>(table.getItems());
        assertEquals(PAGE_ROWS, rows.size(), "a full first page");
        double arrowAt = next.localToScene(0, 0).getX();
        while (!next.isDisabled()) {
            robot.interact(next::fire);
            rows.addAll(table.getItems());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(arrowAt, next.localToScene(0, 0).getX(), 0.5,
                    "the arrow stays put as the page text grows (" + page.getText() + ")");
        }
        assertTrue(page.getText().startsWith(String.format(java.util.Locale.ROOT, "rows %,d-%,d of %,d",
                rows.size() - table.getItems().size() + 1, total, total)), page.getText());
        assertEquals(total, rows.size(), "every track on one of the pages");
        assertEquals(total, new java.util.HashSet<>(rows).size(), "no track on two pages");
        for (int r = 1; r < rows.size(); r++) {
            String a = artists[rows.get(r - 1)] == null ? "" : artists[rows.get(r - 1)];
            String b = artists[rows.get(r)] == null ? "" : artists[rows.get(r)];
            // the Data tab's text order: without case and accents first
            assertTrue(org.genrescope.data.DataTabTextOrder.ORDER.compare(a, b) >= 0,
                    "row " + r + ": " + a + " before " + b);
        }
        robot.interact(() -> table.getSortOrder().clear());
        waitUntil("the table is in data order", () -> !table.getItems().isEmpty() && table.getItems().get(0) == 0);
        assertEquals(List.copyOf(java.util.stream.IntStream.range(0, PAGE_ROWS).boxed().toList()),
                List.copyOf(table.getItems()), "no sort column: data order again, from the first page");
    }

    /**
     * A CSV whose columns differ from the open data's: before the fix the features chooser threw
     * IndexOutOfBoundsException on the FX thread (issue 8, section 5) and the rest of the open did not run.
     */
    @Test
    @Order(7)
    void openingACsvWithOtherColumnsShowsItsGenresAndThrowsNothing() throws Exception {
        WorkbenchViewModel vm = app.viewModel();
        // the Data tab shown and scrolled past the new data's 90 rows, as a new user had it (session 13): the older
        // rows' numbers made every cell of the new columns throw
        robot.interact(() -> app.window().tabPane.getSelectionModel().select(app.window().tabs.data));
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#dataTable").queryAs(TableView.class);
        waitUntil("the sample's rows are listed", () -> table.getItems().size() > 90);
        robot.interact(() -> table.scrollTo(table.getItems().size() - 1));
        Path csv = Fixtures.flatCsv(exportFolder.resolve("other-columns.csv"), 90, List.of("loudness", "mode"));
        robot.interact(() -> app.window().open(csv));
        waitUntil("the CSV is trained", () -> vm.resultProperty().get() != null && !vm.busyBinding().get()
                && vm.dataProperty().get().path().equals(csv));
        assertEquals("genre", vm.settings().labelColumnProperty().get());
        assertEquals(3, vm.dataProperty().get().genreNames().size());
        assertTrue(vm.resultProperty().get().hasGenres());
        waitUntil("the CSV's rows are listed", () -> table.getItems().size() == 90);
        assertTrue(table.getItems().stream().allMatch(i -> i < 90), "only the new data's rows");
        assertEquals(List.of(), app.uncaught(), "no cell threw");
        robot.interact(() -> app.window().tabPane.getSelectionModel().select(app.window().tabs.clusters));
    }

    /**
     * The Data tab no longer redraws every cell for a new result (53-135 ms of the FX thread at a million rows, shown
     * or hidden): the rows the view model replaces for each result must be enough for the cluster column to show the
     * new result once the tab is selected.
     */
    @Test
    @Order(8)
    void theDataTabShowsTheClustersOfAResultThatArrivedWhileItWasHidden() {
        WorkbenchViewModel vm = app.viewModel();
        javafx.scene.control.TabPane tabs = app.window().tabPane;
        javafx.scene.control.Tab data = tabs.getTabs().stream().filter(t -> "dataTab".equals(t.getId()))
                .findFirst().orElseThrow();
        javafx.scene.control.Tab clusters = tabs.getTabs().stream().filter(t -> "clustersTab".equals(t.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(data));
        WaitForAsyncUtils.waitForFxEvents();
        String shownBefore = clusterCells().toString();
        robot.interact(() -> tabs.getSelectionModel().select(clusters));
        WaitForAsyncUtils.waitForFxEvents();
        AnalysisResult before = vm.resultProperty().get();
        int k = before.config().k() == 2 ? 3 : 2;
        robot.interact(() -> vm.settings().kProperty().set(k));
        waitUntil("k = " + k + " is shown", () -> vm.resultProperty().get() != before && !vm.busyBinding().get()
                && vm.resultProperty().get().config().k() == k);
        AnalysisResult now = vm.resultProperty().get();
        robot.interact(() -> tabs.getSelectionModel().select(data));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<Integer, String> shown = clusterCells();
        assertTrue(shown.size() >= 3, "the Data tab shows rows: " + shown);
        shown.forEach((row, text) -> assertEquals(String.valueOf(now.clustering().label(row)), text, "row " + row));
        assertTrue(shown.keySet().stream().anyMatch(row -> before.clustering().label(row) != now.clustering().label(row)),
                "the new k moves a shown row to another cluster (else this test would check nothing): " + shownBefore);
    }

    /**
     * A selection in the Clusters tab replaces the Data tab's rows; while the tab is hidden its table keeps the rows
     * it has (a replacement of a million rows cost the hidden table 40-70 ms of the FX thread) and gets the newest
     * when it is shown.
     */
    /**
     * A new user (session 23) selected tracks coloured by genre, switched to by cluster, and read the genres' shares
     * under cluster numbers ("39% cluster 6": Rock's share, Rock's number): the line was made before the plot changed.
     */
    @Test
    @Order(9)
    void theSelectionLineFollowsASwitchOfColouring() {
        WorkbenchViewModel vm = app.viewModel();
        robot.interact(() -> app.window().tabPane.getSelectionModel().select(app.window().tabs.clusters));
        int[] picked = java.util.stream.IntStream.range(0, 90).toArray();
        robot.interact(() -> {
            vm.colourByGenreProperty().set(true);
            vm.select(picked);
        });
        Label summary = robot.lookup("#selectionSummary").queryAs(Label.class);
        AnalysisResult shown = vm.resultProperty().get();
        assertEquals(SelectionSummary.of(picked, shown.genreCodes(), shown.genreNames()), summary.getText(),
                "by genre: the genres' shares");
        robot.interact(() -> vm.colourByGenreProperty().set(false)); // the radio buttons follow, as a click does
        List<String> clusters = java.util.stream.IntStream.range(0, shown.clustering().clusterCount())
                .mapToObj(c -> "cluster " + c).toList();
        assertEquals(SelectionSummary.of(picked, shown.clustering().labels(), clusters), summary.getText(),
                "by cluster: the clusters' shares");
        robot.interact(() -> vm.select(new int[0]));
    }

    @Test
    @Order(9)
    void theHiddenDataTabsTableGetsASelectionsRowsWhenShown() {
        WorkbenchViewModel vm = app.viewModel();
        javafx.scene.control.TabPane tabs = app.window().tabPane;
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#dataTable").queryAs(TableView.class);
        javafx.scene.control.Label count = robot.lookup("#dataCount").queryAs(javafx.scene.control.Label.class);
        robot.interact(() -> tabs.getSelectionModel().select(app.window().tabs.clusters));
        List<Integer> before = List.copyOf(table.getItems());
        int rows = vm.dataProperty().get().rows();
        assertEquals(Math.min(rows, PAGE_ROWS), before.size(), "the first page of every track before the selection");
        int[] picked = {1, 4, 9};
        robot.interact(() -> vm.select(picked));
        waitUntil("the view model has the selected rows", () -> count.getText().startsWith("3 tracks of 3 selected"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, List.copyOf(table.getItems()), "the hidden tab's table kept its rows");
        robot.interact(() -> tabs.getSelectionModel().select(app.window().tabs.data));
        assertEquals(List.of(1, 4, 9), List.copyOf(table.getItems()), "shown: the selection's rows");
        robot.interact(() -> vm.select(new int[0])); // shown: every track again at once when the runner is done
        waitUntil("every track listed again", () -> count.getText().startsWith(
                String.format(java.util.Locale.ROOT, "%,d tracks of %,d", rows, rows)));
        assertEquals(before, List.copyOf(table.getItems()), "the first page again");
    }

    /**
     * Data opened while the Data tab is hidden: the tab's new columns are made in a pulse after the data's own event
     * (made in it, they added 40-70 ms of the FX thread to that event at a million tracks), and a tab shown in that
     * event has them at once, before the new data's rows reach it.
     */
    @Test
    @Order(10)
    void dataOpenedWhileTheDataTabIsHiddenGetsItsColumnsInALaterPulse() throws Exception {
        WorkbenchViewModel vm = app.viewModel();
        javafx.scene.control.TabPane tabs = app.window().tabPane;
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#dataTable").queryAs(TableView.class);
        robot.interact(() -> tabs.getSelectionModel().select(app.window().tabs.clusters));
        List<TableColumn<Integer, ?>> before = List.copyOf(table.getColumns());
        Path hidden = Fixtures.flatCsv(exportFolder.resolve("columns-later.csv"), 40, List.of());
        Path shown = Fixtures.flatCsv(exportFolder.resolve("columns-at-once.csv"), 30, List.of());
        // the columns the Data tab has in each event of the data property (the same objects: made again, they differ;
        // the first event is the opening, a second may follow when the trained result replaces the data)
        java.util.Map<Path, List<List<TableColumn<Integer, ?>>>> inTheEvent = new java.util.HashMap<>();
        javafx.beans.value.ChangeListener<DataSet> watch = (o, was, now) -> {
            if (now != null && now.path().equals(shown)) {
                tabs.getSelectionModel().select(app.window().tabs.data);
            }
            if (now != null) {
                inTheEvent.computeIfAbsent(now.path(), p -> new java.util.ArrayList<>())
                        .add(List.copyOf(table.getColumns()));
            }
        };
        robot.interact(() -> vm.dataProperty().addListener(watch));
        List<TableColumn<Integer, ?>> later;
        try {
            robot.interact(() -> app.window().open(hidden));
            waitUntil("the first CSV is trained", () -> vm.resultProperty().get() != null && !vm.busyBinding().get()
                    && vm.dataProperty().get().path().equals(hidden));
            assertEquals(before, inTheEvent.get(hidden).get(0), "hidden: no new columns in the data's own event");
            waitUntil("the hidden tab's columns made again", () -> !table.getColumns().equals(before));
            later = List.copyOf(table.getColumns());
            robot.interact(() -> app.window().open(shown));
            waitUntil("the second CSV is trained", () -> vm.resultProperty().get() != null && !vm.busyBinding().get()
                    && vm.dataProperty().get().path().equals(shown));
        } finally {
            robot.interact(() -> vm.dataProperty().removeListener(watch));
        }
        assertFalse(inTheEvent.get(shown).get(0).equals(later), "shown in the data's event: its columns at once");
        waitUntil("the second CSV's rows are listed", () -> table.getItems().size() == 30);
        assertTrue(table.getItems().stream().allMatch(i -> i < 30), "only the new data's rows");
        robot.interact(() -> tabs.getSelectionModel().select(app.window().tabs.clusters));
    }

    /** The Data tab's visible cluster cells: row number to the text shown. */
    private static java.util.Map<Integer, String> clusterCells() {
        java.util.Map<Integer, String> cells = new java.util.TreeMap<>();
        for (javafx.scene.Node n : robot.lookup("#dataTable .table-cell").queryAll()) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                    && "cluster".equals(cell.getTableColumn().getText()) && cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof Integer row && cell.isVisible()
                    && cell.getText() != null && !cell.getText().isEmpty()) {
                cells.put(row, cell.getText());
            }
        }
        return cells;
    }
}
