package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Paints the points of a vector figure (SVG) as one transparent raster image over the plot area, through the
 * screen's own painters: a million circles would be some 100 MB of SVG, one image a few MB, and it looks like the
 * screen. Axes, labels and legend, drawn around it by the renderer, stay vector. Markers are rasterised at
 * {@link #POINTS_SCALE} image pixels per unit so they stay sharp when the figure is enlarged; a density at 1, so
 * that its bins and counts are the screen's.
 */
final class RasterLayerPainter implements PointPainter {

    /** Image pixels per SVG unit (logical pixel) for markers. */
    static final int POINTS_SCALE = 2;

    private final Graphics2D g;
    private final boolean density;
    private Rectangle2D plot;
    private BufferedImage layer;
    private PointPainter inner;
    private DensityPainter.Bins bins = DensityPainter.Bins.NONE;

    RasterLayerPainter(Graphics2D g, Shading shading) {
        this.g = g;
        this.density = shading == Shading.DENSITY;
    }

    /** Image pixels per unit of this layer. */
    int scale() {
        return density ? 1 : POINTS_SCALE;
    }

    @Override
    public void begin(Rectangle2D plotArea) {
        plot = (Rectangle2D) plotArea.clone();
        int s = scale();
        layer = new BufferedImage(Math.max(1, (int) Math.ceil(plot.getWidth() * s)),
                Math.max(1, (int) Math.ceil(plot.getHeight() * s)), BufferedImage.TYPE_INT_ARGB_PRE);
        inner = density ? new DensityPainter(layer, s) : new RasterPointPainter(layer, s);
        inner.begin(new Rectangle2D.Double(0, 0, plot.getWidth(), plot.getHeight()));
    }

    @Override
    public void mark(double cx, double cy, double radius, Marker marker, int rgb, double opacity) {
        inner.mark(cx - plot.getMinX(), cy - plot.getMinY(), radius, marker, rgb, opacity);
    }

    @Override
    public void end() {
        inner.end();
        if (inner instanceof DensityPainter d) {
            bins = d.bins();
        }
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, ShapePointPainter.POINTS_GROUP_ID);
        }
        AffineTransform saved = g.getTransform();
        g.translate(plot.getMinX(), plot.getMinY());
        g.scale(1.0 / scale(), 1.0 / scale());
        g.drawImage(layer, 0, 0, null);
        g.setTransform(saved);
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
        }
        layer = null;
        inner = null;
    }

    /** The bins of a density layer ({@link DensityPainter.Bins#NONE} for markers). */
    DensityPainter.Bins bins() {
        return bins;
    }
}
