package org.genrescope.model.embedding;

/**
 * The trained network as plain Java arrays: a stack of dense layers, evaluated in double precision. Immutable
 * after construction, so any number of threads may run it at once; it holds no native memory.
 */
final class DenseStack {
    private final int[] widths;          // widths[0] = d, widths[layers] = d
    private final double[][] weights;    // layer l: widths[l] x widths[l + 1], row-major
    private final double[][] biases;     // layer l: widths[l + 1]
    private final Activation[] activations;
    private final int codeLayer;         // the layer whose output is the code

    DenseStack(int[] widths, double[][] weights, double[][] biases, Activation[] activations, int codeLayer) {
        this.widths = widths.clone();
        this.weights = weights;
        this.biases = biases;
        this.activations = activations.clone();
        this.codeLayer = codeLayer;
    }

    int inputWidth() {
        return widths[0];
    }

    int codeWidth() {
        return widths[codeLayer + 1];
    }

    int layers() {
        return weights.length;
    }

    /** Layer widths, input first (a copy). */
    int[] widths() {
        return widths.clone();
    }

    /** Layer l's weights, widths[l] x widths[l + 1], row-major (a copy). */
    double[] weights(int l) {
        return weights[l].clone();
    }

    /** Layer l's biases (a copy). */
    double[] biases(int l) {
        return biases[l].clone();
    }

    Activation activation(int l) {
        return activations[l];
    }

    /** The layer whose output is the code. */
    int codeLayer() {
        return codeLayer;
    }

    /** The code of n rows (n x inputWidth, row-major): n x codeWidth. */
    double[] encode(double[] x, int n) {
        return run(x, n, 0, codeLayer + 1);
    }

    /** The reconstruction of m codes (m x codeWidth): m x inputWidth. */
    double[] decode(double[] z, int m) {
        return run(z, m, codeLayer + 1, layers());
    }

    /**
     * Rows per block when a network runs over many rows: the intermediate layers of one block (for example 256 rows
     * x 518 doubles, 1 MB) are all the memory a run needs beyond its input and output, however many rows there are.
     */
    static final int BLOCK_ROWS = 256;

    /** Layers [from, to) applied to n rows (n x widths[from]): n x widths[to]. */
    double[] run(double[] in, int n, int from, int to) {
        if (from == to) {
            return in.clone();
        }
        double[] out = new double[Math.multiplyExact(n, widths[to])];
        Blocks blocks = new Blocks(from, to);
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, n - start);
            double[] block = blocks.run(in, start * widths[from], rows);
            System.arraycopy(block, 0, out, start * widths[to], rows * widths[to]);
        }
        return out;
    }

    /**
     * Runs layers [from, to) over a block of rows at a time, reusing its buffers: each row's arithmetic is the same
     * as over all rows at once, so the values are the same bit for bit. Not thread-safe; one per thread.
     */
    final class Blocks {
        private final int from;
        private final int to;
        private final double[][] buffers;   // buffers[l - from]: the output of layer l for one block
        private final double[] sum;

        Blocks(int from, int to) {
            this.from = from;
            this.to = to;
            this.buffers = new double[to - from][];
            int widest = 0;
            for (int l = from; l < to; l++) {
                buffers[l - from] = new double[BLOCK_ROWS * widths[l + 1]];
                widest = Math.max(widest, widths[l + 1]);
            }
            this.sum = new double[widest];
        }

        /**
         * Layers [from, to) over {@code rows} rows (at most {@link #BLOCK_ROWS}) of {@code in} starting at
         * {@code offset}; the result (rows x widths[to]) is valid until the next call.
         */
        double[] run(double[] in, int offset, int rows) {
            double[] current = in;
            int currentOffset = offset;
            for (int l = from; l < to; l++) {
                layer(l, current, currentOffset, rows, buffers[l - from], sum);
                current = buffers[l - from];
                currentOffset = 0;
            }
            return current;
        }

        /** The output of layer l (from <= l < to) from the last {@link #run}. */
        double[] output(int l) {
            return buffers[l - from];
        }
    }

    private void layer(int l, double[] in, int offset, int n, double[] out, double[] sum) {
        int nIn = widths[l];
        int nOut = widths[l + 1];
        double[] w = weights[l];
        double[] b = biases[l];
        Activation f = activations[l];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, 0, sum, 0, nOut);
            int rowIn = offset + i * nIn;
            for (int k = 0; k < nIn; k++) {
                double v = in[rowIn + k];
                int rowW = k * nOut;
                for (int j = 0; j < nOut; j++) {
                    sum[j] += v * w[rowW + j];
                }
            }
            int rowOut = i * nOut;
            for (int j = 0; j < nOut; j++) {
                out[rowOut + j] = f.apply(sum[j]);
            }
        }
    }
}
