package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the Data tab headless on the bundled sample: every row the search lists shows the searched text in a
 * column, and listing every track keeps the plot's selection (session 13's new user).
 */
class DataTabTest {
    private static WorkbenchApp app;
    private static final FxRobot robot = new FxRobot();


    @BeforeAll
    static void openTheWindow() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        // pages of 700 rows, so that the sample (about 2,000 tracks) fills three and a selection fits in one
        System.setProperty("genrescope.dataPageRows", "700");
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(Fixtures::quickStore, new NoDialogs(),
                false));
        WorkbenchViewModel vm = app.viewModel();
        waitUntil("the sample is trained", () -> vm.resultProperty().get() != null && !vm.busyBinding().get());
        robot.interact(() -> app.window().tabPane.getSelectionModel().select(app.window().tabs.data));
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        System.clearProperty("genrescope.dataPageRows"); // the test classes share a JVM
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; status: "
                    + app.viewModel().statusProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFirstRowsComeInStepsAndThenTheTableFillsItsArea() {
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#dataTable").queryAs(TableView.class);
        waitUntil("a page of rows", () -> table.getItems().size() == 700);
        WaitForAsyncUtils.waitForFxEvents(); // the pulse after the last step lifts the limit
        assertEquals(Double.MAX_VALUE, table.getMaxHeight(), "no limit once every row of the page is shown");
        javafx.scene.layout.Region area = (javafx.scene.layout.Region) table.getParent();
        assertEquals(area.getHeight(), table.getHeight(), 0.5, "the table fills its area again");
        long rows = table.lookupAll(".table-row-cell").stream().filter(javafx.scene.Node::isVisible).count();
        assertTrue(rows * Sections.ROW >= table.getHeight() - 80, rows + " rows shown in a table "
                + table.getHeight() + " px high");
    }

    @Test
    void everyRowTheSearchListsShowsTheSearchedText() {
        DataSet data = app.viewModel().dataProperty().get();
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#dataTable").queryAs(TableView.class);
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        Label count = robot.lookup("#dataCount").queryAs(Label.class);
        // an album's title that is not in the track's own title, artist or genre: found by the album alone
        int row = -1;
        for (int i = 0; i < data.rows() && row < 0; i++) {
            String album = data.tracks().albums()[i];
            if (album != null && album.length() > 3 && !(lower(data.tracks().title(i)) + "|" + lower(data.tracks()
                    .artist(i)) + "|" + lower(data.tracks().genre(i))).contains(lower(album))) {
                row = i;
            }
        }
        assertTrue(row >= 0, "the sample has a track found by its album only");
        String album = data.tracks().albums()[row];
        String before = count.getText();
        robot.interact(() -> search.setText(album));
        waitUntil("the search's rows", () -> !count.getText().equals(before) && !table.getItems().isEmpty());
        assertTrue(table.getItems().contains(row), "the track of that album is listed");
        String needle = lower(album);
        for (int i = 0; i < table.getItems().size(); i++) {
            StringBuilder shown = new StringBuilder();
            for (TableColumn<Integer, ?> c : table.getColumns()) {
                Object value = c.getCellData(i);
                shown.append(value == null ? "" : value.toString()).append('|');
            }
            assertTrue(lower(shown.toString()).contains(needle), "row " + table.getItems().get(i) + " shows '"
                    + album + "' in a column: " + shown);
        }
        assertTrue(search.getPromptText().contains("album"), search.getPromptText());
        robot.interact(() -> search.setText(""));
        waitUntil("every track again", () -> count.getText().startsWith(String.format(Locale.ROOT, "%,d tracks of",
                data.rows())));
    }

    @Test
    void listingEveryTrackKeepsTheSelectionAndClearingIsItsOwnButton() {
        WorkbenchViewModel vm = app.viewModel();
        int n = vm.dataProperty().get().rows();
        Label count = robot.lookup("#dataCount").queryAs(Label.class);
        CheckBox onlySelected = robot.lookup("#onlySelected").queryAs(CheckBox.class);
        Button clear = robot.lookup("#dataClearSelection").queryAs(Button.class);
        assertFalse(shown(onlySelected), "no selection, no choice");
        int[] picked = {1, 4, 9};
        robot.interact(() -> vm.select(picked));
        waitUntil("the selection listed", () -> count.getText().startsWith("3 tracks of 3 selected"));
        assertTrue(shown(onlySelected) && shown(clear) && onlySelected.isSelected());
        assertEquals("Only the 3 selected in the plot", onlySelected.getText());
        assertTrue(n > 700, "the premise: the sample fills pages, its selection one");
        double boxTop = onlySelected.localToScene(0, 0).getY();
        robot.clickOn(onlySelected);
        waitUntil("every track listed", () -> count.getText().startsWith(String.format(Locale.ROOT,
                "%,d tracks of %,d", n, n)));
        assertTrue(shown(robot.lookup("#rowPage").query()), "the page bar for every track");
        assertEquals(boxTop, onlySelected.localToScene(0, 0).getY(), 0.5,
                "the tick box does not jump under the pointer that unticked it (new user, session 17)");
        assertArrayEquals(picked, vm.selectionProperty().get(), "the lasso in the Clusters tab stays");
        assertTrue(shown(onlySelected), "the choice stays while the selection does");
        javafx.scene.Node table = robot.lookup("#dataTable").query();
        double tableTop = table.localToScene(0, 0).getY();
        robot.clickOn(clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.selectionProperty().get().length, "cleared by its own button");
        assertTrue(shown(onlySelected) && onlySelected.isDisabled() && clear.isDisabled(),
                "the line stays, its choices greyed");
        assertEquals("No tracks selected in the plot", onlySelected.getText());
        assertEquals(tableTop, table.localToScene(0, 0).getY(), 0.5,
                "the table does not jump up under the mouse that cleared the selection");
    }

    /** Whether {@code node} and every parent of it are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
