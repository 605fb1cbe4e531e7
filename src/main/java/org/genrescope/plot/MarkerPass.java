package org.genrescope.plot;

/**
 * One pass of a scatter's markers over points kept in some drawing order: positions {@code runs[2r]} (inclusive) to
 * {@code runs[2r + 1]} (exclusive) for each r, in that order. A position k is drawn when its category has a style
 * ({@code styles[category + 1]} not null; noise is category -1), its selection flag is {@code wantSelected} (or there
 * is no selection) and the view's window holds the point; it is then drawn as each of its style's layers in turn,
 * all centred on the point's pixel position.
 *
 * @param x            data x by position
 * @param y            data y by position
 * @param category     category by position, -1 for noise
 * @param runs         pairs of positions [from, to)
 * @param runMinY      the smallest y of the points in each run's grid row (so of every point in the run), or null;
 *                     lets a painter that draws part of the rows skip whole runs
 * @param runMaxY      the largest, or null
 * @param selected     selection flag by position, or null when nothing is selected
 * @param wantSelected which flag this pass draws (ignored without a selection)
 * @param styles       the layers of each category (index category + 1), null for a category this pass skips
 * @param view         the mapping from data to logical pixels
 */
record MarkerPass(double[] x, double[] y, int[] category, int[] runs, double[] runMinY, double[] runMaxY,
                  boolean[] selected, boolean wantSelected, Style[][] styles, ScatterView view) {

    /**
     * One layer of a marker: its shape, disc-equivalent radius in logical pixels, colour 0xRRGGBB and opacity 0..1.
     */
    record Style(Marker marker, double radius, int rgb, double opacity) {
    }

    /** How many positions the runs hold. */
    int positions() {
        long total = 0;
        for (int r = 0; r < runs.length; r += 2) {
            total += runs[r + 1] - runs[r];
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /**
     * Marks the pass through {@link PointPainter#mark} point by point: the drawing every painter must match (the
     * raster painter's own loop is checked against it, pixel for pixel).
     */
    void markEach(PointPainter painter) {
        ViewWindow window = view.window();
        for (int r = 0; r < runs.length; r += 2) {
            for (int k = runs[r]; k < runs[r + 1]; k++) {
                Style[] layers = styles[category[k] + 1];
                if (layers == null || (selected != null && selected[k] != wantSelected)
                        || !window.contains(x[k], y[k])) {
                    continue;
                }
                double px = view.toPixelX(x[k]);
                double py = view.toPixelY(y[k]);
                for (Style layer : layers) {
                    painter.mark(px, py, layer.radius(), layer.marker(), layer.rgb(), layer.opacity());
                }
            }
        }
    }
}
