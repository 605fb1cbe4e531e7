package org.genrescope.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The text of a pop-up note, as tall as its wrapped lines. A wrapping label asked for its preferred height without a
 * width (as ControlsFX's notification asked) answers for its unwrapped lines: 7 notes of 2-3 wrapped lines each got
 * a box of about 7 lines, and the rest spilled over the window below (over the red collapse banner).
 */
final class NotificationText {
    private NotificationText() { }

    /** A label of {@code text} wrapping at {@code width} px; {@link #fit} gives it its height once styled. */
    static Label of(String text, double width) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinWidth(width);
        label.setPrefWidth(width);
        label.setMaxWidth(width);
        return label;
    }

    /**
     * Fixes {@code label}'s minimum and preferred heights to those of its text wrapped at its width, in its font;
     * call it once the label is in a scene (so that its stylesheet and skin apply) and after any change of text.
     */
    static void fit(Label label) {
        label.setMinHeight(Region.USE_COMPUTED_SIZE);
        label.setPrefHeight(Region.USE_COMPUTED_SIZE);
        label.applyCss();
        double h = Math.ceil(label.prefHeight(label.getPrefWidth()));
        label.setMinHeight(h);
        label.setPrefHeight(h);
    }
}
