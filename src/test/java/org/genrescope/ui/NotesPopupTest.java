package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The notes pop-up holds all of its wrapped text (headless, Monocle) and hides at once. */
class NotesPopupTest {
    private static Stage owner;

    @BeforeAll
    static void showAnOwner() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new Label("owner"), 1024, 700));
            s.show();
        });
    }

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theBoxIsAsTallAsTheWrappedTextAndHidesAtOnce() throws Exception {
        String note = "Calinski-Harabasz in the clustered space: the within-cluster spread is rounding noise (4.9e-31 "
                + "of the total): the clusters are repeated points and the ratio only measures rounding";
        String text = String.join("\n", note, note, note, note, note, note, note);
        double[] heights = new double[3];
        AtomicReference<String> drawn = new AtomicReference<>();
        AtomicReference<NotesPopup> popup = new AtomicReference<>();
        onFx(() -> {
            NotesPopup p = new NotesPopup(440);
            popup.set(p);
            p.show(owner.getScene().getRoot(), "7 notes on this training", text);
        });
        // placed after the window's next layout pass, not within show()
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> popup.get().isShowing());
        onFx(() -> {
            NotesPopup p = popup.get();
            p.box().layout();
            Label body = (Label) ((javafx.scene.layout.VBox) p.box().getCenter()).getChildren().get(0);
            // independently: the same text laid out by a Text node in the label's font at the label's width
            Text probe = new Text(text);
            probe.setFont(body.getFont());
            probe.setWrappingWidth(440);
            heights[0] = probe.getLayoutBounds().getHeight();
            heights[1] = body.getHeight();
            heights[2] = p.box().getHeight();
            drawn.set(((Text) body.lookup(".text")).getText()); // what the skin draws: cut short with an ellipsis?
        });
        assertTrue(heights[0] > 7 * 2 * 14, "7 notes of 2-3 lines each: " + heights[0]);
        assertTrue(heights[1] >= heights[0] - 1, "the label holds every line: " + heights[1] + " < " + heights[0]);
        assertTrue(heights[2] > heights[1], "and the box holds the label: " + heights[2]);
        assertTrue(drawn.get().replaceAll("\\s+", " ").equals(text.replaceAll("\\s+", " ")),
                "every word drawn, none cut to '...': " + drawn.get());
        onFx(() -> popup.get().hide());
        boolean[] showing = {true};
        onFx(() -> showing[0] = popup.get().isShowing());
        assertFalse(showing[0], "gone at once, no fade");
    }

    @Test
    void notesHiddenBeforeTheyArePlacedNeverShow() throws Exception {
        AtomicReference<NotesPopup> popup = new AtomicReference<>();
        onFx(() -> {
            NotesPopup p = new NotesPopup(440);
            popup.set(p);
            p.show(owner.getScene().getRoot(), "A note on this training", "a note");
            p.hide(); // a new result, or new data, before the window's next layout pass placed it
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(10);
        boolean[] showing = {true};
        onFx(() -> showing[0] = popup.get().isShowing());
        assertFalse(showing[0], "hidden before it was placed: not placed later");
    }

    private static void onFx(Runnable action) throws Exception {
        assertTrue(ScreenCapture.onFx(action, 20, TimeUnit.SECONDS));
    }
}
