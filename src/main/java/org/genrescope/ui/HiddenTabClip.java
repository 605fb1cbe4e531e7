package org.genrescope.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * Puts a tab's content into a pane of its own that is clipped to one pixel while the tab is not selected, so that what
 * changes in a tab not on screen does not repaint the tab that is.
 *
 * <p>Why: JavaFX collects the regions to repaint without looking at visibility. A node added to, or changed in, the
 * content of a hidden tab made its bounds dirty, and those bounds lie over the tab on screen, which was then repainted
 * although nothing on it had changed. With the software renderer (no GPU) a repaint of the tab area at 1440 x 900 took
 * the render thread 40-50 ms: as the window attached its hidden tabs a step a pulse at the start, each step repainted
 * it, and the FX thread waited for the render thread in the pulses after (docs/benchmarks.md, "Hidden tabs that
 * repainted the shown one (session 30)"). A group with a clip passes on only the part of its children's dirty regions
 * inside the clip: clipped to one pixel, a hidden tab's changes repaint one pixel. (A clip outside the pane, which
 * leaves it no bounds at all, made JavaFX repaint the whole window instead.) Selected, the pane has no clip, and the
 * tab is drawn whole as before. Layout, CSS and events are not changed by a clip. FX thread only.
 */
final class HiddenTabClip {
    private HiddenTabClip() { }

    /**
     * Moves {@code tab}'s content (if any) into a new pane, which becomes the tab's content, clipped to one pixel
     * while the tab is not selected, and returns that pane. The content keeps filling the tab as before (a stack pane
     * sizes its one child to its own size, as the tab's content region does).
     */
    static StackPane hold(Tab tab) {
        Node content = tab.getContent();
        StackPane pane = new StackPane();
        pane.getStyleClass().add("tab-holder");
        tab.setContent(pane);
        if (content != null) {
            pane.getChildren().add(content);
        }
        clipUnlessSelected(pane, tab.isSelected());
        tab.selectedProperty().addListener((o, was, now) -> clipUnlessSelected(pane, now));
        return pane;
    }

    /** Whether {@code pane} is clipped to one pixel or less, as a hidden tab's (for tests). */
    static boolean clippedAway(Node pane) {
        return pane.getClip() != null && pane.getClip().getBoundsInLocal().getWidth() <= 1
                && pane.getClip().getBoundsInLocal().getHeight() <= 1;
    }

    private static void clipUnlessSelected(StackPane pane, boolean selected) {
        // one pixel at the pane's corner: a dirty region of the content is cut to it (a clip outside the pane gave
        // the pane empty bounds, and JavaFX then repainted the whole window)
        pane.setClip(selected ? null : new Rectangle(0, 0, 1, 1));
    }
}
