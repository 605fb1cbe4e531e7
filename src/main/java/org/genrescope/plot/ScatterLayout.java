package org.genrescope.plot;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where a scatter figure's parts go for a given size. The renderer draws with it and {@link ScatterView}
 * hit-tests with it, so both agree on the plot area to the pixel.
 *
 * @param plot        the rectangle points are drawn in (logical pixels)
 * @param legend      where the legend goes (zero width when there is none): right of the plot, from its top down to
 *                    the content's bottom (beside the x axis and its title), less the density key
 * @param entries     the legend's entries
 * @param densityKey  under the legend, the key of the density's log scale ({@link Shading#DENSITY}); zero height
 *                    for markers
 */
record ScatterLayout(Rectangle2D plot, Rectangle2D legend, List<LegendEntry> entries, Rectangle2D densityKey) {

    /** The height of the density key: a title line, the colour bar, its end labels. */
    static final double DENSITY_KEY_HEIGHT = 46;

    private static final double LEGEND_GAP = 16;
    private static final double MAX_LEGEND_SHARE = 0.3;

    static ScatterLayout of(ScatterFigure figure, double width, double height) {
        Rectangle2D content = Frame.of(figure, width, height).content();
        List<LegendEntry> entries = figure.legendEntries();
        double legendWidth = entries.isEmpty() ? 0 : Legend.width(entries, content.getWidth() * MAX_LEGEND_SHARE);
        double left = content.getMinX() + Axes.titleRoom(figure.yLabel()) + Axes.yAxisWidth();
        double right = content.getMaxX() - (legendWidth > 0 ? legendWidth + LEGEND_GAP : 6);
        double top = content.getMinY() + 4;
        double bottom = content.getMaxY() - Axes.xAxisDepth() - Axes.titleRoom(figure.xLabel());
        Rectangle2D plot = new Rectangle2D.Double(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
        // The legend's column reaches down beside the x axis and its title (nothing is drawn there): bounded by the
        // plot's bottom, it lost the 2-3 rows of its 41 px, and whether 15 clusters fit turned on a line of text
        // above or under the plot (a preview's longer state line, a selection's summary wrapping to two lines), so
        // that the same 15 entries showed whole in one result and "+ 2 more" in the next (new user, session 15).
        double column = Math.max(1, content.getMaxY() - top);
        double keyHeight = figure.shading() == Shading.DENSITY && legendWidth > 0
                ? Math.min(DENSITY_KEY_HEIGHT, column / 2) : 0;
        Rectangle2D legend = new Rectangle2D.Double(content.getMaxX() - legendWidth, top, legendWidth,
                column - keyHeight);
        Rectangle2D key = new Rectangle2D.Double(legend.getMinX(), legend.getMaxY(), legendWidth, keyHeight);
        return new ScatterLayout(plot, legend, entries, key);
    }
}
