package org.genrescope.model.projection;

/**
 * Exact k nearest neighbours of every point among the others (Euclidean), found with a KD-tree over flat
 * arrays: median splits on the widest coordinate, and each node's bounding box to prune. Ties in distance go
 * to the lower index, so the answer is unique and does not depend on the search order.
 */
final class NearestNeighbours {
    private static final int LEAF_SIZE = 12;

    /**
     * Neighbour lists, row i sorted by increasing distance.
     *
     * @param k                neighbours per point
     * @param indices          n x k neighbour indices, row-major
     * @param squaredDistances n x k squared Euclidean distances, aligned with indices
     */
    record Lists(int k, int[] indices, double[] squaredDistances) {
    }

    private final int n;
    private final int d;
    private final double[] points; // in tree order
    private final int[] original;  // tree position -> point index
    private int nodeCount;
    private final int[] nodeStart;
    private final int[] nodeEnd;
    private final int[] nodeLeft;   // -1 for a leaf; the right child is nodeLeft + 1 is not guaranteed, so stored
    private final int[] nodeRight;
    private final double[] boxLow;
    private final double[] boxHigh;

    private NearestNeighbours(double[] x, int n, int d) {
        this.n = n;
        this.d = d;
        this.original = new int[n];
        for (int i = 0; i < n; i++) {
            original[i] = i;
        }
        int capacity = 2 * (n / LEAF_SIZE + 1) * 2 + 4;
        nodeStart = new int[capacity];
        nodeEnd = new int[capacity];
        nodeLeft = new int[capacity];
        nodeRight = new int[capacity];
        boxLow = new double[capacity * d];
        boxHigh = new double[capacity * d];
        build(x, 0, n);
        points = new double[n * d];
        for (int p = 0; p < n; p++) {
            System.arraycopy(x, original[p] * d, points, p * d, d);
        }
    }

    /**
     * The k nearest other points of each of n points (k below n).
     *
     * @param x row-major n x d values
     */
    static Lists find(double[] x, int n, int d, int k, ParallelLoop loop) {
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be between 1 and n - 1 = " + (n - 1) + ", got " + k);
        }
        NearestNeighbours tree = new NearestNeighbours(x, n, d);
        int[] indices = new int[n * k];
        double[] distances = new double[n * k];
        loop.run(n, (from, to) -> {
            Search search = tree.new Search(k);
            for (int p = from; p < to; p++) {
                search.run(p);
                search.drainSorted(tree.original[p] * k, indices, distances);
            }
        });
        return new Lists(k, indices, distances);
    }

    private int build(double[] x, int start, int end) {
        int node = nodeCount++;
        nodeStart[node] = start;
        nodeEnd[node] = end;
        int box = node * d;
        for (int f = 0; f < d; f++) {
            boxLow[box + f] = Double.POSITIVE_INFINITY;
            boxHigh[box + f] = Double.NEGATIVE_INFINITY;
        }
        for (int p = start; p < end; p++) {
            int row = original[p] * d;
            for (int f = 0; f < d; f++) {
                double v = x[row + f];
                boxLow[box + f] = Math.min(boxLow[box + f], v);
                boxHigh[box + f] = Math.max(boxHigh[box + f], v);
            }
        }
        int widest = 0;
        for (int f = 1; f < d; f++) {
            if (boxHigh[box + f] - boxLow[box + f] > boxHigh[box + widest] - boxLow[box + widest]) {
                widest = f;
            }
        }
        if (end - start <= LEAF_SIZE || boxHigh[box + widest] == boxLow[box + widest]) {
            nodeLeft[node] = -1;
            nodeRight[node] = -1;
            return node;
        }
        int middle = (start + end) >>> 1;
        select(x, start, end, middle, widest);
        nodeLeft[node] = build(x, start, middle);
        nodeRight[node] = build(x, middle, end);
        return node;
    }

    /** Quickselect on the tree-order slice: afterwards position k holds its rank's value along feature f. */
    private void select(double[] x, int start, int end, int k, int f) {
        int lo = start;
        int hi = end - 1;
        while (lo < hi) {
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
                    int t = original[i];
                    original[i] = original[j];
                    original[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /** One thread's search state: a bounded max-heap on (distance, index). */
    private final class Search {
        private final int k;
        private final double[] heapDistance;
        private final int[] heapIndex;
        private int size;
        private int self;
        private final double[] query;

        Search(int k) {
            this.k = k;
            heapDistance = new double[k];
            heapIndex = new int[k];
            query = new double[d];
        }

        void run(int position) {
            size = 0;
            self = original[position];
            System.arraycopy(points, position * d, query, 0, d);
            visit(0);
        }

        private void visit(int node) {
            if (size == k && boxDistance(node) > heapDistance[0]) {
                return;
            }
            int left = nodeLeft[node];
            if (left < 0) {
                for (int p = nodeStart[node]; p < nodeEnd[node]; p++) {
                    int index = original[p];
                    if (index == self) {
                        continue;
                    }
                    double sum = 0;
                    int row = p * d;
                    for (int f = 0; f < d; f++) {
                        double diff = points[row + f] - query[f];
                        sum += diff * diff;
                    }
                    offer(sum, index);
                }
                return;
            }
            int right = nodeRight[node];
            if (boxDistance(left) <= boxDistance(right)) {
                visit(left);
                visit(right);
            } else {
                visit(right);
                visit(left);
            }
        }

        private double boxDistance(int node) {
            int box = node * d;
            double sum = 0;
            for (int f = 0; f < d; f++) {
                double q = query[f];
                double gap = q < boxLow[box + f] ? boxLow[box + f] - q : q > boxHigh[box + f] ? q - boxHigh[box + f] : 0;
                sum += gap * gap;
            }
            return sum;
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
        void drainSorted(int offset, int[] outIndex, double[] outDistance) {
            for (int last = size - 1; last >= 0; last--) {
                outIndex[offset + last] = heapIndex[0];
                outDistance[offset + last] = heapDistance[0];
                siftDown(heapDistance[last], heapIndex[last], last);
            }
            size = 0;
        }
    }
}
