package org.genrescope.model.embedding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.SplittableRandom;

import org.genrescope.features.FeatureMatrix;
import org.genrescope.testing.SharedData;

/**
 * The once-per-training work around a worker's training, cold (the first training of a JVM) and then warm: the
 * request written by the app, read by the worker, and the model rebuilt by the app from the answer (its
 * reconstruction scan over every row), each as this thread's CPU milliseconds. In a fresh JVM, the study's data
 * loaded, then 3 s for the JIT's queue to drain, then three rounds (docs/benchmarks.md, issue 11, session 10). Not a
 * test:
 * <pre>
 * java -XX:CompileThresholdScaling=0.25 -Dgenrescope.shared=../shared \
 *     -cp target/classes:target/test-classes:$(cat cp.txt) org.genrescope.model.embedding.ProtocolColdBenchmark
 * </pre>
 */
public final class ProtocolColdBenchmark {
    private ProtocolColdBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        FeatureMatrix scaled = SeedRecipeData.load(SharedData.root().resolve("fma/music_data.csv"));
        double[] x = scaled.values();
        int n = scaled.rows();
        int d = scaled.columns();
        Thread.sleep(3000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AutoencoderConfig config = AutoencoderConfig.seedRecipe(1);
        int[] widths = AutoencoderTrainer.widths(d, config);
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 1; round <= 3; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * x.length + 4096);
            DataOutputStream out = new DataOutputStream(bytes);
            WorkerProtocol.writeRequest(out, new TrainingRequest(config, x, n, d, 0));
            long c1 = threads.getCurrentThreadCpuTime();
            TrainingRequest read = WorkerProtocol.readRequest(new DataInputStream(new ByteArrayInputStream(
                    bytes.toByteArray())));
            long c2 = threads.getCurrentThreadCpuTime();
            int layers = widths.length - 1;
            double[][] weights = new double[layers][];
            double[][] biases = new double[layers][];
            Activation[] activations = new Activation[layers];
            for (int l = 0; l < layers; l++) {
                weights[l] = random.doubles((long) widths[l] * widths[l + 1], -0.5, 0.5).toArray();
                biases[l] = random.doubles(widths[l + 1], -0.1, 0.1).toArray();
                activations[l] = l == layers - 1 ? config.outputActivation() : config.activation();
            }
            DenseStack network = new DenseStack(widths, weights, biases, activations, config.hiddenSizes().size());
            long c3 = threads.getCurrentThreadCpuTime();
            TrainedAutoencoder model = new TrainedAutoencoder(config, network, new double[config.epochs()],
                    new double[0], config.epochs(), read.x(), read.n());
            long c4 = threads.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d: request written %.1f CPU ms, read %.1f, model rebuilt %.1f "
                            + "(%d values; reconstruction error %.4f)%n", round, (c1 - c0) / 1e6, (c2 - c1) / 1e6,
                    (c4 - c3) / 1e6, read.x().length, model.reconstructionMse());
        }
    }
}
