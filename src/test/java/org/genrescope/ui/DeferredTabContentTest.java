package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A hidden tab's content attached after the first frames, its tables a pulse each after the rest, each back where it
 * was with its layout constraints; a tab shown meanwhile gets every table at once.
 */
class DeferredTabContentTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A page as the result tabs make them: tables in boxes inside a scroll pane and a split pane. */
    private static final class Page {
        final TableView<String> first = new TableView<>();
        final TableView<String> second = new TableView<>();
        final TableView<String> third = new TableView<>();
        final VBox top = new VBox(new Label("metrics"), first, new Label("agreement"), second);
        final SplitPane root = new SplitPane(new ScrollPane(top), new VBox(third));

        Page() {
            VBox.setVgrow(second, Priority.ALWAYS);
        }
    }

    @Test
    void theTablesAreFoundTopToBottomThroughScrollAndSplitPanes() throws Exception {
        List<Object> found = new ArrayList<>();
        Page page = new Page();
        ScreenCapture.onFx(() -> DeferredTabContent.partsOf(page.root).forEach(p -> found.add(p.node())));
        assertEquals(List.of(page.first, page.second, page.third), found);
    }

    @Test
    void aHiddenTabsTablesComeAPulseEachAfterItsContentAndKeepTheirPlaces() throws Exception {
        Page page = new Page();
        Tab shown = new Tab("shown", new Label("on screen"));
        Tab hidden = new Tab("hidden", page.root);
        List<Object> atAttach = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        ScreenCapture.onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new TabPane(shown, hidden), 400, 300));
            stage.show();
            DeferredTabContent.untilShown(hidden);
            // attached: the content goes into the clipped pane that is the tab's content (HiddenTabClip)
            ((javafx.scene.layout.Pane) hidden.getContent()).getChildren().addListener((javafx.collections
                    .ListChangeListener<javafx.scene.Node>) c -> {
                atAttach.add(page.first.getParent());
                atAttach.add(page.second.getParent());
                atAttach.add(page.top.getChildren().size());
            });
            DeferredTabContent.attachOnePerPulse(List.of(shown, hidden), done::countDown);
        });
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertNull(atAttach.get(0), "attached without its tables");
        assertNull(atAttach.get(1));
        assertEquals(4, atAttach.get(2), "a holder in each table's place");
        List<Object> after = new ArrayList<>();
        ScreenCapture.onFx(() -> {
            after.addAll(page.top.getChildren());
            after.add(VBox.getVgrow(page.second));
            after.add(page.third.getParent());
        });
        assertSame(page.first, after.get(1));
        assertSame(page.second, after.get(3));
        assertEquals(Priority.ALWAYS, after.get(4));
        assertTrue(after.get(5) instanceof VBox);
    }

    @Test
    void aTabShownWhileItsTablesWaitGetsThemAllAtOnce() throws Exception {
        Page page = new Page();
        Tab shown = new Tab("shown", new Label("on screen"));
        Tab hidden = new Tab("hidden", page.root);
        List<Object> onShow = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        ScreenCapture.onFx(() -> {
            TabPane tabs = new TabPane(shown, hidden);
            Stage stage = new Stage();
            stage.setScene(new Scene(tabs, 400, 300));
            stage.show();
            DeferredTabContent.untilShown(hidden);
            ((javafx.scene.layout.Pane) hidden.getContent()).getChildren().addListener((javafx.collections
                    .ListChangeListener<javafx.scene.Node>) c -> {
                // the user picks the tab in the same event: its tables must not wait for pulses
                tabs.getSelectionModel().select(hidden);
                onShow.add(page.first.getParent());
                onShow.add(page.second.getParent());
                onShow.add(page.third.getParent());
            });
            DeferredTabContent.attachOnePerPulse(List.of(shown, hidden), done::countDown);
        });
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertSame(page.top, onShow.get(0));
        assertSame(page.top, onShow.get(1));
        assertTrue(onShow.get(2) instanceof VBox);
    }
}
