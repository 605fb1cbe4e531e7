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


    @BeforeAll
    static void openTheWindowAt1024x700() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32"); // Monocle's screen, larger than the window
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000); // the JVM's first window, on a loaded machine
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
        // the title bar names the data in the same words as the status bar, from the same moment (session 11: "No
        // data open - Genrescope" while the window already named the sample)
        org.controlsfx.control.StatusBar status = (org.controlsfx.control.StatusBar) stage.getScene()
                .lookup("#statusBar");
        String named = ((Label) status.getRightItems().get(0)).getText();
        assertTrue(named.startsWith("Bundled sample: "), named);
        assertEquals(named + " - Genrescope", stage.getTitle());
        assertTrue(app.window().tabs.scatter.getWidth() >= 280, "the scatter keeps a usable width: "
                + app.window().tabs.scatter.getWidth());
    }

    /**
     * Session 11's report: at 1024 x 700 the settings showed only down to the "Clustering" heading, the k slider (the
     * most used control) needed scrolling, and a scrolled-away slider's tooltip stayed over the k slider.
     */
    @Test
    @Order(1)
    void theKSliderAndTrainAreInViewAt1024x700AndTooltipsGoOnScrolling() throws Exception {
        javafx.scene.control.ScrollPane settings = (javafx.scene.control.ScrollPane) app.window().side.panel
                .lookup(".scroll-pane");
        Node k = app.window().side.panel.lookup("#kSlider");
        Node train = app.window().side.panel.lookup("#trainButton");
        boolean[] seen = new boolean[2];
        onFx(() -> {
            settings.setVvalue(0);
            settings.layout();
            seen[0] = LayoutChecks.inViewport(settings, k);
            javafx.geometry.Bounds b = train.localToScene(train.getLayoutBounds());
            seen[1] = b.getMinY() >= 0 && b.getMaxY() <= train.getScene().getHeight();
        });
        assertTrue(seen[0], "the k slider in the settings' viewport without scrolling");
        assertTrue(seen[1], "Train in the window");
        assertTrue(settings.getContent().getLayoutBounds().getHeight() > settings.getViewportBounds().getHeight(),
                "the check means something: the settings are taller than their viewport, they do scroll");

        javafx.scene.control.Slider latent = (javafx.scene.control.Slider) app.window().side.panel
                .lookup("#latentSlider");
        onFx(() -> {
            javafx.geometry.Bounds b = latent.localToScreen(latent.getLayoutBounds());
            latent.getTooltip().show(latent, b.getMinX(), b.getMaxY());
        });
        assertTrue(latent.getTooltip().isShowing(), "the latent slider's tooltip is up");
        onFx(() -> settings.setVvalue(1));
        assertFalse(latent.getTooltip().isShowing(), "and gone once the panel scrolls");
        onFx(() -> settings.setVvalue(0));
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
    /**
     * Session 15's new user, at 1024 x 700: a restored result with a lasso selection, then a move of the k slider (the
     * preview's long state line above the plot, the selection's summary under it, the change column and its notes
     * beside the table) cut the "Metrics" heading off and left 4 rows of the table. Whatever the lines around the
     * plot hold, the heading is whole in the metrics' pane and the table shows its header and at least
     * {@link ClustersTab#METRIC_ROWS_SHOWN} rows (the rest scroll).
     */
    @Test
    @Order(6)
    void theMetricsKeepTheirHeadingAndRowsWhateverTheLinesAroundThePlotHold() throws Exception {
        WorkbenchViewModel vm = app.viewModel();
        int n = vm.resultProperty().get().rows();
        int[] picked = java.util.stream.IntStream.range(0, n).filter(i -> i % 3 == 0).toArray();
        int k = vm.settings().kProperty().get() + 1; // a move of k: the change column, and its words in the notes
        onFx(() -> vm.settings().kProperty().set(k));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.resultProperty().get().config().k() == k
                && !vm.previewProperty().get() && !vm.busyBinding().get());
        assertEquals(4, app.window().tabs.metricsTable.getColumns().size(), "the change column is shown");
        onFx(() -> {
            stage().setWidth(1024);
            stage().setHeight(700);
            app.window().tabPane.getSelectionModel().select(app.window().tabs.clusters);
            vm.select(picked);
        });
        showPreviewLine();
        Label summary = (Label) app.window().tabs.clusters.getContent().lookup("#selectionSummary");
        assertTrue(summary.isVisible() && !summary.getText().isEmpty(), "the selection's summary shows");
        String real = summary.getText();
        Node notesScroll = app.window().tabs.clusters.getContent().lookup("#metricsNotesScroll");
        assertTrue(notesScroll != null && notesScroll.getScene() != null,
                "the premise: at 1024 px the notes sit beside the table, in their scroll pane");
        List<String> failures = new ArrayList<>();
        for (String text : List.of(real, real + " " + real, real + " " + real + " " + real + " " + real)) {
            onFx(() -> summary.setText(text));
            failures.addAll(metricsUnreadable(text.length() + " characters of selection summary"));
        }
        // the metrics' pane as small as its divider lets it be (a user's drag towards the metrics)
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) app.window().tabs.scatter.getParent()
                .getParent();
        onFx(() -> split.setDividerPosition(0, 1.0));
        for (String text : List.of(real, real + " " + real + " " + real + " " + real)) {
            onFx(() -> summary.setText(text));
            failures.addAll(metricsUnreadable(text.length() + " characters of selection summary, the divider down"));
        }
        // and in a window whose title bar (a window manager's) takes 40 px of the 700
        onFx(() -> {
            split.setDividerPosition(0, ClustersTab.NARROW_PLOT_SHARE);
            stage().setHeight(660);
        });
        for (String text : List.of(real, real + " " + real + " " + real + " " + real)) {
            onFx(() -> summary.setText(text));
            failures.addAll(metricsUnreadable(text.length() + " characters of selection summary, 1024 x 660"));
        }
        onFx(() -> stage().setHeight(700));
        onFx(() -> vm.select(new int[0]));
        assertEquals(List.of(), failures);
    }

    /** What makes the metrics unreadable in the window as it is now: a heading cut, too few rows in view. */
    private static List<String> metricsUnreadable(String when) throws Exception {
        List<String> out = new ArrayList<>();
        onFx(() -> {
            TableView<MetricRow> table = app.window().tabs.metricsTable;
            Node heading = app.window().tabs.clusters.getContent().lookupAll(".heading").stream()
                    .filter(h -> h instanceof Label l && l.getText().equals("Metrics")).findFirst().orElseThrow();
            Node box = heading.getParent();
            javafx.geometry.Bounds pane = box.getParent().localToScene(box.getParent().getLayoutBounds());
            javafx.geometry.Bounds head = heading.localToScene(heading.getLayoutBounds());
            if (head.getMinY() < pane.getMinY() - 0.5 || head.getMaxY() > pane.getMaxY() + 0.5) {
                out.add(when + ": the heading at " + Math.round(head.getMinY()) + ".." + Math.round(head.getMaxY())
                        + " in a pane at " + Math.round(pane.getMinY()) + ".." + Math.round(pane.getMaxY()));
            }
            Node rows = table.lookup(".clipped-container");
            Node row = table.lookupAll(".table-row-cell").stream().filter(Node::isVisible).findFirst().orElseThrow();
            javafx.geometry.Bounds shown = rows.localToScene(rows.getLayoutBounds());
            double bottom = Math.min(shown.getMaxY(), pane.getMaxY());
            int whole = (int) Math.floor((bottom - shown.getMinY() + 0.5) / row.getLayoutBounds().getHeight());
            if (whole < ClustersTab.METRIC_ROWS_SHOWN) {
                out.add(when + ": " + whole + " rows in view");
            }
            // the notes beside the table, when they are longer than their room, say so with a scroll bar (new user,
            // session 17: cut mid-sentence at the bottom with no bar)
            Node notesScroll = app.window().tabs.clusters.getContent().lookup("#metricsNotesScroll");
            if (notesScroll instanceof javafx.scene.control.ScrollPane scroll && scroll.getScene() != null
                    && scroll.getContent() instanceof javafx.scene.layout.Region notes) {
                double room = scroll.getViewportBounds().getHeight();
                boolean bar = scroll.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof
                        javafx.scene.control.ScrollBar sb && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL
                        && sb.isVisible());
                double needed = 0;
                for (Node child : notes.getChildrenUnmodifiable()) {
                    if (child instanceof Label l && l.isVisible()) {
                        needed += l.prefHeight(l.getWidth());
                        if (l.getHeight() < l.prefHeight(l.getWidth()) - 0.5) {
                            out.add(when + ": a note beside the metrics is " + Math.round(l.getHeight()) + " px of "
                                    + Math.round(l.prefHeight(l.getWidth())) + ": '" + l.getText() + "'");
                        }
                    }
                }
                if (Math.max(needed, notes.getHeight()) > room + 0.5 && !bar) {
                    out.add(when + ": the notes beside the metrics need " + Math.round(Math.max(needed,
                            notes.getHeight())) + " px in " + Math.round(room) + " px with no scroll bar");
                }
            }
        });
        return out;
    }

    @Test
    @Order(9)
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

        // its notes (under-trained, empty clusters, two degenerate ratios: 190 px unfolded in session 11) take one
        // line until Show all; unfolded, every note is there, in a box of bounded height
        NotesViewModel notes = vm.notes();
        assertTrue(notes.shownCountProperty().get() >= 3, notes.notesProperty().get());
        Node banner = app.window().tabPane.getScene().lookup("#notesBanner");
        Label line = (Label) banner.lookup("#notesLine");
        double[] heights = new double[3];
        onFx(() -> {
            heights[0] = banner.getLayoutBounds().getHeight();
            heights[1] = line.getHeight();
        });
        assertTrue(heights[0] <= 44, "folded, the notes banner is one line: " + heights[0] + " px");
        assertTrue(line.isVisible() && line.getText().startsWith(notes.shownCountProperty().get() + " notes on this "
                + "result: "), line.getText());
        onFx(() -> ((javafx.scene.control.Button) banner.lookup("#notesToggle")).fire());
        assertTrue(notes.expandedProperty().get());
        Label all = (Label) banner.lookup("#notesAll");
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) banner.lookup("#notesScroll");
        onFx(() -> heights[2] = banner.getLayoutBounds().getHeight());
        assertTrue(all.isVisible() && !line.isVisible(), "unfolded: every note, not the line");
        assertEquals(notes.notesProperty().get(), all.getText());
        javafx.scene.paint.Color ink = (javafx.scene.paint.Color) all.getTextFill();
        assertTrue(ink.getBrightness() < 0.5, "dark text on the light banner (a transparent background gave white): "
                + ink);
        assertTrue(heights[2] > heights[0] + 20, "unfolded is taller: " + heights[2]);
        assertTrue(scroll.getHeight() <= WorkbenchWindow.NOTES_MAX_HEIGHT + 4, "bounded: " + scroll.getHeight());
        assertTrue(all.getHeight() <= scroll.getViewportBounds().getHeight() + 1
                || scroll.getVbarPolicy() != javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER,
                "what does not fit scrolls: " + all.getHeight() + " in " + scroll.getViewportBounds().getHeight());
        onFx(() -> ((javafx.scene.control.Button) banner.lookup("#notesToggle")).fire());
        assertFalse(notes.expandedProperty().get());

        // the Data tab's headers whole at 1024 x 700, its empty title column narrow
        onFx(() -> app.window().tabPane.getSelectionModel().select(app.window().tabs.data));
        javafx.scene.Parent data = (javafx.scene.Parent) app.window().tabs.data.getContent();
        List<String> cutHeaders = new ArrayList<>();
        onFx(() -> cutHeaders.addAll(LayoutChecks.cutHeaders(data, "1024x700")));
        assertEquals(List.of(), cutHeaders);
        TableView<?> table = (TableView<?>) data.lookup("#dataTable");
        assertTrue(table.getColumns().get(1).getWidth() < 100, "the empty title column: "
                + table.getColumns().get(1).getWidth());
        onFx(() -> app.window().tabPane.getSelectionModel().select(app.window().tabs.clusters));
    }

    /**
     * Session 15's new user, at 1024 x 700: the captions under the histograms ended in "..." after the median, so the
     * sd never showed. In each split, every text of the figure at the size the window gives it is drawn whole (no
     * ellipsis), every panel's caption lines among them.
     */
    @Test
    @Order(7)
    void everyHistogramCaptionIsWholeAt1024x700() throws Exception {
        onFx(() -> {
            stage().setWidth(1024);
            stage().setHeight(700);
            app.window().tabPane.getSelectionModel().select(app.window().tabs.distributions);
        });
        Parent content = (Parent) app.window().tabs.distributions.getContent();
        FigureView view = (FigureView) content.lookup(".figure-view");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<ResultFigures.Split> split =
                (javafx.scene.control.ChoiceBox<ResultFigures.Split>) content.lookup("#histogramSplit");
        List<String> cut = new ArrayList<>();
        for (ResultFigures.Split by : ResultFigures.Split.values()) {
            org.genrescope.plot.Figure before = view.figureProperty().get();
            onFx(() -> split.setValue(by));
            if (by != ResultFigures.Split.NONE) {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.figureProperty().get() != before);
            }
            WaitForAsyncUtils.waitForFxEvents();
            org.genrescope.plot.HistogramFigure figure = (org.genrescope.plot.HistogramFigure) view.figureProperty()
                    .get();
            List<String> texts = svgTexts(org.genrescope.plot.SvgExporter.toSvg(figure, (int) view.getWidth(),
                    (int) view.getHeight()));
            for (String t : texts) {
                if (t.contains("\u2026")) {
                    cut.add(by + ": '" + t + "' in " + Math.round(view.getWidth()) + " x "
                            + Math.round(view.getHeight()));
                }
            }
            // a short panel drops its last summary lines (the table below holds them), never cuts one
            List<String> lines = figure.panels().stream().flatMap(p -> p.summaryLines().stream()).toList();
            for (String t : texts) {
                if (t.startsWith("mean ") || t.startsWith("sd ") || t.startsWith("missing ")) {
                    assertTrue(lines.contains(t), by + ": '" + t + "' is not a whole summary line");
                }
            }
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("mean ")), by + ": no summary line at all in "
                    + texts);
            for (org.genrescope.plot.HistogramPanel panel : figure.panels()) {
                assertTrue(panel.summaryLines().stream().anyMatch(l -> l.startsWith("sd ")), panel.summaryLines()
                        .toString());
            }
        }
        onFx(() -> split.setValue(ResultFigures.Split.NONE));
        assertEquals(List.of(), cut);
    }

    /** The text of every {@code <text>} element of an SVG document written by JFreeSVG, unescaped. */
    private static List<String> svgTexts(String svg) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            out.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&"));
        }
        return out;
    }

    /**
     * Session 15's new user, the Data tab at 1024 x 700 on a million tracks: the line of the page bar and the
     * selection's choices ("rows 1-100,000 of 959,241 (page 1 of 10)", "Only the 959,241 selected in the plot", "Clear
     * selection") was wider than the tab, and the whole tab, the count beside the search and the button were cut at the
     * window's edge. With seven-digit numbers in each of the bar's texts, everything in the bar is whole and in the
     * window, and so is the table. Last: it puts its own texts in the bar's labels.
     */
    @Test
    @Order(10)
    void theDataBarKeepsSevenDigitCountsWholeAt1024x700() throws Exception {
        WorkbenchViewModel vm = app.viewModel();
        onFx(() -> {
            stage().setWidth(1024);
            stage().setHeight(700);
            app.window().tabPane.getSelectionModel().select(app.window().tabs.data);
            vm.select(new int[] {1, 2, 3});
        });
        Parent data = (Parent) app.window().tabs.data.getContent();
        Label count = (Label) data.lookup("#dataCount");
        javafx.scene.control.CheckBox only = (javafx.scene.control.CheckBox) data.lookup("#onlySelected");
        Label page = (Label) data.lookup("#rowPage");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> only.isVisible() && only.getParent().isVisible()
                && count.getText().startsWith("3 tracks of 3 selected"));
        onFx(() -> {
            count.textProperty().unbind();
            count.setText("1,234,567 tracks of 1,234,567 selected in the plot");
            only.textProperty().unbind();
            only.setText("Only the 1,234,567 selected in the plot");
            page.textProperty().unbind();
            page.setText("rows 1,100,001-1,200,000 of 1,234,567 (page 12 of 13)");
            page.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Node pages = page.getParent();
            pages.visibleProperty().unbind();
            pages.managedProperty().unbind();
            pages.setVisible(true);
            pages.setManaged(true);
        });
        Node bar = count.getParent().getParent();
        List<String> wrong = new ArrayList<>();
        onFx(() -> {
            wrong.addAll(cut(bar));
            double right = bar.getScene().getWidth();
            List<Node> shown = new ArrayList<>(List.of(count, only, page, data.lookup("#dataClearSelection"),
                    data.lookup("#search"), data.lookup("#nextRows"), data.lookup("#dataTable")));
            for (Node n : shown) {
                javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMaxX() > right + 0.5) {
                    wrong.add((n.getId() == null ? n.toString() : n.getId()) + " ends at " + Math.round(b.getMaxX())
                            + " in a window " + Math.round(right) + " px wide");
                }
            }
        });
        assertEquals(List.of(), wrong);
        assertTrue(data.lookup("#search").getLayoutBounds().getWidth() >= 180, "the search keeps its room");
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
