package org.genrescope.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws a {@link TreeFigure}: layer labels at the left, edges under the nodes, nodes as discs (area proportional to
 * size, colour on the sequential scale, grey for no value) with their labels, the colour bar at the right.
 */
final class TreeRenderer {
    private static final double COLOR_BAR_WIDTH = 14;
    private static final double COLOR_BAR_ROOM = 70;
    private static final double MAX_COLOR_BAR = 220;
    private static final double MIN_RADIUS = 3;
    private static final Color EDGE = new Color(70, 70, 70, 120);
    private static final Color OUTLINE = new Color(0x444444);

    private TreeRenderer() { }

    static void draw(TreeFigure figure, Graphics2D g, double width, double height) {
        Rectangle2D content = Frame.of(figure, width, height).content();
        double labelRoom = 0;
        for (String label : figure.layerLabels()) {
            labelRoom = Math.max(labelRoom, Text.width(label, Theme.LABEL));
        }
        labelRoom += 12;
        Rectangle2D plot = new Rectangle2D.Double(content.getMinX() + labelRoom, content.getMinY(),
                Math.max(1, content.getWidth() - labelRoom - COLOR_BAR_ROOM), content.getHeight());
        List<TreeFigure.Node> nodes = figure.nodes();
        int layers = figure.layerLabels().size();
        int widest = 1;
        double maxSize = 0;
        int[] perLayer = new int[layers];
        for (TreeFigure.Node node : nodes) {
            widest = Math.max(widest, ++perLayer[node.layer()]);
            maxSize = Math.max(maxSize, node.size());
        }
        double gap = plot.getHeight() / layers;
        double maxRadius = Math.max(MIN_RADIUS + 1, Math.min(gap * 0.36, plot.getWidth() / widest * 0.45));
        double[] across = TreeLayout.positions(figure);
        double[] x = new double[nodes.size()];
        double[] y = new double[nodes.size()];
        double[] r = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            x[i] = plot.getMinX() + across[i] * plot.getWidth();
            y[i] = plot.getMinY() + (nodes.get(i).layer() + 0.5) * gap;
            r[i] = Math.max(MIN_RADIUS, maxRadius * Math.sqrt(nodes.get(i).size() / maxSize));
        }
        g.setColor(Theme.TEXT);
        for (int layer = 0; layer < layers; layer++) {
            Text.draw(g, figure.layerLabels().get(layer), Theme.LABEL, content.getMinX(),
                    plot.getMinY() + (layer + 0.5) * gap, Text.Align.START);
        }
        drawEdges(figure, g, x, y, maxRadius);
        for (int i = 0; i < nodes.size(); i++) {
            drawNode(g, nodes.get(i), x[i], y[i], r[i]);
        }
        double barHeight = Math.min(MAX_COLOR_BAR, plot.getHeight() * 0.8);
        drawColorBar(g, figure, new Rectangle2D.Double(plot.getMaxX() + 14, plot.getCenterY() - barHeight / 2,
                COLOR_BAR_WIDTH, barHeight));
        Frame.drawTitleAndCaption(g, figure, width, height);
    }

    private static void drawEdges(TreeFigure figure, Graphics2D g, double[] x, double[] y, double maxRadius) {
        double maxWeight = 0;
        for (TreeFigure.Edge e : figure.edges()) {
            maxWeight = Math.max(maxWeight, e.weight());
        }
        double widest = Math.max(1.5, maxRadius * 0.6);
        g.setColor(EDGE);
        for (TreeFigure.Edge e : figure.edges()) {
            g.setStroke(new BasicStroke((float) Math.max(0.8, widest * e.weight() / maxWeight), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x[e.from()], y[e.from()], x[e.to()], y[e.to()]));
        }
    }

    private static void drawNode(Graphics2D g, TreeFigure.Node node, double x, double y, double r) {
        Color fill = Double.isNaN(node.value()) ? Palette.NOISE : Palette.sequential(node.value());
        Ellipse2D disc = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(fill);
        g.fill(disc);
        g.setStroke(Theme.THIN);
        g.setColor(OUTLINE);
        g.draw(disc);
        if (node.label().isEmpty()) {
            return;
        }
        double textWidth = Text.width(node.label(), Theme.SMALL);
        if (textWidth <= 2 * r - 2 && Text.height(Theme.SMALL) <= 2 * r) {
            g.setColor(Palette.textOn(fill));
            Text.draw(g, node.label(), Theme.SMALL, x, y, Text.Align.CENTER);
        } else {
            g.setColor(Theme.TEXT);
            Text.draw(g, node.label(), Theme.TINY, x + r + 2, y - r, Text.Align.START);
        }
    }

    private static void drawColorBar(Graphics2D g, TreeFigure figure, Rectangle2D bar) {
        // One gradient, as the heatmap draws it: SVG gets a single <linearGradient>.
        g.setPaint(new LinearGradientPaint((float) bar.getCenterX(), (float) bar.getMaxY(), (float) bar.getCenterX(),
                (float) bar.getMinY(), Palette.sequentialStops(), Palette.sequentialColors()));
        g.fill(bar);
        Scale scale = Scale.linear(0, 1, bar.getMaxY(), bar.getMinY());
        Ticks ticks = Ticks.linear(0, 1, ScatterRenderer.tickCount(bar.getHeight(), 50));
        g.setStroke(Theme.THIN);
        for (int i = 0; i < ticks.count(); i++) {
            double py = scale.map(ticks.value(i));
            g.setColor(Theme.AXIS);
            g.draw(new Line2D.Double(bar.getMaxX(), py, bar.getMaxX() + Theme.TICK_LENGTH, py));
            g.setColor(Theme.MUTED_TEXT);
            Text.draw(g, ticks.labels().get(i), Theme.TICK, bar.getMaxX() + Theme.TICK_LENGTH + 3, py, Text.Align.START);
        }
        if (!figure.scaleLabel().isEmpty()) {
            g.setColor(Theme.TEXT);
            Text.drawVertical(g, Text.fit(figure.scaleLabel(), Theme.LABEL, bar.getHeight() + 60), Theme.LABEL,
                    bar.getMaxX() + 42, bar.getCenterY());
        }
    }
}
