package org.genrescope.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** Draws markers as shapes on any Graphics2D (discs as circles); through an SVG Graphics2D each becomes one SVG element. */
final class ShapePointPainter implements PointPainter {

    /** The id of the SVG group holding one element per point. */
    static final String POINTS_GROUP_ID = "points";

    private final Graphics2D g;
    private Shape savedClip;
    private int lastArgb;
    private Color lastColor;

    ShapePointPainter(Graphics2D g) {
        this.g = g;
    }

    @Override
    public void begin(Rectangle2D plot) {
        savedClip = g.getClip();
        g.clip(plot);
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, POINTS_GROUP_ID);
        }
    }

    @Override
    public void mark(double cx, double cy, double radius, Marker marker, int rgb, double opacity) {
        int argb = ((int) Math.round(opacity * 255) << 24) | (rgb & 0xFFFFFF);
        if (lastColor == null || argb != lastArgb) {
            lastColor = new Color(argb, true);
            lastArgb = argb;
        }
        g.setColor(lastColor);
        g.fill(marker.shape(cx, cy, radius));
    }

    @Override
    public void end() {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
        }
        g.setClip(savedClip);
    }
}
