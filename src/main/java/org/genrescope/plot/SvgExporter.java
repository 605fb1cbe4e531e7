package org.genrescope.plot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.genrescope.files.AtomicFiles;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a figure as SVG by running the shared renderer on JFreeSVG's Graphics2D: text stays text and
 * every scatter point is one circle, so the file scales without blur (and grows with the point count:
 * about 100 bytes a point). Beyond {@link FigureRenderer#VECTOR_POINTS_LIMIT} points, or shaded by density, a
 * scatter's points are one embedded PNG image instead, and a comment at the top of the file says so. The root element carries a {@code viewBox} of the canvas besides its width and height.
 */
public final class SvgExporter {

    private SvgExporter() {
    }

    /** Draws {@code figure} on a {@code width} x {@code height} canvas and writes it atomically to {@code target}. */
    public static void write(Figure figure, Path target, int width, int height) throws IOException {
        Objects.requireNonNull(target, "target");
        String document = toSvg(figure, width, height);
        AtomicFiles.write(target, out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
    }

    /** The SVG document as a string. */
    public static String toSvg(Figure figure, int width, int height) {
        Objects.requireNonNull(figure, "figure");
        FigureRenderer.checkSize(width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setGeomDoubleConverter(SvgExporter::twoDecimals);
        try {
            FigureRenderer.draw(figure, g, width, height);
        } finally {
            g.dispose();
        }
        // A viewBox lets the figure scale to any size it is placed at (a web page, a slide) without being cut.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + rasterNote(figure)
                + g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null) + "\n";
    }

    /** Says in the file when its points are one embedded image, so a reader who zooms in knows why they blur. */
    static String rasterNote(Figure figure) {
        if (!FigureRenderer.rastersPoints(figure)) {
            return "";
        }
        ScatterFigure scatter = (ScatterFigure) figure;
        return String.format(java.util.Locale.ROOT, "<!-- The %,d points of this scatter are one embedded PNG image "
                + "(%s, in the group id=\"%s\"); axes, labels, legend and title are vector. -->%n",
                scatter.data().size(), scatter.shading() == Shading.DENSITY
                        ? "a density: counts per bin on a log scale, the bin's size in the key, 1 image pixel per unit"
                        : RasterLayerPainter.POINTS_SCALE + " image pixels per unit",
                ShapePointPainter.POINTS_GROUP_ID);
    }

    /**
     * Coordinates to 1/100 pixel: the default writes 16 digits, doubling the size of a scatter's file.
     * {@link Double#toString} does not depend on the default locale.
     */
    private static String twoDecimals(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == (long) rounded ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
