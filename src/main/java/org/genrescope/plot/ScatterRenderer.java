package org.genrescope.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws a {@link ScatterFigure}: grid, points (through a {@link PointPainter}), axes, legend, title and
 * caption, in logical pixels. Points are drawn noise first, then categorised points in the index's cell order, then
 * highlighted points on top (the others greyed), then direct labels (when the figure has them) at each category's
 * central point.
 */
final class ScatterRenderer {

    private static final double X_TICK_SPACING = 90;
    private static final double Y_TICK_SPACING = 55;
    /** Selections up to this many points get a dark ring around each. */
    static final int RING_LIMIT = 100;

    private ScatterRenderer() {
    }

    static void draw(ScatterFigure figure, Graphics2D g, double width, double height, PointPainter painter) {
        draw(figure, g, width, height, painter, false);
    }

    /**
     * Draws the figure; {@code sampled} draws only the data's {@link DrawSample} (the frames while the user drags)
     * instead of every point.
     */
    static void draw(ScatterFigure figure, Graphics2D g, double width, double height, PointPainter painter,
                     boolean sampled) {
        ScatterLayout layout = ScatterLayout.of(figure, width, height);
        ScatterView view = ScatterView.of(figure, width, height);
        Rectangle2D plot = layout.plot();
        ViewWindow window = figure.view();
        Scale x = Scale.linear(window.xMin(), window.xMax(), plot.getMinX(), plot.getMaxX());
        Scale y = Scale.linear(window.yMin(), window.yMax(), plot.getMaxY(), plot.getMinY());
        Ticks xTicks = ticks(window.xMin(), window.xMax(), plot.getWidth(), X_TICK_SPACING);
        Ticks yTicks = ticks(window.yMin(), window.yMax(), plot.getHeight(), Y_TICK_SPACING);

        Axes.grid(g, plot, xTicks, x, yTicks, y);
        painter.begin(plot);
        drawPoints(figure, view, painter, sampled);
        painter.end();
        drawOverPoints(figure, g, width, height, painter, layout, view, xTicks, yTicks);
    }

    /**
     * Draws the background's grid and every point in {@link ScatterFigure#UNSELECTED} grey, selection or not: the
     * layer {@link GreyBase} keeps. {@code underPoints} is called between the grid and the points (to copy the pixels
     * the grid leaves).
     */
    static void drawGreyBase(ScatterFigure figure, Graphics2D g, double width, double height,
                             RasterPointPainter painter, Runnable underPoints) {
        ScatterLayout layout = ScatterLayout.of(figure, width, height);
        ScatterView view = ScatterView.of(figure, width, height);
        Rectangle2D plot = layout.plot();
        ViewWindow window = figure.view();
        Axes.grid(g, plot, ticks(window.xMin(), window.xMax(), plot.getWidth(), X_TICK_SPACING),
                Scale.linear(window.xMin(), window.xMax(), plot.getMinX(), plot.getMaxX()),
                ticks(window.yMin(), window.yMax(), plot.getHeight(), Y_TICK_SPACING),
                Scale.linear(window.yMin(), window.yMax(), plot.getMaxY(), plot.getMinY()));
        underPoints.run();
        List<MarkerPass> passes = passes(figure, view, false, true);
        painter.begin(plot);
        Rectangle all = painter.clip();
        // Drawn as its left and right halves, each a restricted drawing (the same pixels as one drawing): so that the
        // JIT has met the restricted path, points beside the columns drawn included, before the first greyed frame.
        int half = all.width / 2;
        for (Rectangle part : new Rectangle[] {new Rectangle(all.x, all.y, half, all.height),
            new Rectangle(all.x + half, all.y, all.width - half, all.height)}) {
            painter.begin(plot);
            painter.restrict(part);
            painter.markAll(passes);
        }
        painter.end();
    }

    /**
     * Draws a figure with a selection over its {@link GreyBase} (which {@link GreyBase#fits} it) in {@code image}, the
     * same picture as {@link #draw}: outside the pixels the selected points' markers touch, no selected point changes
     * a pixel, so the greyed drawing there is the base's (every point grey, in the same order); inside them, the
     * grid's pixels are put back from the base and only the points that touch them are drawn again, the unselected
     * in grey and then the selected, in the drawing order.
     */
    static void drawOverBase(ScatterFigure figure, Graphics2D g, double width, double height, BufferedImage image,
                             double scale, GreyBase base) {
        ScatterLayout layout = ScatterLayout.of(figure, width, height);
        ScatterView view = ScatterView.of(figure, width, height);
        Rectangle2D plot = layout.plot();
        ViewWindow window = figure.view();
        RasterPointPainter painter = new RasterPointPainter(image, scale);
        painter.begin(plot);
        List<MarkerPass> passes = passes(figure, view, false, false);
        Rectangle touched = painter.touched(passes.get(passes.size() - 1));
        base.paste(image, touched);
        if (!touched.isEmpty()) {
            painter.restrict(touched);
            painter.markAll(near(passes, view, touched, scale, painter.reach(passes)));
        }
        painter.end();
        drawOverPoints(figure, g, width, height, painter, layout, view,
                ticks(window.xMin(), window.xMax(), plot.getWidth(), X_TICK_SPACING),
                ticks(window.yMin(), window.yMax(), plot.getHeight(), Y_TICK_SPACING));
    }

    /**
     * The grey passes of {@code passes} walking only the index cells under {@code area} (device pixels) widened by
     * {@code reach} device pixels and two more (every point whose marker can touch the area, and some that cannot: the
     * drawing still tests each), in the same order; the selected pass as it is.
     */
    private static List<MarkerPass> near(List<MarkerPass> passes, ScatterView view, Rectangle area, double scale,
                                         int reach) {
        double margin = reach + 2;
        Runs near = Runs.of(view.figure().data().index(), view.toDataX((area.getMinX() - margin) / scale),
                view.toDataX((area.getMaxX() + margin) / scale), view.toDataY((area.getMaxY() + margin) / scale),
                view.toDataY((area.getMinY() - margin) / scale));
        List<MarkerPass> out = new ArrayList<>(passes.size());
        for (int p = 0; p < passes.size() - 1; p++) {
            MarkerPass pass = passes.get(p);
            out.add(new MarkerPass(pass.x(), pass.y(), pass.category(), near.runs(), near.minY(), near.maxY(),
                    pass.selected(), pass.wantSelected(), pass.styles(), pass.view()));
        }
        out.add(passes.get(passes.size() - 1));
        return out;
    }

    private static Ticks ticks(double min, double max, double pixels, double spacing) {
        return Ticks.linear(min, max, tickCount(pixels, spacing));
    }

    /** Everything drawn over the points: direct labels, axes, their titles, legend, density key, title, caption. */
    private static void drawOverPoints(ScatterFigure figure, Graphics2D g, double width, double height,
                                       PointPainter painter, ScatterLayout layout, ScatterView view, Ticks xTicks,
                                       Ticks yTicks) {
        Rectangle2D plot = layout.plot();
        ViewWindow window = figure.view();
        Scale x = Scale.linear(window.xMin(), window.xMax(), plot.getMinX(), plot.getMaxX());
        Scale y = Scale.linear(window.yMin(), window.yMax(), plot.getMaxY(), plot.getMinY());
        drawDirectLabels(g, figure, view, plot);
        Axes.axes(g, plot, xTicks, x, yTicks, y);
        Axes.xTitle(g, plot, figure.xLabel());
        Axes.yTitle(g, plot, figure.yLabel());
        Rectangle2D legend = layout.legend();
        if (legend.getWidth() > 0) {
            Legend.draw(g, layout.entries(), legend.getMinX(), legend.getMinY(), legend.getWidth(), legend.getHeight(),
                    Legend.Swatch.DISC);
        }
        if (layout.densityKey().getHeight() > 0) {
            DensityKey.draw(g, layout.densityKey(), bins(painter));
        }
        Frame.drawTitleAndCaption(g, figure, width, height);
    }

    /** The bins of the painter that shaded the density (an SVG's raster layer wraps one). */
    private static DensityPainter.Bins bins(PointPainter painter) {
        if (painter instanceof DensityPainter density) {
            return density.bins();
        }
        return painter instanceof RasterLayerPainter layer ? layer.bins() : DensityPainter.Bins.NONE;
    }

    /**
     * Marks every visible point, or with {@code sampled} the data's drag sample: noise first, then categorised
     * points. Every point is drawn in the index's cell order (grid rows bottom to top, ids ascending within a
     * cell), which reads and writes memory in sequence and skips cells outside the view; the sample in id order.
     * When some points are highlighted (selected), every other point is drawn first in
     * {@link ScatterFigure#UNSELECTED} grey and the selected ones on top in their colours, ringed when there are
     * at most {@link #RING_LIMIT} of them (a ring per point would turn a large selection into a dark smear).
     * These are up to three {@link MarkerPass}es handed to the painter together, so that a raster painter can draw
     * them band by band on several threads.
     */
    static void drawPoints(ScatterFigure figure, ScatterView view, PointPainter painter, boolean sampled) {
        painter.markAll(passes(figure, view, sampled, false));
    }

    /**
     * The passes of {@link #drawPoints}; with {@code allGrey}, every point in grey as if every point were unselected
     * and no selected pass (the layer a {@link GreyBase} keeps). The selected pass walks only the positions of the
     * selected points (in the drawing order, runs of consecutive positions), not every position again.
     */
    static List<MarkerPass> passes(ScatterFigure figure, ScatterView view, boolean sampled, boolean allGrey) {
        ScatterData data = figure.data();
        ViewWindow window = figure.view();
        ScatterData.Points points;
        int[] runs;
        double[] runMinY = null;
        double[] runMaxY = null;
        boolean selecting = figure.highlightedCount() > 0 && !allGrey;
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
        } else if (data.passing()) { // a frame shown for a moment: every point in id order, no index built
            points = data.inIdOrder();
            runs = new int[] {0, data.size()};
            selected = selecting ? figure.highlightMask() : null;
        } else {
            PointIndex index = data.index();
            points = new ScatterData.Points(index.xs(), index.ys(), index.categories(), index.ids());
            Runs inView = Runs.of(index, window.xMin(), window.xMax(), window.yMin(), window.yMax());
            runs = inView.runs();
            runMinY = inView.minY();
            runMaxY = inView.maxY();
            selected = selecting ? index.maskInCellOrder(figure.highlightedIds()) : null;
        }
        int categories = figure.categoryNames().size();
        int noiseRgb = Palette.NOISE.getRGB() & 0xFFFFFF;
        int greyRgb = ScatterFigure.UNSELECTED.getRGB() & 0xFFFFFF;
        double radius = figure.pointSize() / 2;
        double opacity = figure.opacity();
        boolean grey = selected != null || allGrey;
        // Styles by category + 1 (noise at 0), one array per pass; null skips the category in that pass.
        MarkerPass.Style[][] noise = new MarkerPass.Style[categories + 1][];
        MarkerPass.Style[][] categorised = new MarkerPass.Style[categories + 1][];
        MarkerPass.Style[][] chosen = new MarkerPass.Style[categories + 1][];
        boolean ringed = figure.shading() == Shading.POINTS && figure.highlightedCount() <= RING_LIMIT;
        int ring = Theme.HIGHLIGHT_RING.getRGB() & 0xFFFFFF;
        for (int c = -1; c < categories; c++) {
            Marker marker = c == -1 ? Marker.DISC : figure.markerOf(c);
            int colour = c == -1 ? noiseRgb : figure.colorOf(c).getRGB() & 0xFFFFFF;
            MarkerPass.Style[] plain = {new MarkerPass.Style(marker, radius, grey ? greyRgb : colour, opacity)};
            (c == -1 ? noise : categorised)[c + 1] = plain;
            chosen[c + 1] = ringed
                    ? new MarkerPass.Style[] {
                        new MarkerPass.Style(marker, radius + Theme.HIGHLIGHT_RING_WIDTH, ring, 1),
                        new MarkerPass.Style(marker, radius, colour, 1)}
                    : new MarkerPass.Style[] {new MarkerPass.Style(marker, radius, colour, opacity)};
        }
        List<MarkerPass> passes = new ArrayList<>(3);
        if (data.count(-1) > 0) {
            passes.add(new MarkerPass(points.x(), points.y(), points.category(), runs, runMinY, runMaxY, selected,
                    false, noise, view));
        }
        passes.add(new MarkerPass(points.x(), points.y(), points.category(), runs, runMinY, runMaxY, selected, false,
                categorised, view));
        if (selected != null) {
            passes.add(new MarkerPass(points.x(), points.y(), points.category(), selectedRuns(runs, selected), null,
                    null, null, true, chosen, view));
        }
        return passes;
    }

    /** The index's runs of positions over a data box ({@link PointIndex#visitRuns}), with their rows' y bounds. */
    private record Runs(int[] runs, double[] minY, double[] maxY) {

        static Runs of(PointIndex index, double xMin, double xMax, double yMin, double yMax) {
            int[][] collected = {new int[64]};
            double[][] bounds = {new double[64]};
            int[] size = {0};
            index.visitRuns(xMin, xMax, yMin, yMax, (from, to, minY, maxY) -> {
                if (size[0] + 2 > collected[0].length) {
                    collected[0] = Arrays.copyOf(collected[0], collected[0].length * 2);
                    bounds[0] = Arrays.copyOf(bounds[0], bounds[0].length * 2);
                }
                collected[0][size[0]] = from;
                collected[0][size[0] + 1] = to;
                bounds[0][size[0]] = minY;
                bounds[0][size[0] + 1] = maxY;
                size[0] += 2;
            });
            double[] runMinY = new double[size[0] / 2];
            double[] runMaxY = new double[size[0] / 2];
            for (int r = 0; r < runMinY.length; r++) {
                runMinY[r] = bounds[0][2 * r];
                runMaxY[r] = bounds[0][2 * r + 1];
            }
            return new Runs(Arrays.copyOf(collected[0], size[0]), runMinY, runMaxY);
        }
    }

    /**
     * The positions flagged in {@code selected} within {@code runs}, in the same order, as runs of consecutive
     * positions (a lasso's points are whole stretches of the index's rows, so these are few).
     */
    static int[] selectedRuns(int[] runs, boolean[] selected) {
        int[] out = new int[64];
        int n = 0;
        for (int r = 0; r < runs.length; r += 2) {
            int k = runs[r];
            int end = runs[r + 1];
            while (k < end) {
                while (k < end && !selected[k]) {
                    k++;
                }
                int from = k;
                while (k < end && selected[k]) {
                    k++;
                }
                if (from < k) {
                    if (n + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = from;
                    out[n++] = k;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Each category's short label in a white box edged in its colour, at its central point (when visible), so
     * that categories sharing a colour can still be told apart by where they are; a label that would cover another
     * is left out ({@link LabelPlacement}).
     */
    private static void drawDirectLabels(Graphics2D g, ScatterFigure figure, ScatterView view, Rectangle2D plot) {
        if (figure.directLabels().isEmpty()) {
            return;
        }
        int[] anchors = figure.data().anchors();
        ScatterData data = figure.data();
        double padding = 2;
        double textHeight = Text.height(Theme.SMALL);
        int labelled = Math.min(anchors.length, figure.directLabels().size());
        List<Rectangle2D> boxes = new java.util.ArrayList<>();
        int[] counts = new int[labelled];
        for (int c = 0; c < labelled; c++) {
            int i = anchors[c];
            counts[c] = data.count(c);
            String label = figure.directLabels().get(c);
            Rectangle2D box = null;
            if (i >= 0 && !label.isEmpty() && figure.view().contains(data.x(i), data.y(i))) {
                double px = view.toPixelX(data.x(i));
                double py = view.toPixelY(data.y(i));
                double w = Text.width(label, Theme.SMALL) + 2 * padding;
                box = new Rectangle2D.Double(px - w / 2, py - textHeight / 2 - padding, w, textHeight + 2 * padding);
                box = plot.contains(box) ? box : null;
            }
            boxes.add(box);
        }
        // no label over another: the larger clusters' labels first, a label that would cover one left out
        for (int c : LabelPlacement.place(boxes, LabelPlacement.byCount(counts))) {
            Rectangle2D box = boxes.get(c);
            String label = figure.directLabels().get(c);
            double px = box.getCenterX();
            double py = box.getCenterY();
            g.setColor(new Color(255, 255, 255, 225));
            g.fill(box);
            g.setColor(figure.colorOf(c));
            g.setStroke(Theme.LINE);
            g.draw(box);
            g.setStroke(Theme.THIN);
            g.setColor(Theme.TEXT);
            Text.draw(g, label, Theme.SMALL, px, py, Text.Align.CENTER);
        }
    }

    static int tickCount(double pixels, double spacing) {
        return Math.max(2, (int) Math.round(pixels / spacing) + 1);
    }
}
