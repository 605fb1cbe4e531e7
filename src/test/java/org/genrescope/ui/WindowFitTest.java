package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.genrescope.analysis.AnalysisResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10: at 1024 x 700 and at the default size, with a real result shown, no label, button or table cell of the
 * Clusters tab is cut short ("0.2...", "by c..."), also while the long preview line shows and with the settings
 * panel folded away. A cut Labeled shows a text node whose text differs from its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowFitTest {
    private static WorkbenchApp app;

    /** Nothing is asked in these tests. */
    private static final class NoDialogs implements Dialogs {
        @Override
        public java.util.Optional<java.nio.file.Path> chooseFmaFolder(javafx.stage.Window owner,
                                                                    java.nio.file.Path start) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<java.nio.file.Path> chooseCsv(javafx.stage.Window owner, java.nio.file.Path start) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<CsvMapping> mapColumns(javafx.stage.Window owner, CsvMappingViewModel mapping) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<FolderExport> exportAll(javafx.stage.Window owner, java.nio.file.Path start,
                                                          Exports.Size size) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<FigureExport> exportFigure(javafx.stage.Window owner, java.nio.file.Path start,
                                                             String suggestedName, Exports.Size size) {
            return java.util.Optional.empty();
        }
    }

    @BeforeAll
    static void openTheWindowAt1024x700() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32"); // Monocle's screen, larger than the window
        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(() -> {
            SettingsStore store = Fixtures.quickStore();
            store.put(Preferences.WINDOW_WIDTH, 1024.0);
            store.put(Preferences.WINDOW_HEIGHT, 700.0);
            store.put(Preferences.WINDOW_X, 0.0);
            store.put(Preferences.WINDOW_Y, 0.0);
            return store;
        }, new NoDialogs(), false));
        WorkbenchViewModel vm = app.viewModel();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null
                && !vm.busyBinding().get()
                // a sweep not yet started is 0 of 0: wait for the k range's sweep itself (15 ks here) to be done, or
                // its status label ("k range: 13 of 15 ready") changes while the layout is checked
                && vm.sweep().totalProperty().get() > 0 && vm.sweep().readyProperty().get() >= vm.sweep().totalProperty().get());
        WaitForAsyncUtils.asyncFx(() -> app.window().tabPane.getSelectionModel().select(app.window().tabs.clusters))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    @Order(0)
    void theCheckSeesALabelCutShort() throws Exception {
        List<String> cut = new ArrayList<>();
        onFx(() -> {
            Label narrow = new Label("0.263712 is far too long for forty pixels");
            narrow.setMaxWidth(40);
            javafx.scene.layout.VBox root = new javafx.scene.layout.VBox(narrow);
            new javafx.scene.Scene(root, 100, 40);
            root.applyCss();
            root.layout();
            cut.addAll(cut(root));
        });
        assertEquals(1, cut.size(), cut.toString());
    }

    @Test
    @Order(1)
    void nothingInTheClustersTabIsCutAt1024x700() throws Exception {
        Stage stage = stage();
        assertEquals(1024, stage.getWidth(), 0.5);
        assertEquals(700, stage.getHeight(), 0.5);
        assertNothingCut("at 1024 x 700");
        List<String> cutElsewhere = new ArrayList<>();
        onFx(() -> {
            cutElsewhere.addAll(cut(app.window().side.panel));
            cutElsewhere.addAll(cut(((javafx.scene.layout.BorderPane) app.window().tabPane.getParent()).getTop()));
        });
        assertEquals(List.of(), cutElsewhere, "the settings panel and the banners at 1024 x 700");
        TableView<?> metrics = app.window().tabs.metricsTable;
        assertEquals(11, metrics.getItems().size(), "the real result's metrics are shown");
        assertTrue(app.window().tabs.scatter.getWidth() >= 280, "the scatter keeps a usable width: "
                + app.window().tabs.scatter.getWidth());
    }

    @Test
    @Order(2)
    void thePreviewLineWrapsInsteadOfSqueezingTheColourControls() throws Exception {
        showPreviewLine();
        assertNothingCut("with the preview line at 1024 x 700");
    }

    @Test
    @Order(3)
    void foldingTheSettingsAwayGivesTheResultsTheirWidth() throws Exception {
        double before = app.window().tabs.scatter.getWidth();
        onFx(() -> app.window().side.shownProperty().set(false));
        assertNothingCut("with the settings folded away");
        assertTrue(app.window().tabs.scatter.getWidth() > before + 200, before + " -> "
                + app.window().tabs.scatter.getWidth());
        onFx(() -> app.window().side.shownProperty().set(true));
        assertFalse(app.window().side.panel.getScene() == null, "the settings are back");
    }

    @Test
    @Order(4)
    void nothingIsCutAtTheDefaultSizeEither() throws Exception {
        onFx(() -> {
            stage().setWidth(1280);
            stage().setHeight(820);
        });
        assertNothingCut("at 1280 x 820");
        showPreviewLine();
        assertNothingCut("with the preview line at 1280 x 820");
    }

    /** The Distributions tab's bar ("Histograms of the cleaned data the mo...", "as % of ea..." before). */
    @Test
    @Order(5)
    void nothingInTheDistributionsBarIsCutAt1024x700EvenFaceted() throws Exception {
        onFx(() -> {
            stage().setWidth(1024);
            stage().setHeight(700);
            app.window().tabPane.getSelectionModel().select(app.window().tabs.distributions);
        });
        javafx.scene.Node content = app.window().tabs.distributions.getContent();
        List<String> cut = new ArrayList<>();
        onFx(() -> cut.addAll(cut(content)));
        assertEquals(List.of(), cut, "all genres together");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<ResultFigures.Split> split =
                (javafx.scene.control.ChoiceBox<ResultFigures.Split>) content.lookup("#histogramSplit");
        javafx.scene.Node feature = content.lookup("#facetFeature");
        assertFalse(feature.isVisible(), "the feature chooser only faceted");
        onFx(() -> split.setValue(ResultFigures.Split.FACETED));
        assertTrue(feature.isVisible());
        cut.clear();
        onFx(() -> cut.addAll(cut(content)));
        assertEquals(List.of(), cut, "faceted, with the feature chooser");
    }

    /**
     * A user's report: on degenerate data (k above the distinct points) the Calinski-Harabasz cell held a sentence,
     * its column grew to about 900 px and pushed the other columns out of the window, the scatter down to 120 px.
     */
    @Test
    @Order(6)
    void degenerateMetricsKeepTheTableInTheWindowAndTheScatterUsable() throws Exception {
        WorkbenchViewModel vm = app.viewModel();
        onFx(() -> {
            stage().setWidth(1024);
            stage().setHeight(700);
            vm.settings().kProperty().set(5);
            vm.opening().open(java.nio.file.Path.of("src/test/resources/cases/k-above-distinct-points/tracks.csv"),
                    mapping -> java.util.Optional.of(mapping.mapping()));
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null
                && vm.resultProperty().get().rows() == 40 && !vm.busyBinding().get()
                && vm.sweep().readyProperty().get() >= vm.sweep().totalProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<MetricRow> metrics = app.window().tabs.metricsTable;
        MetricRow ch = metrics.getItems().stream().filter(m -> m.name().equals("Calinski-Harabasz")).findFirst()
                .orElseThrow();
        assertTrue(ch.clustered().endsWith(MetricRows.DEGENERATE), ch.clustered());
        double[] right = new double[2];
        onFx(() -> {
            javafx.geometry.Bounds b = metrics.localToScene(metrics.getBoundsInLocal());
            right[0] = b.getMaxX();
            right[1] = metrics.getScene().getWidth();
        });
        assertTrue(right[0] <= right[1], "every metric column inside the window: " + right[0] + " > " + right[1]);
        assertTrue(app.window().tabs.scatter.getWidth() >= 280, "the scatter keeps a usable width: "
                + app.window().tabs.scatter.getWidth());
    }

    /** The longest state line the window shows: a preview while the k range is being swept. */
    private static void showPreviewLine() throws Exception {
        onFx(() -> {
            AnalysisResult r = app.viewModel().resultProperty().get();
            Label state = (Label) app.window().tabPane.getScene().lookup("#resultState");
            state.setText(ResultTexts.state(r, true, 3, 15));
        });
    }

    private static void assertNothingCut(String when) throws Exception {
        List<String> cut = new ArrayList<>();
        onFx(() -> cut.addAll(cut(app.window().tabs.clusters.getContent())));
        assertEquals(List.of(), cut, when);
    }

    /** Every visible Labeled under {@code root} whose shown text is not its text (elided), described. */
    static List<String> cut(Node root) {
        List<String> out = new ArrayList<>();
        visit(root, out);
        return out;
    }

    private static void visit(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String expected = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "")
                    : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(expected)) {
                    out.add(labeled.getClass().getSimpleName() + " '" + expected + "' shown as '" + shown.getText()
                            + "' (" + Math.round(labeled.getWidth()) + " px wide)");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, out);
            }
        }
    }

    private static Stage stage() {
        return (Stage) app.window().tabPane.getScene().getWindow();
    }

    private static void onFx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> app.window().tabPane.getScene().getRoot().layout()).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
