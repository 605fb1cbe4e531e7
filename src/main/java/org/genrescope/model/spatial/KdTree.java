package org.genrescope.model.spatial;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * A static KD-tree over flat row-major points, for exact Euclidean neighbour queries about its own points:
 * fixed-radius counts and visits (radius inclusive, the point itself included; DBSCAN) and the k nearest other
 * points (t-SNE's input affinities). Built once: splits at the median of the widest coordinate and keeps each
 * node's bounding box, because in 8 dimensions the boxes prune far better than the split planes alone. The
 * points are copied in tree order so a leaf's points are contiguous in memory.
 *
 * <p>Answers do not depend on the tree's shape: counts and visited sets are exact, and nearest-neighbour ties
 * go to the lower index. Distances are summed over the features in order, so they are the same bits as a
 * brute-force loop {@code sum += (x[i][f] - x[j][f])^2} would give. Immutable after construction: queries are
 * thread-safe, except that one {@link Nearest} search belongs to one thread.
 */
public final class KdTree {
    /**
     * Most points a leaf holds (median splits leave 17 to 32 at n = 12,584). Measured on the seed data: 20-25 %
     * faster than the 12 and 16 of the two trees this one replaced, for both query kinds, in 8 and 5 dimensions,
     * and no slower in 2 (KdTreeBenchmark, ADR 0009).
     */
    static final int DEFAULT_LEAF_SIZE = 32;

    private final int n;
    private final int d;
    private final int leafSize;
    private final double[] points;   // in tree order
    private final int[] original;    // tree position -> point index
    private final int[] positionOf;  // point index -> tree position

    // Node arrays, indexed by node id; children are -1 for leaves.
    private int nodeCount;
    private int[] start;
    private int[] end;
    private int[] left;
    private int[] right;
    private double[] boxLow;
    private double[] boxHigh;

    /**
     * Builds the tree over n points of d features; {@code x} is read, not kept.
     *
     * @param x row-major n x d values, finite (not checked here: callers validate their input once)
     * @throws IllegalArgumentException if n is negative, d below 1, or x does not hold n x d values
     */
    public KdTree(double[] x, int n, int d) {
        this(x, n, d, DEFAULT_LEAF_SIZE);
    }

    /** As {@link #KdTree(double[], int, int)} with another leaf size; for the benchmark that chose the default. */
    KdTree(double[] x, int n, int d, int leafSize) {
        Objects.requireNonNull(x, "x");
        if (n < 0 || d < 1) {
            throw new IllegalArgumentException("need n >= 0 points and d >= 1 features, got " + n + " x " + d);
        }
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("x has " + x.length + " values, expected " + n + " x " + d);
        }
        if (leafSize < 1) {
            throw new IllegalArgumentException("leaf size must be at least 1, got " + leafSize);
        }
        this.n = n;
        this.d = d;
        this.leafSize = leafSize;
        this.original = new int[n];
        for (int i = 0; i < n; i++) {
            original[i] = i;
        }
        int capacity = Math.max(1, 4 * n / leafSize + 2);
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

    /** Number of points. */
    public int size() {
        return n;
    }

    /** Features per point. */
    public int dimensions() {
        return d;
    }

    /**
     * The point stored at tree position {@code position} (0 to n - 1). Querying points in this order keeps
     * consecutive queries close in space and in memory, which is faster than index order.
     */
    public int pointAt(int position) {
        return original[position];
    }

    /**
     * Number of points within {@code radius} of point {@code query} (itself included); once the count reaches
     * {@code limit} the search may stop, so only {@code min(count, limit)} is exact.
     */
    public int countWithin(int query, double radius, int limit) {
        return count(0, queryCopy(query), radius * radius, limit, 0);
    }

    /**
     * Calls {@code visitor} once with the index of every point within {@code radius} of point {@code query},
     * itself included, in no particular order.
     */
    public void forEachWithin(int query, double radius, IntConsumer visitor) {
        visit(0, queryCopy(query), radius * radius, visitor);
    }

    /**
     * A reusable search for the k nearest other points of a point (k from 1 to n - 1). Not thread-safe: use one
     * per thread.
     */
    public Nearest nearest(int k) {
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be between 1 and n - 1 = " + (n - 1) + ", got " + k);
        }
        return new Nearest(k);
    }

    private double[] queryCopy(int query) {
        double[] q = new double[d];
        System.arraycopy(points, positionOf[query] * d, q, 0, d);
        return q;
    }

    private int build(double[] x, int from, int to) {
        int node = newNode(from, to);
        computeBox(x, node);
        if (to - from <= leafSize) {
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
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            left = Arrays.copyOf(left, capacity);
            right = Arrays.copyOf(right, capacity);
            boxLow = Arrays.copyOf(boxLow, capacity * d);
            boxHigh = Arrays.copyOf(boxHigh, capacity * d);
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

    /**
     * One thread's k-nearest-neighbour search: a bounded max-heap on (distance, index), reused across queries so a
     * query allocates nothing.
     */
    public final class Nearest {
        private final int k;
        private final double[] heapDistance;
        private final int[] heapIndex;
        private final double[] query;
        private int size;
        private int self;

        private Nearest(int k) {
            this.k = k;
            heapDistance = new double[k];
            heapIndex = new int[k];
            query = new double[d];
        }

        /** Neighbours per query. */
        public int k() {
            return k;
        }

        /**
         * Writes the k nearest points other than {@code point} into {@code indices[offset..offset + k)} and their
         * squared Euclidean distances into {@code squaredDistances} at the same places, nearest first (equal
         * distances: lower index first).
         */
        public void find(int point, int[] indices, double[] squaredDistances, int offset) {
            Objects.checkFromIndexSize(offset, k, indices.length);
            Objects.checkFromIndexSize(offset, k, squaredDistances.length);
            size = 0;
            self = point;
            System.arraycopy(points, positionOf[point] * d, query, 0, d);
            search(0);
            drainSorted(offset, indices, squaredDistances);
        }

        /**
         * As {@link #find(int, int[], double[], int)} for a point that is not in the tree: {@code x[from..from + d)}
         * (d the tree's features); every tree point is a candidate. Placing points beside a sample that was
         * embedded (t-SNE and UMAP past their time budget) asks this about the points left out of the sample.
         */
        public void findNear(double[] x, int from, int[] indices, double[] squaredDistances, int offset) {
            Objects.checkFromIndexSize(from, d, x.length);
            Objects.checkFromIndexSize(offset, k, indices.length);
            Objects.checkFromIndexSize(offset, k, squaredDistances.length);
            size = 0;
            self = -1;
            System.arraycopy(x, from, query, 0, d);
            search(0);
            drainSorted(offset, indices, squaredDistances);
        }

        private void search(int node) {
            if (size == k && boxDistanceSquared(node, query) > heapDistance[0]) {
                return;
            }
            int lower = left[node];
            if (lower < 0) {
                for (int p = start[node]; p < end[node]; p++) {
                    int index = original[p];
                    if (index != self) {
                        offer(pointDistanceSquared(p, query), index);
                    }
                }
                return;
            }
            int upper = right[node];
            if (boxDistanceSquared(lower, query) <= boxDistanceSquared(upper, query)) {
                search(lower);
                search(upper);
            } else {
                search(upper);
                search(lower);
            }
        }

        private boolean before(double distanceA, int indexA, double distanceB, int indexB) {
            return distanceA < distanceB || (distanceA == distanceB && indexA < indexB);
        }

        private void offer(double distance, int index) {
            if (size < k) {
                int child = size++;
                while (child > 0) {
                    int parent = (child - 1) >>> 1;
                    if (!before(heapDistance[parent], heapIndex[parent], distance, index)) {
                        break;
                    }
                    heapDistance[child] = heapDistance[parent];
                    heapIndex[child] = heapIndex[parent];
                    child = parent;
                }
                heapDistance[child] = distance;
                heapIndex[child] = index;
            } else if (before(distance, index, heapDistance[0], heapIndex[0])) {
                siftDown(distance, index, k);
            }
        }

        /** Puts (distance, index) at the root of a heap of the given size and restores the heap. */
        private void siftDown(double distance, int index, int heapSize) {
            int parent = 0;
            while (true) {
                int child = 2 * parent + 1;
                if (child >= heapSize) {
                    break;
                }
                if (child + 1 < heapSize
                        && before(heapDistance[child], heapIndex[child], heapDistance[child + 1], heapIndex[child + 1])) {
                    child++;
                }
                if (!before(distance, index, heapDistance[child], heapIndex[child])) {
                    break;
                }
                heapDistance[parent] = heapDistance[child];
                heapIndex[parent] = heapIndex[child];
                parent = child;
            }
            heapDistance[parent] = distance;
            heapIndex[parent] = index;
        }

        /** Empties the heap into out[offset..offset + k), nearest first. */
        private void drainSorted(int offset, int[] outIndex, double[] outDistance) {
            for (int last = size - 1; last >= 0; last--) {
                outIndex[offset + last] = heapIndex[0];
                outDistance[offset + last] = heapDistance[0];
                siftDown(heapDistance[last], heapIndex[last], last);
            }
            size = 0;
        }
    }
}
