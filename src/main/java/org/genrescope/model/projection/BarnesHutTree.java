package org.genrescope.model.projection;

/**
 * The repulsive half of the t-SNE gradient by Barnes-Hut on a quadtree, rebuilt every iteration into arrays
 * allocated once.
 *
 * <p>Build: points get a 32-bit Morton code (16 bits per axis over the bounding square) and are radix sorted by
 * it, so every quadtree cell is a contiguous run of sorted points. The tree is compressed (a cell whose points
 * all fall in one quadrant is replaced by that quadrant) and laid out in depth-first order, each node knowing
 * where its subtree ends ("skip"). A query then walks the array front to back without a stack: open a node by
 * stepping to the next index, or take its summary and jump to its skip. Points are processed in Morton order, so
 * consecutive queries walk nearly the same nodes.
 *
 * <p>A node is summarised by its centre of mass when width^2 &lt; theta^2 r^2 (r: distance to the centre of
 * mass), as in scikit-learn; a leaf that is too close is summed point by point, which is exact.
 */
final class BarnesHutTree implements RepulsiveForces {
    private static final int LEVELS = 16;
    private static final double CELLS = 1 << LEVELS;
    private static final int LEAF_SIZE = 4;

    private final int n;
    private final double inverseTheta2;

    // Sorting scratch and the points in Morton order.
    private final int[] code;
    private final int[] codeScratch;
    private final int[] order;
    private final int[] orderScratch;
    private final int[] bucket = new int[257];
    private final double[] sortedX;
    private final double[] sortedY;

    // Nodes in depth-first order: links (start, end, skip) and data (centre x, centre y, count, far distance^2).
    private final int[] links;
    private final double[] data;
    private final double[] normaliser;
    private int nodeCount;
    private double side;

    BarnesHutTree(int n, double theta) {
        this.n = n;
        this.inverseTheta2 = theta == 0 ? Double.POSITIVE_INFINITY : 1 / (theta * theta);
        code = new int[n];
        codeScratch = new int[n];
        order = new int[n];
        orderScratch = new int[n];
        sortedX = new double[n];
        sortedY = new double[n];
        int capacity = 2 * n + 2;
        links = new int[3 * capacity];
        data = new double[4 * capacity];
        normaliser = new double[n];
    }

    @Override
    public double repel(double[] y, double[] force, ParallelLoop loop) {
        build(y);
        loop.run(n, (from, to) -> repulsion(from, to, force, normaliser));
        double z = 0;
        for (int i = 0; i < n; i++) {
            z += normaliser[i];
        }
        return z;
    }

    /** Rebuilds the tree over n points, row-major (x, y) pairs. */
    void build(double[] y) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double px = y[2 * i];
            double py = y[2 * i + 1];
            minX = Math.min(minX, px);
            maxX = Math.max(maxX, px);
            minY = Math.min(minY, py);
            maxY = Math.max(maxY, py);
        }
        side = Math.max(maxX - minX, maxY - minY);
        side = side > 0 ? side * (1 + 1e-9) : 1;
        double scale = CELLS / side;
        for (int i = 0; i < n; i++) {
            int qx = Math.min((int) ((y[2 * i] - minX) * scale), (int) CELLS - 1);
            int qy = Math.min((int) ((y[2 * i + 1] - minY) * scale), (int) CELLS - 1);
            code[i] = interleave(qx) | (interleave(qy) << 1);
            order[i] = i;
        }
        radixSort();
        for (int r = 0; r < n; r++) {
            int i = order[r];
            sortedX[r] = y[2 * i];
            sortedY[r] = y[2 * i + 1];
        }
        nodeCount = 0;
        build(0, n, 0);
    }

    private static int interleave(int value) {
        int v = value & 0xFFFF;
        v = (v | (v << 8)) & 0x00FF00FF;
        v = (v | (v << 4)) & 0x0F0F0F0F;
        v = (v | (v << 2)) & 0x33333333;
        v = (v | (v << 1)) & 0x55555555;
        return v;
    }

    /** Stable LSD radix sort of (code, order) by unsigned code, 8 bits a pass. */
    private void radixSort() {
        int[] fromCode = code;
        int[] fromOrder = order;
        int[] toCode = codeScratch;
        int[] toOrder = orderScratch;
        for (int shift = 0; shift < 32; shift += 8) {
            java.util.Arrays.fill(bucket, 0);
            for (int i = 0; i < n; i++) {
                bucket[((fromCode[i] >>> shift) & 0xFF) + 1]++;
            }
            for (int b = 0; b < 256; b++) {
                bucket[b + 1] += bucket[b];
            }
            for (int i = 0; i < n; i++) {
                int slot = bucket[(fromCode[i] >>> shift) & 0xFF]++;
                toCode[slot] = fromCode[i];
                toOrder[slot] = fromOrder[i];
            }
            int[] swapCode = fromCode;
            fromCode = toCode;
            toCode = swapCode;
            int[] swapOrder = fromOrder;
            fromOrder = toOrder;
            toOrder = swapOrder;
        }
        // Four passes: the sorted data are back in code/order.
    }

    private static int quadrant(int code, int level) {
        return (code >>> (2 * (LEVELS - 1 - level))) & 3;
    }

    /** Builds the node for sorted points [start, end) whose cell sits at the given level; returns its index. */
    private int build(int start, int end, int level) {
        while (level < LEVELS && end - start > 1 && quadrant(code[start], level) == quadrant(code[end - 1], level)) {
            level++;
        }
        int node = nodeCount++;
        int link = 3 * node;
        int at = 4 * node;
        links[link] = start;
        links[link + 1] = end;
        double width = side / (1 << level);
        data[at + 2] = end - start;
        if (end - start <= LEAF_SIZE || level == LEVELS) {
            double sumX = 0;
            double sumY = 0;
            for (int r = start; r < end; r++) {
                sumX += sortedX[r];
                sumY += sortedY[r];
            }
            data[at] = sumX / (end - start);
            data[at + 1] = sumY / (end - start);
            // A single point is its own exact summary.
            data[at + 3] = end - start == 1 ? 0 : width * width * inverseTheta2;
            links[link + 2] = nodeCount;
            return node;
        }
        data[at + 3] = width * width * inverseTheta2;
        double sumX = 0;
        double sumY = 0;
        int from = start;
        for (int q = 0; q < 4 && from < end; q++) {
            int to = from;
            // Runs are short relative to the range only near leaves; a binary search keeps big ranges cheap.
            int lo = from;
            int hi = end;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (quadrant(code[mid], level) <= q) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            to = lo;
            if (to > from) {
                int child = build(from, to, level + 1);
                double count = data[4 * child + 2];
                sumX += data[4 * child] * count;
                sumY += data[4 * child + 1] * count;
            }
            from = to;
        }
        data[at] = sumX / (end - start);
        data[at + 1] = sumY / (end - start);
        links[link + 2] = nodeCount;
        return node;
    }

    /**
     * Repulsion on the points at sorted positions [from, to): for each point i, with q_ij = 1 / (1 + |y_i - y_j|^2),
     * writes sum_j q_ij^2 (y_i - y_j) into force (by point index, pairs) and sum_j q_ij into normaliser.
     */
    void repulsion(int from, int to, double[] force, double[] normaliser) {
        final int[] links = this.links;
        final double[] data = this.data;
        final double[] sortedX = this.sortedX;
        final double[] sortedY = this.sortedY;
        final int nodes = nodeCount;
        for (int r = from; r < to; r++) {
            double xi = sortedX[r];
            double yi = sortedY[r];
            double fx = 0;
            double fy = 0;
            double sumQ = 0;
            int node = 0;
            while (node < nodes) {
                int link = 3 * node;
                int start = links[link];
                int end = links[link + 1];
                int skip = links[link + 2];
                boolean leaf = skip == node + 1;
                if (r < start || r >= end) {
                    // A cell far enough away acts as one point of its mass at its centre.
                    int at = 4 * node;
                    double dx = xi - data[at];
                    double dy = yi - data[at + 1];
                    double d2 = dx * dx + dy * dy;
                    if (d2 > data[at + 3]) {
                        double q = 1 / (1 + d2);
                        double mass = data[at + 2] * q;
                        sumQ += mass;
                        mass *= q;
                        fx += mass * dx;
                        fy += mass * dy;
                        node = skip;
                        continue;
                    }
                }
                // The point's own cell is never summarised (it would count the point's self-repulsion): its
                // leaf, like a near leaf, is summed point by point, without the point itself.
                if (leaf) {
                    for (int s = start; s < end; s++) {
                        if (s != r) {
                            double dx = xi - sortedX[s];
                            double dy = yi - sortedY[s];
                            double q = 1 / (1 + dx * dx + dy * dy);
                            sumQ += q;
                            q *= q;
                            fx += q * dx;
                            fy += q * dy;
                        }
                    }
                }
                node++; // into the first child, or past a leaf (whose skip is the next node)
            }
            int i = order[r];
            force[2 * i] = fx;
            force[2 * i + 1] = fy;
            normaliser[i] = sumQ;
        }
    }

    int size() {
        return n;
    }

    int nodeCount() {
        return nodeCount;
    }
}
