package org.genrescope.plot;

import java.awt.geom.Rectangle2D;

/**
 * Draws the markers of a scatter plot. The renderer computes every marker's centre and radius once and hands
 * them to one of two painters: into a pixel buffer for the screen and PNG, or as shapes for SVG.
 */
interface PointPainter {

    /** Called before the first disc; discs are clipped to {@code plot} (logical pixels). */
    void begin(Rectangle2D plot);

    /**
     * A filled marker centred at (cx, cy) with the area of a disc of the given radius, all in logical pixels;
     * {@code rgb} is 0xRRGGBB.
     */
    void mark(double cx, double cy, double radius, Marker marker, int rgb, double opacity);

    /**
     * Draws the passes one after another, each point by point through {@link #mark} (a painter may draw them its own
     * way if the result is the same).
     */
    default void markAll(java.util.List<MarkerPass> passes) {
        for (MarkerPass pass : passes) {
            pass.markEach(this);
        }
    }

    /** Called after the last disc. */
    void end();
}
