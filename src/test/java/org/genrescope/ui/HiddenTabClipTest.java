package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tab's content sits in a pane clipped to one pixel while the tab is hidden (its bounds in the tab pane a pixel at
 * most, so a change inside it repaints no more) and unclipped while shown; the content fills the tab as before (headless).
 */
class HiddenTabClipTest {
    @BeforeAll
    static void toolkit() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aHiddenTabsPaneIsClippedAwayAndAShownOnesIsNot() throws Exception {
        BorderPane shownContent = new BorderPane(new Label("on screen"));
        BorderPane hiddenContent = new BorderPane(new Label("not on screen"));
        Tab shown = new Tab("shown", shownContent);
        Tab hidden = new Tab("hidden", hiddenContent);
        TabPane tabs = new TabPane(shown, hidden);
        StackPane[] panes = new StackPane[2];
        assertTrue(ScreenCapture.onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(tabs, 400, 300));
            stage.show();
            panes[0] = HiddenTabClip.hold(shown);
            panes[1] = HiddenTabClip.hold(hidden);
        }, 10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents(3);
        List<Object> seen = new ArrayList<>();
        assertTrue(ScreenCapture.onFx(() -> {
            seen.add(shown.getContent());
            seen.add(shownContent.getParent());
            seen.add(hiddenContent.getParent());
            seen.add(shown.getContent().getClip());
            seen.add(HiddenTabClip.clippedAway(panes[1]));
            seen.add(panes[1].getBoundsInParent().getWidth() <= 1 && panes[1].getBoundsInParent().getHeight() <= 1);
            seen.add(shownContent.getWidth() == panes[0].getWidth() && shownContent.getHeight() == panes[0].getHeight()
                    && panes[0].getWidth() > 300);
            tabs.getSelectionModel().select(hidden);
            seen.add(hidden.getContent().getClip());
            seen.add(HiddenTabClip.clippedAway(panes[0]));
        }, 10, TimeUnit.SECONDS));
        assertSame(panes[0], seen.get(0), "the pane is the tab's content");
        assertSame(panes[0], seen.get(1), "and holds what the tab had");
        assertSame(panes[1], seen.get(2));
        assertNull(seen.get(3), "the shown tab is not clipped");
        assertEquals(true, seen.get(4), "the hidden tab is clipped to a pixel");
        assertEquals(true, seen.get(5), "so its bounds, which a repaint would take, are a pixel at most");
        assertEquals(true, seen.get(6), "the content fills the tab");
        assertNull(seen.get(7), "selected: no clip");
        assertEquals(true, seen.get(8), "the tab left is clipped away");
        WaitForAsyncUtils.waitForFxEvents(3);
        boolean[] fills = {false};
        assertTrue(ScreenCapture.onFx(() -> fills[0] = hiddenContent.getWidth() == panes[1].getWidth()
                && !panes[1].getBoundsInParent().isEmpty(), 10, TimeUnit.SECONDS));
        assertTrue(fills[0], "shown, the other tab's content fills it and has bounds");
        assertFalse(HiddenTabClip.clippedAway(new StackPane()), "no clip is not clipped away");
        assertTrue(fills[0]);
    }
}
