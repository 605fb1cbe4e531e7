package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.model.embedding.EpochListener;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.model.projection.Pca;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The analysis after the front stages reads the scaled matrix without copying it (issue 13, "only the columns a run
 * needs stay in memory"): the autoencoder trains on the matrix's own array, and PCA and the feature-space metrics
 * allocate far less than one copy of it (at FMA's full shape each copy was 422 MB of a 2 GB heap). Allocation is
 * counted on the calling thread, where the copies were made; the results are the same as computed on a copy.
 */
class MatrixSharingTest {
    private static final int N = 40_000;
    private static final int D = 64;
    private static final long MATRIX_BYTES = 8L * N * D;

    private static FeatureMatrix matrix() {
        SplittableRandom random = new SplittableRandom(3);
        long[] ids = new long[N];
        double[] values = new double[N * D];
        for (int i = 0; i < N; i++) {
            ids[i] = i + 1;
            for (int j = 0; j < D; j++) {
                values[i * D + j] = random.nextGaussian() + (i % 4) * 0.5 * (j % 3);
            }
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < D; j++) {
            names.add("f" + j);
        }
        return new FeatureMatrix(ids, names, values);
    }

    private static AnalysisConfig config(Representation representation) {
        return Recipe.PLAIN.config(Path.of("unused.csv")).with("representation", representation).with("latent", 4);
    }

    /** Bytes the calling thread allocated while {@code work} ran. */
    private static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void theAutoencoderIsGivenTheScaledMatrixItselfNotACopy() {
        FeatureMatrix scaled = matrix();
        AtomicReference<double[]> given = new AtomicReference<>();
        AutoencoderTraining recording = (x, n, d, config, progress, epochs, cancel) -> {
            given.set(x);
            throw new IllegalStateException("recorded; no training needed here");
        };
        assertThrows(IllegalStateException.class, () -> Representations.build(config(Representation.AUTOENCODER),
                scaled, recording, ProgressListener.NONE, EpochListener.NONE, CancellationToken.NEVER));
        assertTrue(scaled.sharedValues() == given.get(), "the training input is the matrix's own array");
    }

    @Test
    void pcaReadsTheScaledMatrixWithoutCopyingIt() {
        FeatureMatrix scaled = matrix();
        Representations.build(config(Representation.PCA), scaled, null, ProgressListener.NONE, EpochListener.NONE,
                CancellationToken.NEVER); // warm: class loading and the JIT allocate too
        AtomicReference<Representations.Built> built = new AtomicReference<>();
        long bytes = allocatedBy(() -> built.set(Representations.build(config(Representation.PCA), scaled, null,
                ProgressListener.NONE, EpochListener.NONE, CancellationToken.NEVER)));
        assertTrue(bytes < MATRIX_BYTES / 2, bytes + " bytes allocated beside a matrix of " + MATRIX_BYTES);

        double[] copy = scaled.values();
        double[] expected = Pca.fit(copy, N, D).transform(copy, N, D, 4);
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(built.get().z().values()),
                "the same codes as from a copy");
    }

    @Test
    void theFeatureSpaceMetricsReadTheMatrixWithoutCopyingIt() {
        FeatureMatrix space = matrix();
        int[] labels = new int[N];
        for (int i = 0; i < N; i++) {
            labels[i] = i % 4;
        }
        Clustering clustering = new Clustering(labels, 4, null, Double.NaN, 0);
        ClusterScoring scoring = new ClusterScoring(1, 5L, 1_000);
        scoring.internal(space, clustering, new ArrayList<>(), "feature space"); // warm
        AtomicReference<InternalScores> scores = new AtomicReference<>();
        long bytes = allocatedBy(() -> scores.set(scoring.internal(space, clustering, new ArrayList<>(),
                "feature space")));
        assertTrue(bytes < MATRIX_BYTES / 2, bytes + " bytes allocated beside a matrix of " + MATRIX_BYTES);

        double[] copy = space.values();
        assertEquals(InternalMetrics.daviesBouldin(copy, N, D, labels), scores.get().daviesBouldin(), 0.0);
        assertEquals(InternalMetrics.calinskiHarabasz(copy, N, D, labels), scores.get().calinskiHarabasz(),
                0.0);
        assertEquals(InternalMetrics.sampledSilhouette(copy, N, D, labels, 1, 1_000, 5L, ProgressListener.NONE,
                CancellationToken.NEVER).value(), scores.get().silhouette(), 0.0);
    }
}
