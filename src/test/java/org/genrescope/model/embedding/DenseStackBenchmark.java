package org.genrescope.model.embedding;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The model's figures ({@link ReconstructionScan}) and encoding at FMA's full shape (106,574 x 518, a 518-128-16
 * network with random weights), in CPU seconds of this thread: what a training adds after its epochs, in the
 * worker and again in the app. Not a test: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.genrescope.model.embedding.DenseStackBenchmark [n=106574] [repeats=3]}.
 */
public final class DenseStackBenchmark {
    private DenseStackBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 106_574;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int[] widths = {518, 128, 16, 128, 518};
        SplittableRandom random = new SplittableRandom(5);
        double[][] w = new double[4][];
        double[][] b = new double[4][];
        for (int l = 0; l < 4; l++) {
            w[l] = random.doubles((long) widths[l] * widths[l + 1], -0.1, 0.1).toArray();
            b[l] = random.doubles(widths[l + 1], -0.1, 0.1).toArray();
        }
        DenseStack net = new DenseStack(widths, w, b, new Activation[] {Activation.RELU, Activation.RELU,
                Activation.RELU, Activation.IDENTITY}, 1);
        double[] x = random.doubles((long) n * 518).toArray();
        var threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repeats; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            double mse = ReconstructionScan.of(net, x, n).meanSquaredError();
            long c1 = threads.getCurrentThreadCpuTime();
            double[] code = net.encode(x, n);
            long c2 = threads.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "scan %.2f s CPU (mse %.6f), encode %.2f s CPU (%d codes)%n",
                    (c1 - c0) / 1e9, mse, (c2 - c1) / 1e9, code.length / 16);
        }
    }
}
