package org.genrescope.ui;

import javafx.scene.control.Label;
import javafx.scene.effect.DropShadow;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The scatter's hover marks: a ring around the point under the mouse and a label naming its track, placed beside
 * the mouse and kept inside the canvas. Nodes over the image, so a mouse move re-renders nothing.
 */
final class ScatterHover {
    final Label label = new Label();
    final Circle ring = new Circle();

    ScatterHover() {
        label.setId("scatterTooltip");
        label.getStyleClass().add("scatter-tooltip");
        label.setMouseTransparent(true);
        ring.setId("hoverRing");
        ring.setFill(null);
        ring.setStroke(Color.rgb(17, 17, 17));
        ring.setStrokeWidth(2);
        ring.setEffect(new DropShadow(2, Color.WHITE));
        ring.setMouseTransparent(true);
        hide();
    }

    void hide() {
        label.setVisible(false);
        ring.setVisible(false);
    }

    /**
     * Rings the point at pixel {@code at} with {@code radius} and shows {@code text} beside the mouse (mx, my),
     * flipped to the other side where it would leave a canvas of {@code width} x {@code height}.
     */
    void show(double[] at, double radius, String text, double mx, double my, double width, double height) {
        ring.setCenterX(at[0]);
        ring.setCenterY(at[1]);
        ring.setRadius(radius);
        ring.setVisible(true);
        label.setText(text);
        label.setVisible(true);
        label.autosize();
        double x = mx + 14;
        double y = my + 14;
        if (x + label.getWidth() > width) {
            x = mx - label.getWidth() - 8;
        }
        if (y + label.getHeight() > height) {
            y = my - label.getHeight() - 8;
        }
        label.relocate(Math.max(0, x), Math.max(0, y));
    }
}
