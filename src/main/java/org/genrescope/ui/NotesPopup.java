package org.genrescope.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * A training's notes, briefly, at the bottom right of the tabs: a box as tall as its wrapped text, gone at once after
 * {@link #SHOWN} (or on a click, Escape or its close button). It replaces ControlsFX's notification, whose box was
 * sized to the text's unwrapped lines (the rest spilled over the window below) and which faded out as a blank box.
 * At the bottom, not the top: at 1024 x 700 a box at the top covered the plot's title, the legend's first rows and
 * the Data tab's search field and header (session 11's report); the tab headers and the banners stay readable too.
 */
final class NotesPopup {
    /**
     * How long the notes stay: briefly, as the banner above the tabs keeps them; at 1024 x 700 ten seconds of the box
     * over the metrics were too long for a new user (session 13).
     */
    static final Duration SHOWN = Duration.seconds(5);
    private static final double MARGIN = 12;
    /** Kept free at the top of the area for a box too tall for the bottom: the tab headers and a tab's own bar. */
    static final double TOP_ROOM = 72;

    private final Popup popup = new Popup();
    private final Label title = new Label();
    private final BorderPane box = new BorderPane();
    private final PauseTransition timer = new PauseTransition(SHOWN);
    private final double width;
    /** Counts {@link #show} and {@link #hide} calls: a box placed after the next layout only if none came since. */
    private long placing;

    /** A pop-up whose text wraps at {@code width} px. */
    NotesPopup(double width) {
        this.width = width;
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        Button close = new Button("\u00d7");
        close.setStyle("-fx-background-color: transparent; -fx-padding: 0 4 0 4; -fx-font-size: 13px;");
        close.setOnAction(e -> hide());
        BorderPane head = new BorderPane(null, null, close, null, title);
        BorderPane.setAlignment(title, Pos.CENTER_LEFT);
        box.setTop(head);
        box.setPadding(new Insets(8, 10, 10, 10));
        box.setStyle("-fx-background-color: #9a9a9a, #f7f7f7; -fx-background-insets: 0, 1;"
                + " -fx-effect: dropshadow(three-pass-box, rgba(0,0,0,0.35), 6, 0, 2, 3);");
        box.setOnMouseClicked(e -> hide());
        popup.getContent().add(box);
        popup.setAutoHide(false); // it stays while the user works in the window, until its time is up
        popup.setHideOnEscape(true);
        timer.setOnFinished(e -> hide());
    }

    /**
     * Shows {@code heading} over {@code text} (lines separated by newlines) at the bottom right of {@code area} (the
     * tabs, so that the banners above them, the red collapse banner among them, stay readable; a box taller than the
     * tabs starts {@link #TOP_ROOM} below their top instead), once the window's
     * next pulse has laid it out: the banners of this result are being added above the tabs right now. Styling and
     * laying out the whole window here instead, to place the box at once, was most of the FX thread's longest event
     * as a result arrived at a million tracks (docs/benchmarks.md, "The result's phases at a million (session 10)").
     */
    void show(javafx.scene.Node area, String heading, String text) {
        title.setText(heading);
        Label body = NotificationText.of(text, width);
        body.setStyle("-fx-font-size: 13px;"); // fixed, so that the measured height is the drawn one
        box.setCenter(new VBox(4, body));
        BorderPane.setMargin(box.getCenter(), new Insets(4, 0, 0, 0));
        box.applyCss(); // the box alone (the pop-up's own scene), not the window
        NotificationText.fit(body);
        double w = box.prefWidth(-1);
        double h = box.prefHeight(w);
        long request = ++placing;
        Scene scene = area.getScene();
        boolean[] laidOut = {false};
        Runnable[] afterLayout = {null};
        afterLayout[0] = () -> {
            if (laidOut[0]) {
                return;
            }
            laidOut[0] = true;
            Platform.runLater(() -> { // not within the pulse: its listeners cannot be removed while they run
                scene.removePostLayoutPulseListener(afterLayout[0]);
                javafx.geometry.Bounds b = area.localToScreen(area.getBoundsInLocal());
                if (request == placing && b != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                    popup.show(scene.getWindow(), b.getMaxX() - w - MARGIN,
                            Math.max(b.getMinY() + TOP_ROOM, b.getMaxY() - h - MARGIN));
                    timer.playFromStart();
                }
            });
        };
        scene.addPostLayoutPulseListener(afterLayout[0]);
        Platform.requestNextPulse();
    }

    /** Hides the notes at once (and any not placed yet): no fade, which left a blank box behind for a while. */
    void hide() {
        placing++;
        timer.stop();
        popup.hide();
    }

    /** Whether the notes are on screen. */
    boolean isShowing() {
        return popup.isShowing();
    }

    /** The box, for tests: its height must hold the text. */
    BorderPane box() {
        return box;
    }
}
