package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Cluster profiles tab at 1024 x 700 and 1440 x 900 (session 13's new user saw cut labels at 1024): no column
 * header cut and no word of a cell broken inside ("instrumentalne / ss"). The figures' titles are the plot package's
 * (set smaller, then wrapped, to fit: FigureTextLayoutTest).
 */
class ProfilesTabFitTest {
    private static WorkbenchApp app;
    private static final FxRobot robot = new FxRobot();

    @BeforeAll
    static void openTheWindowAt1024x700() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
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
                && !vm.busyBinding().get());
        robot.interact(() -> app.window().tabPane.getSelectionModel().select(app.window().tabs.profiles));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void nothingIsCutAt1024x700Or1440x900() {
        Parent content = (Parent) app.window().tabs.profiles.getContent();
        assertEquals(1024, content.getScene().getWindow().getWidth(), 0.5);
        assertEquals(List.of(), problems(content, "1024 x 700"));
        LayoutChecks.resize(robot, content, 1440, 900);
        assertEquals(List.of(), problems(content, "1440 x 900"));
        LayoutChecks.resize(robot, content, 1024, 700);
    }

    /** Cut headers and words broken inside a cell, described. */
    private static List<String> problems(Parent content, String size) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            out.addAll(LayoutChecks.cutHeaders(content, size));
            @SuppressWarnings("unchecked")
            TableView<ExplainedRows.Row> table = (TableView<ExplainedRows.Row>) content.lookup("#explainedTable");
            assertFalse(table.getItems().isEmpty(), "the result's clusters are explained");
            for (TableColumn<ExplainedRows.Row, ?> c : table.getColumns()) {
                for (int i = 0; i < table.getItems().size(); i++) {
                    Object cell = c.getCellData(i);
                    for (String word : cell == null ? new String[0] : cell.toString().split("\\s+")) {
                        double w = Tables.width(word, false);
                        if (w <= ProfilesTab.MAX_WORD_WIDTH && w > c.getWidth() - ProfilesTab.WORD_ROOM) {
                            out.add(String.format("%s: '%s' (%.0f px) broken in a column %.0f px wide", size, word,
                                    w, c.getWidth()));
                        }
                    }
                }
            }
            // the cells' own text, in its own font: no word wider than the width it wraps at
            for (javafx.scene.Node n : table.lookupAll(".wrapped-cell")) {
                if (n instanceof WrappedTextCell<?> cell && cell.getGraphic() instanceof javafx.scene.text.Text t
                        && t.getText() != null) {
                    for (String word : t.getText().split("\\s+")) {
                        javafx.scene.text.Text one = new javafx.scene.text.Text(word);
                        one.setFont(t.getFont());
                        double w = one.getLayoutBounds().getWidth();
                        if (w <= ProfilesTab.MAX_WORD_WIDTH && w > t.getWrappingWidth()) {
                            out.add(String.format("%s: '%s' (%.0f px in %s) broken in a cell wrapping at %.0f px",
                                    size, word, w, t.getFont(), t.getWrappingWidth()));
                        }
                    }
                }
            }
        });
        return out;
    }
}
