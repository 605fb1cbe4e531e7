package org.genrescope.model.clustering;

import java.util.function.IntConsumer;

/**
 * A static KD-tree over flat row-major points for fixed-radius queries (Euclidean, radius inclusive). Splits at
 * the median of the widest coordinate and keeps each node's bounding box, so a query skips any node whose box is
 * farther than the radius: in 8 dimensions that prunes far better than the split planes alone. The points are
 * copied in tree order so a leaf's points are contiguous in memory. Immutable after construction; queries are
 * thread-safe.
 */
final class KdTree {
    private static final int LEAF_SIZE = 16;

    private final int d;
    private final double[] points;
    private final int[] original;
    private final int[] positionOf;

    // Node arrays, indexed by node id; children are -1 for leaves.
    private int nodeCount;
    private int[] start;
    private int[] end;
    private int[] left;
    private int[] right;
    private double[] boxLow;
    private double[] boxHigh;

    KdTree(double[] x, int n, int d) {
        this.d = d;
        this.original = new int[n];
        for (int i = 0; i < n; i++) {
            original[i] = i;
        }
        int capacity = Math.max(1, 4 * n / LEAF_SIZE + 2);
        start = new int[capacity];
        end = new int[capacity];
        left = new int[capacity];
        right = new int[capacity];
        boxLow = new double[capacity * d];
        boxHigh = new double[capacity * d];
        build(x, 0, n);
        this.points = new double[n * d];
        this.positionOf = new int[n];
        for (int p = 0; p < n; p++) {
            System.arraycopy(x, original[p] * d, points, p * d, d);
            positionOf[original[p]] = p;
        }
    }

    /**
     * Number of points within {@code radius} of point {@code query} (itself included); once the count reaches
     * {@code limit} the search may stop, so only {@code min(count, limit)} is exact.
     */
    int countWithin(int query, double radius, int limit) {
        double[] q = new double[d];
        System.arraycopy(points, positionOf[query] * d, q, 0, d);
        return count(0, q, radius * radius, limit, 0);
    }

    /** Calls {@code visitor} with the index of every point within {@code radius} of point {@code query}, itself included. */
    void forEachWithin(int query, double radius, IntConsumer visitor) {
        double[] q = new double[d];
        System.arraycopy(points, positionOf[query] * d, q, 0, d);
        visit(0, q, radius * radius, visitor);
    }

    private int build(double[] x, int from, int to) {
        int node = newNode(from, to);
        computeBox(x, node);
        if (to - from <= LEAF_SIZE) {
            return node;
        }
        int widest = 0;
        double widestSpan = -1;
        for (int f = 0; f < d; f++) {
            double span = boxHigh[node * d + f] - boxLow[node * d + f];
            if (span > widestSpan) {
                widestSpan = span;
                widest = f;
            }
        }
        if (widestSpan == 0) {
            return node; // all points equal: splitting cannot separate them
        }
        int middle = (from + to) >>> 1;
        select(x, from, to - 1, middle, widest);
        int lower = build(x, from, middle);
        int upper = build(x, middle, to);
        left[node] = lower;
        right[node] = upper;
        return node;
    }

    private int newNode(int from, int to) {
        if (nodeCount == start.length) {
            int capacity = nodeCount * 2;
            start = java.util.Arrays.copyOf(start, capacity);
            end = java.util.Arrays.copyOf(end, capacity);
            left = java.util.Arrays.copyOf(left, capacity);
            right = java.util.Arrays.copyOf(right, capacity);
            boxLow = java.util.Arrays.copyOf(boxLow, capacity * d);
            boxHigh = java.util.Arrays.copyOf(boxHigh, capacity * d);
        }
        int node = nodeCount++;
        start[node] = from;
        end[node] = to;
        left[node] = -1;
        right[node] = -1;
        return node;
    }

    private void computeBox(double[] x, int node) {
        int box = node * d;
        for (int f = 0; f < d; f++) {
            boxLow[box + f] = Double.POSITIVE_INFINITY;
            boxHigh[box + f] = Double.NEGATIVE_INFINITY;
        }
        for (int p = start[node]; p < end[node]; p++) {
            int row = original[p] * d;
            for (int f = 0; f < d; f++) {
                double value = x[row + f];
                if (value < boxLow[box + f]) {
                    boxLow[box + f] = value;
                }
                if (value > boxHigh[box + f]) {
                    boxHigh[box + f] = value;
                }
            }
        }
    }

    /** Quickselect on {@code original[lo..hi]} by coordinate {@code f} so position {@code kth} holds the median. */
    private void select(double[] x, int lo, int hi, int kth, int f) {
        while (hi > lo) {
            double pivot = x[original[(lo + hi) >>> 1] * d + f];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (x[original[i] * d + f] < pivot) {
                    i++;
                }
                while (x[original[j] * d + f] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int swap = original[i];
                    original[i] = original[j];
                    original[j] = swap;
                    i++;
                    j--;
                }
            }
            if (kth <= j) {
                hi = j;
            } else if (kth >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private int count(int node, double[] q, double radiusSquared, int limit, int found) {
        if (boxDistanceSquared(node, q) > radiusSquared) {
            return found;
        }
        if (farthestCornerSquared(node, q) <= radiusSquared) {
            return found + (end[node] - start[node]);
        }
        if (left[node] < 0) {
            for (int p = start[node]; p < end[node] && found < limit; p++) {
                if (pointDistanceSquared(p, q) <= radiusSquared) {
                    found++;
                }
            }
            return found;
        }
        found = count(left[node], q, radiusSquared, limit, found);
        if (found >= limit) {
            return found;
        }
        return count(right[node], q, radiusSquared, limit, found);
    }

    private void visit(int node, double[] q, double radiusSquared, IntConsumer visitor) {
        if (boxDistanceSquared(node, q) > radiusSquared) {
            return;
        }
        if (farthestCornerSquared(node, q) <= radiusSquared) {
            for (int p = start[node]; p < end[node]; p++) {
                visitor.accept(original[p]);
            }
            return;
        }
        if (left[node] < 0) {
            for (int p = start[node]; p < end[node]; p++) {
                if (pointDistanceSquared(p, q) <= radiusSquared) {
                    visitor.accept(original[p]);
                }
            }
            return;
        }
        visit(left[node], q, radiusSquared, visitor);
        visit(right[node], q, radiusSquared, visitor);
    }

    private double boxDistanceSquared(int node, double[] q) {
        int box = node * d;
        double sum = 0;
        for (int f = 0; f < d; f++) {
            double value = q[f];
            double low = boxLow[box + f];
            double high = boxHigh[box + f];
            double gap = value < low ? low - value : value > high ? value - high : 0;
            sum += gap * gap;
        }
        return sum;
    }

    /** Squared distance from q to the farthest corner of the node's box: within the radius, so is every point. */
    private double farthestCornerSquared(int node, double[] q) {
        int box = node * d;
        double sum = 0;
        for (int f = 0; f < d; f++) {
            double gap = Math.max(q[f] - boxLow[box + f], boxHigh[box + f] - q[f]);
            sum += gap * gap;
        }
        return sum;
    }

    private double pointDistanceSquared(int position, double[] q) {
        int row = position * d;
        double sum = 0;
        for (int f = 0; f < d; f++) {
            double diff = points[row + f] - q[f];
            sum += diff * diff;
        }
        return sum;
    }
}
