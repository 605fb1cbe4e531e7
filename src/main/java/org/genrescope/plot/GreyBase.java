package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;

/**
 * What a greyed frame (a scatter with a selection) starts from, kept for one view: the frame's pixels after the
 * background and grid, and after every point on top of them in {@link ScatterFigure#UNSELECTED} grey, in the drawing
 * order. A selection changes only the pixels its own markers touch; everywhere else the greyed frame is this layer,
 * so {@link FigureRenderer#render(Figure, int, int, double, BufferedImage, boolean, GreyBase)} copies it and redraws
 * only around the selection (a lasso of 100,000 of a million points then blends a few hundred thousand markers instead
 * of all of them again). The picture is the whole drawing's, pixel for pixel (GreyBaseTest). It holds for the same
 * data, window, size, scale, point style and layout of the plot: the colours and the selection may change.
 */
public final class GreyBase {

    private final Key key;
    private final int[] underPoints;
    private final int[] greyPoints;

    private GreyBase(Key key, int[] underPoints, int[] greyPoints) {
        this.key = key;
        this.underPoints = underPoints;
        this.greyPoints = greyPoints;
    }

    /** What a base depends on: a frame whose key is equal can start from it. */
    record Key(ScatterData data, ViewWindow window, double pointSize, double opacity, int categories,
               Rectangle2D plot, int width, int height, double scale) {

        static Key of(ScatterFigure figure, int width, int height, double scale) {
            return new Key(figure.data(), figure.view(), figure.pointSize(), figure.opacity(),
                    figure.categoryNames().size(), ScatterLayout.of(figure, width / scale, height / scale).plot(),
                    width, height, scale);
        }

        @Override
        public boolean equals(Object o) {
            // the data by identity: another ScatterData with equal points is another set of points to the user
            return o instanceof Key k && k.data == data && k.window.equals(window) && k.pointSize == pointSize
                    && k.opacity == opacity && k.categories == categories && k.plot.equals(plot) && k.width == width
                    && k.height == height && k.scale == scale;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(data), window, pointSize, opacity, categories, plot, width,
                    height, scale);
        }
    }

    /**
     * Whether a figure's greyed frames can start from a base: markers (not a density) of data drawn through the
     * index (not a passing frame's).
     */
    public static boolean applies(ScatterFigure figure) {
        return figure.shading() == Shading.POINTS && !figure.data().passing();
    }

    /**
     * The base of {@code figure} drawn at {@code width} x {@code height} device pixels, {@code scale} device pixels per
     * logical pixel (as {@link FigureRenderer#render(Figure, int, int, double)} takes them); its selection is ignored.
     * Takes about as long as drawing the frame; safe on any thread.
     *
     * @throws IllegalArgumentException when the figure's frames cannot start from a base ({@link #applies}), or for a
     *                                  size or scale {@code render} refuses
     */
    public static GreyBase build(ScatterFigure figure, int width, int height, double scale) {
        if (!applies(figure)) {
            throw new IllegalArgumentException("a grey base is for a scatter of markers drawn through its index");
        }
        FigureRenderer.checkSize(width, height);
        figure.data().index().preparePositions(); // the greyed frame's selection mask needs them: built here, ahead
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] pixels = pixels(image);
        int[][] under = {null};
        Graphics2D g = image.createGraphics();
        try {
            FigureRenderer.fillBackground(g, width, height, scale);
            ScatterRenderer.drawGreyBase(figure, g, width / scale, height / scale,
                    new RasterPointPainter(image, scale), () -> under[0] = pixels.clone());
        } finally {
            g.dispose();
        }
        return new GreyBase(Key.of(figure, width, height, scale), under[0], pixels);
    }

    /** Whether {@code figure}'s frame at this size and scale can start from this base. */
    public boolean fits(ScatterFigure figure, int width, int height, double scale) {
        return applies(figure) && key.equals(Key.of(figure, width, height, scale));
    }

    Key key() {
        return key;
    }

    /**
     * Sets {@code image} (of the base's size) to the grey layer, and within {@code area} back to the background and
     * grid, ready for the points that touch it to be drawn again.
     */
    void paste(BufferedImage image, Rectangle area) {
        int[] pixels = pixels(image);
        System.arraycopy(greyPoints, 0, pixels, 0, pixels.length);
        Rectangle inside = area.intersection(new Rectangle(0, 0, key.width(), key.height()));
        for (int row = inside.y; row < inside.y + inside.height; row++) {
            int from = row * key.width() + inside.x;
            System.arraycopy(underPoints, from, pixels, from, inside.width);
        }
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
