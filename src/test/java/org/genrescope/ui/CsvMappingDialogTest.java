package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genrescope.data.CsvDelimiter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real CSV dialog headless (Monocle): a delimiter change re-reads the preview; Escape cancels. */
class CsvMappingDialogTest {
    private static final FxRobot robot = new FxRobot();
    private static Stage owner;

    @BeforeAll
    static void showAnOwner() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new Label("owner"), 300, 200));
            s.show();
        });
    }

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheDelimiterUpdatesThePreviewAndEscapeClosesWithoutLoading() throws Exception {
        SettingsStore store = SettingsStore.inMemory();
        WorkbenchViewModel vm = Fixtures.workbench(new FxBackgroundRunner(), store);
        Path file = Path.of("src/test/resources/cases/semicolon-decimal-comma/tracks.csv");
        AtomicReference<CsvMappingViewModel> shown = new AtomicReference<>();
        robot.interact(() -> vm.opening().open(file, m -> {
            shown.set(m);
            return new FxDialogs().mapColumns(owner, m);
        }));
        waitUntil("the dialog shows", () -> robot.lookup("#csvPreview").tryQuery().isPresent());
        TableView<List<String>> preview = robot.lookup("#csvPreview").queryAs(TableView.class);
        assertEquals(10, preview.getColumns().size());
        assertEquals("acousticness\nfeature", preview.getColumns().get(1).getText());
        assertEquals("0.238617", preview.getItems().get(0).get(1), "parsed with the detected decimal comma");

        robot.clickOn("#csvDelimiter");
        robot.clickOn("tab");
        ChoiceBox<CsvDelimiter> delimiter = robot.lookup("#csvDelimiter").queryAs(ChoiceBox.class);
        assertEquals(CsvDelimiter.TAB, delimiter.getValue());
        waitUntil("the preview is read again", () -> preview.getColumns().size() == 1);
        assertTrue(preview.getItems().get(0).get(0).startsWith("1;0,238617;"), preview.getItems().get(0).toString());
        assertEquals(CsvDelimiter.TAB, shown.get().mapping().delimiter());
        assertTrue(robot.lookup("Choose at least one feature column.").tryQuery().isPresent(), "says why OK is off");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil("the dialog closes", () -> robot.lookup("#csvPreview").tryQuery().isEmpty());
        assertTrue(store.get(Preferences.csvChoices(file)).isEmpty(), "cancelled: nothing remembered");
        assertNull(vm.dataProperty().get(), "nothing loaded");
        assertTrue(!vm.statusProperty().get().contains("Loading"), vm.statusProperty().get());
    }
}
