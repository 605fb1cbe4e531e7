package org.genrescope.model.projection;

/**
 * t-SNE's repulsive forces by polynomial interpolation on a grid and a convolution by FFT (Linderman et al. 2019,
 * "Fast interpolation-based t-SNE", FIt-SNE; the method openTSNE uses past 10,000 points): O(n + G log G) per
 * iteration for a grid of G nodes, instead of Barnes-Hut's O(n log n) tree walks.
 *
 * <p>The layout's bounding square is cut into I x I equal intervals (I at least {@value #MIN_INTERVALS}, each at most
 * {@value #MAX_INTERVAL_WIDTH} wide), each holding {@value #NODES} x {@value #NODES}
 * equispaced nodes at (j + 1/2) / {@value #NODES} of its width. Every point spreads four charges (1, y_x, y_y,
 * |y|^2) onto the nodes of its interval with Lagrange weights; the charges on the node grid are convolved with
 * the squared Cauchy kernel K(d) = 1 / (1 + |d|^2)^2 (a Toeplitz sum, embedded in a circulant of power-of-two size
 * and done by FFT); each point reads its four potentials phi_0..phi_3 back with the same weights. Then
 * <pre>
 *   force_i = y_i phi_0 - (phi_1, phi_2) = sum_j K(y_i - y_j) (y_i - y_j)
 *   Z = sum_i [(1 + |y_i|^2) phi_0 - 2 y_i . (phi_1, phi_2) + phi_3] - n     (since q = K (1 + |d|^2))
 * </pre>
 * Coordinates are taken relative to the square's centre, which leaves every difference unchanged and keeps the
 * cancellation in Z small. The interval count is rounded up to fill the power-of-two FFT (more accuracy for the
 * same transform size).
 *
 * <p>Deterministic for any thread count: charges are spread by one thread in point order, the transforms split by
 * disjoint rows or columns, and each point's read-back is its own.
 */
final class InterpolatedRepulsion implements RepulsiveForces {
    /** Interpolation nodes per interval and axis (openTSNE's and FIt-SNE's default). */
    static final int NODES = 3;
    /**
     * Fewest intervals per axis. openTSNE takes 50, which with a power-of-two transform means 512 x 512 (85
     * intervals); 20 fits 128 x 128 (21 intervals), sixteen times less work while the layout is under 21 units
     * across (most of the early exaggeration), and those intervals are then at most 1 wide, as later on.
     */
    static final int MIN_INTERVALS = 20;
    /** The square's side is rounded up to a power of this, so the kernel's transform is reused while it holds. */
    private static final double SIDE_STEP = 1.02;
    /** Widest interval, in layout units (openTSNE's {@code ints_in_interval}). */
    static final double MAX_INTERVAL_WIDTH = 1;

    private static final double[] NODE_AT = new double[NODES];
    private static final double[] DENOMINATOR = new double[NODES];

    static {
        for (int j = 0; j < NODES; j++) {
            NODE_AT[j] = (j + 0.5) / NODES;
        }
        for (int j = 0; j < NODES; j++) {
            double product = 1;
            for (int k = 0; k < NODES; k++) {
                if (k != j) {
                    product *= NODE_AT[j] - NODE_AT[k];
                }
            }
            DENOMINATOR[j] = product;
        }
    }

    private final int n;
    private final int[] firstNode;
    private final double[] weightX;
    private final double[] weightY;
    private final double[] centred;
    private final double[] pointZ;

    // Grids for the current transform size, reallocated only when the size changes (the layout grows).
    private SquareFft fft;
    private double[] chargeRe1;
    private double[] chargeIm1;
    private double[] chargeRe2;
    private double[] chargeIm2;
    private double[] kernelRe;
    private double[] kernelIm;
    private int lastIntervals;
    private double kernelSpacing = Double.NaN;

    InterpolatedRepulsion(int n) {
        this.n = n;
        firstNode = new int[n];
        weightX = new double[NODES * n];
        weightY = new double[NODES * n];
        centred = new double[2 * n];
        pointZ = new double[n];
    }

    /** Intervals per axis used by the last call (for tests and diagnostics). */
    int lastIntervals() {
        return lastIntervals;
    }

    @Override
    public double repel(double[] y, double[] force, ParallelLoop loop) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, y[2 * i]);
            maxX = Math.max(maxX, y[2 * i]);
            minY = Math.min(minY, y[2 * i + 1]);
            maxY = Math.max(maxY, y[2 * i + 1]);
        }
        double side = Math.pow(SIDE_STEP, Math.ceil(Math.log(Math.max(Math.max(maxX - minX, maxY - minY), 1e-12)
                * (1 + 1e-9)) / Math.log(SIDE_STEP)));
        int fewest = (int) Math.max(MIN_INTERVALS, Math.ceil(side / MAX_INTERVAL_WIDTH));
        int size = Integer.highestOneBit(2 * NODES * fewest - 1);
        if (size < 2 * NODES * fewest - 1) {
            size <<= 1;
        }
        // The circulant needs size >= 2 m - 1 for m nodes per axis: take as many intervals as that allows.
        int intervals = (size + 1) / (2 * NODES);
        lastIntervals = intervals;
        int m = intervals * NODES;
        ensureGrids(size);
        // The square was widened by a hair (above) so the largest coordinate falls inside the last interval.
        double width = side / intervals;
        double spacing = width / NODES;
        double centreX = minX + side / 2;
        double centreY = minY + side / 2;
        double lowX = minX;
        double lowY = minY;
        int gridSize = size;
        loop.run(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                double ux = (y[2 * i] - lowX) / width;
                double uy = (y[2 * i + 1] - lowY) / width;
                int bx = Math.min((int) ux, intervals - 1);
                int by = Math.min((int) uy, intervals - 1);
                lagrange(ux - bx, weightX, NODES * i);
                lagrange(uy - by, weightY, NODES * i);
                firstNode[i] = by * NODES * gridSize + bx * NODES;
                centred[2 * i] = y[2 * i] - centreX;
                centred[2 * i + 1] = y[2 * i + 1] - centreY;
            }
        });
        spreadCharges(size * size);
        if (spacing != kernelSpacing) {
            fillKernel(size, m, spacing);
            fft.forward(kernelRe, kernelIm, size, loop);
            kernelSpacing = spacing;
        }
        fft.forward(chargeRe1, chargeIm1, m, loop);
        fft.forward(chargeRe2, chargeIm2, m, loop);
        // The kernel is real and even, so its transform is real: multiplying by it keeps the two real channels
        // packed in each complex grid (real and imaginary part) apart.
        loop.run(size, (from, to) -> {
            for (int c = from * gridSize; c < to * gridSize; c++) {
                double k = kernelRe[c];
                chargeRe1[c] *= k;
                chargeIm1[c] *= k;
                chargeRe2[c] *= k;
                chargeIm2[c] *= k;
            }
        });
        fft.inverse(chargeRe1, chargeIm1, m, loop);
        fft.inverse(chargeRe2, chargeIm2, m, loop);
        loop.run(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                double phi0 = 0;
                double phi1 = 0;
                double phi2 = 0;
                double phi3 = 0;
                for (int b = 0; b < NODES; b++) {
                    double wy = weightY[NODES * i + b];
                    int row = firstNode[i] + b * gridSize;
                    for (int a = 0; a < NODES; a++) {
                        double w = wy * weightX[NODES * i + a];
                        int node = row + a;
                        phi0 += w * chargeRe1[node];
                        phi1 += w * chargeIm1[node];
                        phi2 += w * chargeRe2[node];
                        phi3 += w * chargeIm2[node];
                    }
                }
                double px = centred[2 * i];
                double py = centred[2 * i + 1];
                force[2 * i] = px * phi0 - phi1;
                force[2 * i + 1] = py * phi0 - phi2;
                pointZ[i] = (1 + px * px + py * py) * phi0 - 2 * (px * phi1 + py * phi2) + phi3;
            }
        });
        double z = 0;
        for (int i = 0; i < n; i++) {
            z += pointZ[i];
        }
        // Each point's own term, K(0) (1 + 0) = 1, is in its sum.
        return z - n;
    }

    /** The Lagrange basis polynomials of the interval's nodes at relative position u, into out[at..at+NODES). */
    private static void lagrange(double u, double[] out, int at) {
        for (int j = 0; j < NODES; j++) {
            double product = 1;
            for (int k = 0; k < NODES; k++) {
                if (k != j) {
                    product *= u - NODE_AT[k];
                }
            }
            out[at + j] = product / DENOMINATOR[j];
        }
    }

    /** Charges 1 and y_x into grid 1 (real, imaginary), y_y and |y|^2 into grid 2; one thread, point order. */
    private void spreadCharges(int cells) {
        java.util.Arrays.fill(chargeRe1, 0, cells, 0);
        java.util.Arrays.fill(chargeIm1, 0, cells, 0);
        java.util.Arrays.fill(chargeRe2, 0, cells, 0);
        java.util.Arrays.fill(chargeIm2, 0, cells, 0);
        int gridSize = fft.size();
        for (int i = 0; i < n; i++) {
            double px = centred[2 * i];
            double py = centred[2 * i + 1];
            double squared = px * px + py * py;
            for (int b = 0; b < NODES; b++) {
                double wy = weightY[NODES * i + b];
                int row = firstNode[i] + b * gridSize;
                for (int a = 0; a < NODES; a++) {
                    double w = wy * weightX[NODES * i + a];
                    int node = row + a;
                    chargeRe1[node] += w;
                    chargeIm1[node] += w * px;
                    chargeRe2[node] += w * py;
                    chargeIm2[node] += w * squared;
                }
            }
        }
    }

    /** K at every node offset (a, b), |a|, |b| < m, stored circularly (offset -a at size - a). */
    private void fillKernel(int size, int m, double spacing) {
        java.util.Arrays.fill(kernelRe, 0);
        java.util.Arrays.fill(kernelIm, 0);
        for (int b = 0; b < m; b++) {
            double dy = b * spacing;
            for (int a = 0; a < m; a++) {
                double dx = a * spacing;
                double q = 1 / (1 + dx * dx + dy * dy);
                double k = q * q;
                int row = b * size;
                int mirrorRow = ((size - b) % size) * size;
                int column = a;
                int mirrorColumn = (size - a) % size;
                kernelRe[row + column] = k;
                kernelRe[row + mirrorColumn] = k;
                kernelRe[mirrorRow + column] = k;
                kernelRe[mirrorRow + mirrorColumn] = k;
            }
        }
    }

    private void ensureGrids(int size) {
        if (fft != null && fft.size() == size) {
            return;
        }
        fft = new SquareFft(size);
        kernelSpacing = Double.NaN;
        int cells = size * size;
        chargeRe1 = new double[cells];
        chargeIm1 = new double[cells];
        chargeRe2 = new double[cells];
        chargeIm2 = new double[cells];
        kernelRe = new double[cells];
        kernelIm = new double[cells];
    }
}
