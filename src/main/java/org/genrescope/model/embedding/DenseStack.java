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

    /** Layers [from, to) applied to n rows. */
    double[] run(double[] in, int n, int from, int to) {
        double[] current = in;
        for (int l = from; l < to; l++) {
            current = layer(l, current, n);
        }
        return current == in ? in.clone() : current;
    }

    private double[] layer(int l, double[] in, int n) {
        int nIn = widths[l];
        int nOut = widths[l + 1];
        double[] w = weights[l];
        double[] b = biases[l];
        Activation f = activations[l];
        double[] out = new double[n * nOut];
        double[] sum = new double[nOut];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, 0, sum, 0, nOut);
            int rowIn = i * nIn;
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
        return out;
    }
}
