package org.genrescope.plot;

import java.awt.geom.Rectangle2D;

/**
 * Draws the discs of a scatter plot. The renderer computes every disc's centre and radius once and hands
 * them to one of two painters: into a pixel buffer for the screen and PNG, or as shapes for SVG.
 */
interface PointPainter {

    /** Called before the first disc; discs are clipped to {@code plot} (logical pixels). */
    void begin(Rectangle2D plot);

    /** A filled disc at (cx, cy) of the given radius, all in logical pixels; {@code rgb} is 0xRRGGBB. */
    void disc(double cx, double cy, double radius, int rgb, double opacity);

    /** Called after the last disc. */
    void end();
}
