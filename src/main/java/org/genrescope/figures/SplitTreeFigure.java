package org.genrescope.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.SplitTree;
import org.genrescope.plot.TreeFigure;

/**
 * The split tree across k as a figure, the same in the workbench's Stability tab and in the stability command's
 * {@code split-tree.png} / {@code .svg}: one layer per k, nodes sized by tracks and coloured by their stability over
 * seeds, edges by the tracks shared with the next k.
 */
public final class SplitTreeFigure {
    /**
     * An edge is drawn when it carries at least this share of its lower cluster's tracks, as clustree's default
     * filter does (in_prop 0.1): the many few-track edges between unrelated clusters would hide the splits.
     */
    public static final double EDGE_SHARE = 0.1;

    private SplitTreeFigure() { }

    /**
     * The figure of {@code tree} (those edges under {@value #EDGE_SHARE} of their lower cluster left out, and said so
     * in the caption).
     *
     * @param seeds   the seeds the tree uses, its reference seed first (at least one)
     * @param config  the settings the runs used (restarts and representation go into the caption)
     * @param caption appended to the figure's own caption; empty for none
     */
    public static TreeFigure of(SplitTree tree, List<Long> seeds, AnalysisConfig config, String caption) {
        List<String> layerLabels = new ArrayList<>();
        List<TreeFigure.Node> nodes = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        for (List<SplitTree.Node> layer : tree.layers()) {
            int k = layer.isEmpty() ? tree.kMin() + layerLabels.size() : layer.get(0).k();
            layerLabels.add("k = " + k);
            for (SplitTree.Node n : layer) {
                index.put(key(n.k(), n.cluster()), nodes.size());
                sizes.put(key(n.k(), n.cluster()), n.size());
                nodes.add(new TreeFigure.Node(layerLabels.size() - 1, Integer.toString(n.cluster()), n.size(),
                        n.stability()));
            }
        }
        List<TreeFigure.Edge> edges = new ArrayList<>();
        int hidden = 0;
        for (SplitTree.Edge e : tree.edges()) {
            if (e.tracks() >= EDGE_SHARE * sizes.get(key(e.k() + 1, e.to()))) {
                edges.add(new TreeFigure.Edge(index.get(key(e.k(), e.from())), index.get(key(e.k() + 1, e.to())),
                        e.tracks()));
            } else {
                hidden++;
            }
        }
        String words = String.format(Locale.ROOT, "Seed %d's clusters for k = %d..%d: K-Means (%d restarts) on its %s; "
                        + "area = tracks, edge width = tracks shared with the next k (%d edges under %.0f %% of the "
                        + "lower cluster not drawn); colour = mean best Jaccard index with the clusters of seeds %s at "
                        + "the same k%s.", seeds.get(0), tree.kMin(), tree.kMax(), config.restarts(),
                config.representation().id(), hidden, 100 * EDGE_SHARE, others(seeds),
                seeds.size() < 2 ? " (grey: no other seed kept)" : "");
        return new TreeFigure("How the clusters split as k grows", layerLabels, nodes, edges,
                "stability over seeds (mean best Jaccard)", caption.isEmpty() ? words : words + " " + caption);
    }

    private static String others(List<Long> seeds) {
        return seeds.size() < 2 ? "none" : String.join(", ", seeds.subList(1, seeds.size()).stream()
                .map(String::valueOf).toList());
    }

    private static long key(int k, int cluster) {
        return (long) k << 32 | cluster;
    }
}
