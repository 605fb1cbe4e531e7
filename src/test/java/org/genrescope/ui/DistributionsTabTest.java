package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Distributions tab between two data sets and when faceted (headless, Monocle), its work held in a queue to see
 * what it shows meanwhile: nothing of the last data once other data is open, and the faceted feature's summary rows
 * brought into view.
 */
class DistributionsTabTest {
    private static javafx.stage.Stage stage;

    @BeforeAll
    static void start() throws Exception {
        // the size every window test asks for: Monocle keeps the first test's screen for the whole run, and a window
        // larger than it fails to draw (BufferOverflowException in the headless framebuffer)
        System.setProperty("headless.geometry", "1600x1000-32");
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }

    /** The tab on screen over a workbench whose background work waits in {@code runner}. */
    private static Parent shownTab(WorkbenchViewModel vm) throws Exception {
        return onFx(() -> {
            Parent content = (Parent) new DistributionsTab(vm, figure -> { }).build(new SimpleBooleanProperty(true));
            stage.setScene(new Scene(content, 900, 600));
            stage.show();
            return content;
        });
    }

    private static void open(WorkbenchViewModel vm, QueuedRunner runner, Path csv) throws Exception {
        onFx(() -> {
            vm.opening().open(csv, mapping -> Optional.of(mapping.mapping()));
            return null;
        });
        assertTrue(runner.pending() > 0, "the load waits in the queue");
    }

    @Test
    void otherDataTakesTheLastDataSetsHistogramsAndSummariesAwayAtOnce(@TempDir Path dir) throws Exception {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        Parent tab = shownTab(vm);
        FigureView histograms = (FigureView) tab.lookup(".figure-view");
        TableView<?> summary = (TableView<?>) tab.lookup("#summaryTable");
        Path first = Fixtures.flatCsv(dir.resolve("first.csv"), 30, List.of());
        Path second = Fixtures.flatCsv(dir.resolve("second.csv"), 60, List.of());

        open(vm, runner, first);
        onFx(() -> {
            runner.runAll();
            return null;
        });
        assertNotNull(histograms.figureProperty().get(), "the first data's histograms");
        assertEquals(8, summary.getItems().size(), "a row a feature");

        open(vm, runner, second);
        onFx(() -> {
            // the load only: the data is open, its distributions not yet made
            while (runner.pending() > 0 && !vm.dataProperty().get().name().equals("second.csv")) {
                runner.runOldest();
            }
            return null;
        });
        assertEquals("second.csv", vm.dataProperty().get().name());
        assertNull(histograms.figureProperty().get(), "the first data's histograms went with it");
        assertEquals(0, summary.getItems().size(), "and so did its summaries");
        Label placeholder = (Label) histograms.lookup(".placeholder");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(placeholder.isVisible());
        assertEquals("Drawing the distributions of second.csv...", placeholder.getText());

        onFx(() -> {
            runner.runAll();
            return null;
        });
        assertNotNull(histograms.figureProperty().get(), "the second data's histograms");
        assertEquals(8, summary.getItems().size());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !placeholder.isVisible());
    }

    @Test
    void theFacetedFeaturesSummaryRowsComeIntoView(@TempDir Path dir) throws Exception {
        QueuedRunner runner = new QueuedRunner();
        WorkbenchViewModel vm = Fixtures.workbench(runner, Fixtures.quickStore());
        Parent tab = shownTab(vm);
        TableView<SummaryRows.Row> summary = onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<SummaryRows.Row> t = (TableView<SummaryRows.Row>) tab.lookup("#summaryTable");
            return t;
        });
        open(vm, runner, Fixtures.flatCsv(dir.resolve("tracks.csv"), 30, List.of()));
        onFx(() -> {
            runner.runAll();
            @SuppressWarnings("unchecked")
            ChoiceBox<ResultFigures.Split> split = (ChoiceBox<ResultFigures.Split>) tab.lookup("#histogramSplit");
            split.setValue(ResultFigures.Split.FACETED);
            runner.runAll();
            @SuppressWarnings("unchecked")
            ChoiceBox<String> feature = (ChoiceBox<String>) tab.lookup("#facetFeature");
            feature.setValue("speechiness"); // the sixth of 8 features: its rows are below the first ones shown
            runner.runAll();
            return null;
        });
        // 8 features, each an "all" row and one per genre (3)
        assertEquals(32, summary.getItems().size());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.skin.VirtualFlow<?> flow = onFx(() ->
                (javafx.scene.control.skin.VirtualFlow<?>) summary.lookup(".virtual-flow"));
        int first = onFx(() -> flow.getFirstVisibleCell().getIndex());
        assertEquals("speechiness", summary.getItems().get(first).feature(), "the table starts at the faceted feature");
        assertEquals("all", summary.getItems().get(first).group());
    }
}
