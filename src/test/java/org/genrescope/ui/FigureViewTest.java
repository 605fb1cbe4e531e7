package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.genrescope.plot.BarFigure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A figure view without its figure shows no image of it (the last data's histograms stayed over the new data's), says
 * what {@link FigureView#clear} was told until the next figure is drawn, and draws a figure set again after none
 * (headless, Monocle).
 */
class FigureViewTest {
    private static javafx.stage.Stage stage;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32"); // as every window test: Monocle keeps the first
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClearedViewSaysWhyAndAFigureSetAgainIsDrawnAgain() throws Exception {
        FigureView view = WaitForAsyncUtils.asyncFx(() -> {
            FigureView v = new FigureView("Open data to see it.", figure -> { });
            stage.setScene(new Scene(v, 400, 300));
            stage.show();
            return v;
        }).get();
        ImageView image = (ImageView) view.getChildrenUnmodifiable().get(0);
        Label placeholder = (Label) view.lookup(".placeholder");
        BarFigure bars = BarFigure.of("Bars", List.of("a", "b"), List.of("one"), new double[][] {{1, 2}}, "y");

        WaitForAsyncUtils.asyncFx(() -> view.figureProperty().set(bars)).get();
        waitUntil(() -> image.getImage() != null && !placeholder.isVisible());

        WaitForAsyncUtils.asyncFx(() -> view.clear("Drawing the next one...")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(image.getImage(), "no image of a figure that is gone");
        assertTrue(placeholder.isVisible());
        assertEquals("Drawing the next one...", placeholder.getText());

        WaitForAsyncUtils.asyncFx(() -> view.figureProperty().set(bars)).get(); // the same figure again
        waitUntil(() -> image.getImage() != null && !placeholder.isVisible());

        WaitForAsyncUtils.asyncFx(() -> view.figureProperty().set(null)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Open data to see it.", placeholder.getText(), "a figure set to none: the empty view's words");
        assertTrue(placeholder.isVisible());
    }
}
