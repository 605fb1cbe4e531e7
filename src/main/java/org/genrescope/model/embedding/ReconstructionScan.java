package org.genrescope.model.embedding;

/**
 * A network run over data a block of rows at a time ({@link DenseStack#BLOCK_ROWS}), keeping only what the model's
 * figures need: the squared reconstruction error and the range of every input, code and output unit. Its memory is
 * a few blocks, whatever the number of rows: the reconstruction of 106,574 x 518 values (441 MB) never exists whole
 * (issue 13, where it ran the training process out of heap).
 *
 * <p>The error is summed in the same order as over whole arrays (row by row, feature by feature), and each row's
 * arithmetic is the same, so the figures are the same bit for bit.
 */
final class ReconstructionScan {
    private final double squaredErrorSum;
    private final long values;
    private final boolean[] inputConstant;
    private final boolean[] codeConstant;
    private final boolean[] outputConstant;

    private ReconstructionScan(double squaredErrorSum, long values, ColumnRanges input, ColumnRanges code,
                               ColumnRanges output) {
        this.squaredErrorSum = squaredErrorSum;
        this.values = values;
        this.inputConstant = input == null ? null : input.constant();
        this.codeConstant = code == null ? null : code.constant();
        this.outputConstant = output == null ? null : output.constant();
    }

    /** The error and unit ranges over all n rows of x (n x d, row-major). */
    static ReconstructionScan of(DenseStack network, double[] x, int n) {
        return scan(network, x, n, null, true);
    }

    /** The error alone over the given rows of x, in their order (a validation set, without copying its rows). */
    static ReconstructionScan ofRows(DenseStack network, double[] x, int[] rows) {
        return scan(network, x, rows.length, rows, false);
    }

    private static ReconstructionScan scan(DenseStack network, double[] x, int n, int[] rows, boolean ranges) {
        int d = network.inputWidth();
        int codeLayer = network.codeLayer();
        DenseStack.Blocks blocks = network.new Blocks(0, network.layers());
        ColumnRanges input = ranges ? new ColumnRanges(d) : null;
        ColumnRanges code = ranges ? new ColumnRanges(network.codeWidth()) : null;
        ColumnRanges output = ranges ? new ColumnRanges(d) : null;
        double[] gathered = rows == null ? null : new double[DenseStack.BLOCK_ROWS * d];
        double sum = 0;
        for (int start = 0; start < n; start += DenseStack.BLOCK_ROWS) {
            int count = Math.min(DenseStack.BLOCK_ROWS, n - start);
            double[] in = x;
            int offset = start * d;
            if (rows != null) {
                for (int r = 0; r < count; r++) {
                    System.arraycopy(x, rows[start + r] * d, gathered, r * d, d);
                }
                in = gathered;
                offset = 0;
            }
            double[] reconstruction = blocks.run(in, offset, count);
            for (int i = 0; i < count * d; i++) {
                double diff = in[offset + i] - reconstruction[i];
                sum += diff * diff;
            }
            if (ranges) {
                input.add(in, offset, count);
                code.add(blocks.output(codeLayer), 0, count);
                output.add(reconstruction, 0, count);
            }
        }
        return new ReconstructionScan(sum, (long) n * d, input, code, output);
    }

    /** Mean squared error of the reconstruction over the rows scanned; 0 over none. */
    double meanSquaredError() {
        return values == 0 ? 0 : squaredErrorSum / values;
    }

    /** The dead units over the rows scanned ({@link DeadUnits}); only for a scan of all rows with ranges. */
    DeadUnits deadUnits() {
        return DeadUnits.of(inputConstant, codeConstant, outputConstant);
    }
}
