package org.genrescope.plot;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The shape of a scatter point. Beyond {@link Palette#SAFE_CATEGORICAL_COUNT} categories the colours repeat, so
 * the shape tells category 0 (a disc) from category 12 (a square) and 24 (a triangle). Every shape covers the
 * area of the disc of the same radius, so no category looks heavier than another.
 */
public enum Marker {
    DISC, SQUARE, TRIANGLE;

    private static final double SQUARE_HALF_SIDE = Math.sqrt(Math.PI) / 2;        // side^2 = pi r^2
    private static final double TRIANGLE_SIDE = Math.sqrt(4 * Math.PI / Math.sqrt(3)); // sqrt(3)/4 side^2 = pi r^2

    /** The outline of this marker centred on (cx, cy) with the disc-equivalent radius {@code radius}. */
    public Shape shape(double cx, double cy, double radius) {
        return switch (this) {
            case DISC -> new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
            case SQUARE -> {
                double h = radius * SQUARE_HALF_SIDE;
                yield new Rectangle2D.Double(cx - h, cy - h, 2 * h, 2 * h);
            }
            case TRIANGLE -> {
                // Pointing up, centred on its centroid: the apex is 2/3 of the height above the centre.
                double side = radius * TRIANGLE_SIDE;
                double height = side * Math.sqrt(3) / 2;
                Path2D.Double p = new Path2D.Double();
                p.moveTo(cx, cy - 2 * height / 3);
                p.lineTo(cx + side / 2, cy + height / 3);
                p.lineTo(cx - side / 2, cy + height / 3);
                p.closePath();
                yield p;
            }
        };
    }
}
