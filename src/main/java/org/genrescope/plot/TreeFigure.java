package org.genrescope.plot;

import java.util.List;
import java.util.Objects;

/**
 * A layered tree of nodes joined by weighted edges, such as clusters at k = 2, 3, ... joined by the tracks they share
 * (a clustering tree): layers top to bottom, node areas proportional to their sizes, edge widths to their weights,
 * node colours on the sequential scale.
 *
 * @param title       drawn at the top; empty for none
 * @param layerLabels one per layer, drawn at the left ("k = 2")
 * @param nodes       every node, each in a layer; a layer's nodes in the order to start the layout from
 * @param edges       each from a node to a node of the next layer
 * @param scaleLabel  what the colour means, beside the colour bar (0 to 1); empty for none
 * @param caption     small print at the bottom; empty for none
 */
public record TreeFigure(String title, List<String> layerLabels, List<Node> nodes, List<Edge> edges, String scaleLabel,
                         String caption) implements Figure {

    /**
     * @param layer index into the layer labels
     * @param label drawn on or beside the node
     * @param size  above 0: the node's area is proportional to it
     * @param value the colour, 0 to 1 on the sequential scale (clamped); NaN draws it grey
     */
    public record Node(int layer, String label, double size, double value) {
        public Node {
            label = Objects.requireNonNullElse(label, "");
            if (!(size > 0) || Double.isInfinite(size)) {
                throw new IllegalArgumentException("a tree node's size must be a finite number above 0, got " + size);
            }
        }
    }

    /**
     * @param from   index of a node
     * @param to     index of a node in the layer after from's
     * @param weight above 0: the edge's width is proportional to it
     */
    public record Edge(int from, int to, double weight) { }

    public TreeFigure {
        title = Objects.requireNonNullElse(title, "");
        scaleLabel = Objects.requireNonNullElse(scaleLabel, "");
        caption = Objects.requireNonNullElse(caption, "");
        layerLabels = List.copyOf(layerLabels);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a tree figure needs at least one node");
        }
        for (Node node : nodes) {
            if (node.layer() < 0 || node.layer() >= layerLabels.size()) {
                throw new IllegalArgumentException("node '" + node.label() + "' is in layer " + node.layer() + " of "
                        + layerLabels.size());
            }
        }
        for (Edge edge : edges) {
            if (edge.from() < 0 || edge.from() >= nodes.size() || edge.to() < 0 || edge.to() >= nodes.size()
                    || nodes.get(edge.to()).layer() != nodes.get(edge.from()).layer() + 1 || !(edge.weight() > 0)) {
                throw new IllegalArgumentException("an edge must join a node to one of the next layer with a weight "
                        + "above 0, got " + edge);
            }
        }
    }
}
