package org.genrescope.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * White stripes over a filled area, for series whose colour repeats (beyond 12): what a {@link Marker} does for a
 * scatter point, a hatch does for a bar. Drawn as plain lines clipped to the area, so SVG keeps them as vectors.
 */
final class Hatch {

    private static final double SPACING = 5;
    private static final Stroke STROKE = new java.awt.BasicStroke(1.5f);
    private static final Color STRIPE = new Color(255, 255, 255, 210);

    private Hatch() {
    }

    /** Hatches {@code area} as {@code marker} asks: a disc none, a square diagonal stripes, a triangle crossed ones. */
    static void draw(Graphics2D g, Rectangle2D area, Marker marker) {
        draw(g, area, marker, STRIPE);
    }

    /**
     * As {@link #draw(Graphics2D, Rectangle2D, Marker)}, in {@code ink} at a third of its opacity: stripes that read
     * on any fill when {@code ink} is the fill's text colour (a heatmap's marked cell).
     */
    static void draw(Graphics2D g, Rectangle2D area, Marker marker, Color ink) {
        Color stripe = ink == STRIPE ? STRIPE : new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 70);
        if (marker == Marker.DISC || area.getWidth() <= 0 || area.getHeight() <= 0) {
            return;
        }
        Shape savedClip = g.getClip();
        Stroke savedStroke = g.getStroke();
        g.clip(area);
        g.setColor(stripe);
        g.setStroke(STROKE);
        double span = area.getWidth() + area.getHeight();
        for (double d = 0; d <= span; d += SPACING) {
            g.draw(new Line2D.Double(area.getMinX() + d, area.getMaxY(), area.getMinX() + d - area.getHeight(),
                    area.getMinY()));
            if (marker == Marker.TRIANGLE) {
                g.draw(new Line2D.Double(area.getMaxX() - d, area.getMaxY(), area.getMaxX() - d + area.getHeight(),
                        area.getMinY()));
            }
        }
        g.setStroke(savedStroke);
        g.setClip(savedClip);
    }
}
