package org.genrescope.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a {@link TreeFigure}'s nodes go across their layer, as fractions of the width (0 to 1): the first layer in the
 * order given, each later layer ordered by its nodes' barycentres (the weighted mean position of the nodes their
 * edges come from; the Sugiyama heuristic that keeps edges from crossing where it can), nodes without an incoming
 * edge after the others in the order given. A layer's nodes are spread evenly.
 */
final class TreeLayout {
    private TreeLayout() { }

    /** Each node's position across its layer, indexed like the figure's nodes, in (0, 1). */
    static double[] positions(TreeFigure figure) {
        List<TreeFigure.Node> nodes = figure.nodes();
        double[] x = new double[nodes.size()];
        for (int layer = 0; layer < figure.layerLabels().size(); layer++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).layer() == layer) {
                    members.add(i);
                }
            }
            double[] barycentre = new double[nodes.size()];
            if (layer > 0) {
                double[] sum = new double[nodes.size()];
                double[] weight = new double[nodes.size()];
                for (TreeFigure.Edge e : figure.edges()) {
                    sum[e.to()] += e.weight() * x[e.from()];
                    weight[e.to()] += e.weight();
                }
                for (int i : members) {
                    barycentre[i] = weight[i] > 0 ? sum[i] / weight[i] : Double.POSITIVE_INFINITY;
                }
            }
            members.sort(Comparator.comparingDouble(i -> barycentre[i])); // stable: ties keep the order given
            for (int rank = 0; rank < members.size(); rank++) {
                x[members.get(rank)] = (rank + 0.5) / members.size();
            }
        }
        return x;
    }
}
