package org.genrescope.plot;

import java.util.Arrays;

/**
 * The reference (test sources only): the scatter renderer's point loop as it was before session 7 (commit fe4e464),
 * one {@link PointPainter#mark} per point, unchanged but for the run visitor's new bounds (ignored). RasterDrawingTest
 * checks that the renderer's passes make the same calls in the same order, and the fast painter the same pixels.
 */
final class ReferencePointLoop {

    private static final int RING_LIMIT = ScatterRenderer.RING_LIMIT;

    private ReferencePointLoop() {
    }

    static void drawPoints(ScatterFigure figure, ScatterView view, PointPainter painter, boolean sampled) {
        ScatterData data = figure.data();
        ViewWindow window = figure.view();
        ScatterData.Points points;
        int[] runs;
        boolean selecting = figure.highlightedCount() > 0;
        boolean[] selected; // by position, not id: the passes below then read it in sequence
        if (sampled) {
            points = data.samplePoints();
            runs = new int[] {0, points.id().length};
            selected = null;
            if (selecting) {
                boolean[] byId = figure.highlightMask();
                selected = new boolean[points.id().length];
                for (int k = 0; k < selected.length; k++) {
                    selected[k] = byId[points.id()[k]];
                }
            }
        } else {
            PointIndex index = data.index();
            points = new ScatterData.Points(index.xs(), index.ys(), index.categories(), index.ids());
            int[][] collected = {new int[64]};
            int[] size = {0};
            // the row bounds minY, maxY are new since; not used here
            index.visitRuns(window.xMin(), window.xMax(), window.yMin(), window.yMax(), (from, to, minY, maxY) -> {
                if (size[0] + 2 > collected[0].length) {
                    collected[0] = Arrays.copyOf(collected[0], collected[0].length * 2);
                }
                collected[0][size[0]++] = from;
                collected[0][size[0]++] = to;
            });
            runs = Arrays.copyOf(collected[0], size[0]);
            selected = selecting ? index.maskInCellOrder(figure.highlighted()) : null;
        }
        double[] xs = points.x();
        double[] ys = points.y();
        int[] categories = points.category();
        int[] rgb = new int[figure.categoryNames().size()];
        Marker[] markers = new Marker[rgb.length];
        for (int c = 0; c < rgb.length; c++) {
            rgb[c] = figure.colorOf(c).getRGB() & 0xFFFFFF;
            markers[c] = figure.markerOf(c);
        }
        int noiseRgb = Palette.NOISE.getRGB() & 0xFFFFFF;
        int greyRgb = ScatterFigure.UNSELECTED.getRGB() & 0xFFFFFF;
        double radius = figure.pointSize() / 2;
        double opacity = figure.opacity();
        if (data.count(-1) > 0) {
            for (int r = 0; r < runs.length; r += 2) {
                for (int k = runs[r]; k < runs[r + 1]; k++) {
                    if (categories[k] == -1 && (selected == null || !selected[k]) && window.contains(xs[k], ys[k])) {
                        painter.mark(view.toPixelX(xs[k]), view.toPixelY(ys[k]), radius, Marker.DISC,
                                selected == null ? noiseRgb : greyRgb, opacity);
                    }
                }
            }
        }
        for (int r = 0; r < runs.length; r += 2) {
            for (int k = runs[r]; k < runs[r + 1]; k++) {
                int c = categories[k];
                if (c >= 0 && (selected == null || !selected[k]) && window.contains(xs[k], ys[k])) {
                    painter.mark(view.toPixelX(xs[k]), view.toPixelY(ys[k]), radius, markers[c],
                            selected == null ? rgb[c] : greyRgb, opacity);
                }
            }
        }
        if (selected == null) {
            return;
        }
        boolean ringed = figure.shading() == Shading.POINTS && figure.highlightedCount() <= RING_LIMIT;
        int ring = Theme.HIGHLIGHT_RING.getRGB() & 0xFFFFFF;
        for (int r = 0; r < runs.length; r += 2) {
            for (int k = runs[r]; k < runs[r + 1]; k++) {
                if (!selected[k] || !window.contains(xs[k], ys[k])) {
                    continue;
                }
                double px = view.toPixelX(xs[k]);
                double py = view.toPixelY(ys[k]);
                int c = categories[k];
                Marker marker = c == -1 ? Marker.DISC : markers[c];
                int colour = c == -1 ? noiseRgb : rgb[c];
                if (ringed) {
                    painter.mark(px, py, radius + Theme.HIGHLIGHT_RING_WIDTH, marker, ring, 1);
                    painter.mark(px, py, radius, marker, colour, 1);
                } else {
                    painter.mark(px, py, radius, marker, colour, opacity);
                }
            }
        }
    }
}
