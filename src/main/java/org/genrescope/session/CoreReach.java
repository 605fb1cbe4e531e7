package org.genrescope.session;

import org.genrescope.model.spatial.KdTree;

/**
 * DBSCAN's assignment of a new point: the cluster of a core point within eps (inclusive, squared distances summed in
 * coordinate order as {@code model.clustering.Dbscan} measures them), else noise (-1). When core points of several
 * clusters reach it, the lowest-numbered cluster: DBSCAN grows its clusters in number order and a border point joins
 * the first that reaches it, so the tracks DBSCAN was fitted on get exactly its labels (the nearest core point would
 * give a border point between two clusters the other one). New points never become core points: the model is fixed.
 *
 * <p>Each call builds a k-d tree over the core points and the call's points together and asks, for each of the
 * call's points, which core points lie within eps (the tree's query takes a stored point): memory is that of the
 * core points plus the call's points.
 */
final class CoreReach implements Assigner {
    private final FittedModel.CorePoints cores;
    private final double[] coreCodes;
    private final int[] coreLabels;
    private final double eps;

    CoreReach(FittedModel.CorePoints cores, double eps) {
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("eps must be a finite number > 0, got " + eps);
        }
        this.cores = cores;
        this.coreCodes = cores.codes();
        this.coreLabels = cores.labels();
        this.eps = eps;
    }

    @Override
    public int[] assign(double[] z, int m) {
        int c = cores.size();
        int width = cores.width();
        int[] labels = new int[m];
        java.util.Arrays.fill(labels, -1);
        if (c == 0 || m == 0) {
            return labels;
        }
        double[] both = new double[(c + m) * width];
        System.arraycopy(coreCodes, 0, both, 0, c * width);
        System.arraycopy(z, 0, both, c * width, m * width);
        KdTree tree = new KdTree(both, c + m, width);
        for (int i = 0; i < m; i++) {
            int[] lowest = {Integer.MAX_VALUE};
            tree.forEachWithin(c + i, eps, neighbour -> {
                if (neighbour < c && coreLabels[neighbour] < lowest[0]) {
                    lowest[0] = coreLabels[neighbour];
                }
            });
            labels[i] = lowest[0] == Integer.MAX_VALUE ? -1 : lowest[0];
        }
        return labels;
    }
}
