package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tabs' layout checks can fail: a table squeezed to 30 px in a split pane (the Compare tab at 1024 x 700 before
 * issue 12's fix), a figure under its readable height, and a panel pushed past its parent's edge are each reported;
 * the same panels at their sizes in a scrolling page are not.
 */
class LayoutChecksTest {
    private static final FxRobot robot = new FxRobot();
    private static Stage stage;

    @BeforeAll
    static void open() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static TableView<String> table(String id) {
        TableView<String> t = new TableView<>();
        t.setId(id);
        t.getColumns().add(Tables.textColumn("a", 300, s -> s));
        t.getItems().setAll("1", "2", "3", "4");
        return t;
    }

    /** {@code root} in a scene of {@code w} x {@code h}, styled and laid out (on the FX thread). */
    private static void laidOut(javafx.scene.Parent root, double w, double h) {
        new javafx.scene.Scene(root, w, h);
        root.applyCss();
        root.layout();
        root.applyCss();
        root.layout();
    }

    @Test
    void aSqueezedTableAShortFigureAndACutPanelAreReported() throws Exception {
        TableView<String> squeezed = table("squeezed");
        FigureView figure = new FigureView("empty", f -> { });
        figure.setId("figure");
        figure.setMaxHeight(150);
        SplitPane split = new SplitPane(new VBox(figure), new VBox(squeezed));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.95);
        split.setPrefHeight(600);
        TableView<String> cut = table("cut");
        cut.setPrefSize(300, 200);
        cut.relocate(150, 0);
        Pane narrow = new Pane(cut);
        narrow.setPrefSize(200, 200);
        narrow.setMaxSize(200, 200);
        VBox root = new VBox(split, narrow);
        String problems = String.join("\n", WaitForAsyncUtils.asyncFx(() -> {
            laidOut(root, 400, 820);
            return LayoutChecks.problems(root, "test", true, "squeezed", "figure", "cut");
        }).get());
        assertTrue(problems.contains("test: #squeezed is"), problems);
        assertTrue(problems.contains("rows, under 3"), problems);
        assertTrue(problems.contains("test: #figure is"), problems);
        assertTrue(problems.contains("#cut is cut off by Pane"), problems);
        assertTrue(problems.contains("#cut is 300 px wide, its columns 300: some are out of sight"), problems);

        TableView<String> fine = table("fine");
        fine.getColumns().get(0).setPrefWidth(100);
        Sections.allRows(fine, 4);
        FigureView tall = Sections.figure(new FigureView("empty", f -> { }), 300);
        tall.setId("tall");
        javafx.scene.control.ScrollPane page = Sections.page("page", new VBox(fine, tall));
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> {
            laidOut(page, 400, 300);
            return LayoutChecks.problems(page, "test", true, "fine", "tall");
        }).get(),
                "a page shorter than its sections scrolls: nothing is squeezed or cut");
    }
}
