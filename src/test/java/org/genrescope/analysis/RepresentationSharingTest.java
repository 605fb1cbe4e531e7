package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.genrescope.analysis.report.AssignmentsCsv;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.TrackTable;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.features.FittedScaler;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.clustering.KMeans;
import org.genrescope.model.projection.Projection2D;
import org.genrescope.model.projection.Projections;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * With {@code --representation features} the clustered space is the scaled matrix itself (422 MB at FMA's full
 * shape), and what reads the representation after the clustering reads it in place (issue 13, "only the columns a
 * run needs stay in memory"): K-Means, the centres of a clustering without centroids, the cluster explanations, the
 * projection, {@code assignments.csv}, and the comparison's genre ceiling on the scaled matrix. As in
 * {@link MatrixSharingTest}: allocation is counted on the calling thread, where each copy was made (main's code
 * allocated a whole matrix or more in every test below), the results are the same as computed from a copy, and the
 * matrix is left as it was.
 */
class RepresentationSharingTest {
    private static final int N = 40_000;
    private static final int D = 64;
    private static final int K = 4;
    private static final long MATRIX_BYTES = 8L * N * D;

    private static FeatureMatrix matrix(int n, int d) {
        SplittableRandom random = new SplittableRandom(11);
        long[] ids = new long[n];
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1;
            for (int j = 0; j < d; j++) {
                values[i * d + j] = random.nextGaussian() + (i % K) * 1.5 * (j % 3);
            }
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("f" + j);
        }
        return new FeatureMatrix(ids, names, values);
    }

    private static AnalysisConfig config() {
        return Recipe.PLAIN.config(Path.of("unused.csv")).with("representation", Representation.FEATURES)
                .with("k", K).with("restarts", 2).with("seed", 7L);
    }

    private static Clustering byRow(int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % K;
        }
        return new Clustering(labels, K, null, Double.NaN, 0);
    }

    /** Bytes the calling thread allocated while {@code work} ran. */
    private static long allocatedBy(Runnable work) {
        return allocatedSince(allocated(), work);
    }

    private static long allocatedSince(long start, Runnable work) {
        work.run();
        return allocated() - start;
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static void assertUnder(long bytes, String what) {
        assertTrue(bytes < MATRIX_BYTES / 2, what + ": " + bytes + " bytes allocated beside a matrix of "
                + MATRIX_BYTES);
    }

    @Test
    void kMeansClustersTheFeaturesInPlace() {
        FeatureMatrix scaled = matrix(N, D);
        double[] pristine = scaled.values();
        AnalysisConfig config = config();
        FittedScaler scaler = config.scaling().fit(scaled);
        ClusterStage stage = new ClusterStage(1, 1_000);
        CodeDecoder decoder = (z, rows) -> z.clone(); // Representations' decoder of the features themselves
        stage.run(config, scaled, scaled, decoder, scaler, null, ProgressListener.NONE, CancellationToken.NEVER); // warm
        AtomicReference<ClusterStage.Clustered> clustered = new AtomicReference<>();
        long bytes = allocatedBy(() -> clustered.set(stage.run(config, scaled, scaled, decoder, scaler, null,
                ProgressListener.NONE, CancellationToken.NEVER)));
        assertUnder(bytes, "K-Means with the clustered space's scores");

        int[] fromCopy = KMeans.fit(scaled.values(), N, D, config.kmeansOptions(1), ProgressListener.NONE,
                CancellationToken.NEVER).labels();
        assertArrayEquals(fromCopy, clustered.get().clustering().labels(), "the same clusters as from a copy");
        assertArrayEquals(pristine, scaled.sharedValues(), "the matrix is left as it was");
    }

    @Test
    void centresOfAClusteringWithoutCentroidsAreMeansInPlace() {
        FeatureMatrix z = matrix(N, D);
        Clustering clustering = byRow(N); // as DBSCAN's: no centroids, so the members' means are taken
        FittedScaler scaler = config().scaling().fit(z);
        CodeDecoder decoder = (codes, rows) -> codes.clone();
        ClusterProfiles.modelCentresInFeatureUnits(clustering, z, decoder, scaler); // warm
        AtomicReference<double[]> centres = new AtomicReference<>();
        long bytes = allocatedBy(() -> centres.set(ClusterProfiles.modelCentresInFeatureUnits(clustering, z, decoder,
                scaler)));
        assertUnder(bytes, "the centres");

        FeatureMatrix copy = new FeatureMatrix(z.trackIds(), z.featureNames(), z.values());
        assertArrayEquals(ClusterProfiles.modelCentresInFeatureUnits(clustering, copy, decoder, scaler), centres.get(),
                "the same centres as from a copy");
    }

    @Test
    void theExplanationsReadTheRepresentationInPlace() {
        FeatureMatrix z = matrix(N, D);
        double[] pristine = z.values();
        TrackTable tracks = table(z);
        Clustering clustering = byRow(N);
        int[] genres = new int[N];
        for (int i = 0; i < N; i++) {
            genres[i] = (i / 3) % 3;
        }
        List<String> genreNames = List.of("Rock", "Pop", "Folk");
        List<ClusterProfile> profiles = ClusterProfiles.of(tracks, clustering); // as a result keeps them
        ClusterExplanations.of(tracks, genres, genreNames, z, clustering, profiles); // warm
        AtomicReference<List<ClusterExplanation>> explained = new AtomicReference<>();
        long bytes = allocatedBy(() -> explained.set(ClusterExplanations.of(tracks, genres, genreNames, z, clustering,
                profiles)));
        assertUnder(bytes, "the explanations");

        FeatureMatrix copy = new FeatureMatrix(z.trackIds(), z.featureNames(), z.values());
        assertEquals(ClusterExplanations.of(tracks, genres, genreNames, copy, clustering, profiles), explained.get(),
                "the same explanations as from a copy");
        assertArrayEquals(pristine, z.sharedValues(), "the matrix is left as it was");
    }

    @Test
    void theProjectionReadsTheRepresentationInPlace() {
        FeatureMatrix z = matrix(N, D);
        AnalysisConfig config = config().with("projection", ProjectionMethod.PCA);
        Projector.project(config, z, 1, ProgressListener.NONE, CancellationToken.NEVER); // warm
        AtomicReference<Projector.Result> projected = new AtomicReference<>();
        long bytes = allocatedBy(() -> projected.set(Projector.project(config, z, 1, ProgressListener.NONE,
                CancellationToken.NEVER)));
        assertUnder(bytes, "PCA to 2-D");
        assertArrayEquals(Projections.pca(z.values(), N, D).xy(), projected.get().projection().xy(),
                "the same layout as from a copy");
    }

    @Test
    void everyProjectionLeavesTheRepresentationAsItWas() {
        int n = 400;
        FeatureMatrix z = matrix(n, 6);
        double[] pristine = z.values();
        for (ProjectionMethod method : List.of(ProjectionMethod.PCA, ProjectionMethod.TSNE, ProjectionMethod.UMAP)) {
            AnalysisConfig config = config().with("projection", method);
            for (int limit : new int[] {n, n / 2}) { // all points, then a seeded sample with the rest placed
                Projection2D shared = Projector.project(config, z, 1, ProgressListener.NONE, CancellationToken.NEVER,
                        limit, limit).projection();
                assertArrayEquals(pristine, z.sharedValues(), method + " (limit " + limit + ") left the matrix as it was");
                FeatureMatrix copy = new FeatureMatrix(z.trackIds(), z.featureNames(), pristine);
                Projection2D fromCopy = Projector.project(config, copy, 1, ProgressListener.NONE,
                        CancellationToken.NEVER, limit, limit).projection();
                assertArrayEquals(fromCopy.xy(), shared.xy(), method + " (limit " + limit + "): the same layout");
            }
        }
    }

    @Test
    void assignmentsCsvWritesTheRepresentationInPlace() throws IOException {
        FeatureMatrix z = matrix(N, D);
        Clustering clustering = byRow(N);
        AnalysisResult r = result(z, clustering);
        FeatureMatrix small = matrix(1_000, D);
        AssignmentsCsv.write(result(small, byRow(1_000)), new StringWriter(), CancellationToken.NEVER); // warm
        long[] atWrite = new long[2];
        StringBuilder written = new StringBuilder();
        java.io.Writer recording = new java.io.Writer() {
            private int calls;

            @Override
            public void write(char[] buffer, int offset, int length) {
                written.append(buffer, offset, length);
            }

            @Override
            public void write(String text) {
                if (calls < 2) {
                    atWrite[calls++] = allocated(); // the header, then the first track's line
                }
                written.append(text);
            }

            @Override
            public void flush() { }

            @Override
            public void close() { }
        };
        long start = allocated();
        AssignmentsCsv.write(r, recording, CancellationToken.NEVER);
        assertUnder(atWrite[1] - start, "up to the first track's line");

        double[] copy = z.values();
        StringBuilder expected = new StringBuilder(AssignmentsCsv.header(D));
        for (int i = 0; i < N; i++) {
            AssignmentsCsv.appendRow(expected, Long.toString(i + 1), null, clustering.label(i), copy, i * D, D, null, i);
        }
        assertEquals(expected.toString(), written.toString(), "the same file as from a copy");
    }

    @Test
    void theGenreCeilingReadsTheScaledMatrixInPlace() {
        FeatureMatrix scaled = matrix(N, D);
        double[] pristine = scaled.values();
        int[] genres = new int[N];
        Arrays.fill(genres, -1);
        for (int i = 0; i < 200; i++) { // few labelled tracks: the rows the ceiling copies to fit on stay small
            genres[i * (N / 200)] = i % 2;
        }
        Comparison.genreCeiling(scaled, genres, 3L); // warm
        AtomicReference<GenreCeiling.Outcome> ceiling = new AtomicReference<>();
        long bytes = allocatedBy(() -> ceiling.set(Comparison.genreCeiling(scaled, genres, 3L)));
        assertUnder(bytes, "the genre ceiling");

        GenreCeiling.Outcome fromCopy = GenreCeiling.of(scaled.values(), N, D, genres, GenreCeiling.FOLDS, 3L);
        assertTrue(fromCopy.isDefined(), String.valueOf(fromCopy.undefinedReason()));
        assertEquals(fromCopy, ceiling.get(), "the same ceiling as from a copy");
        assertArrayEquals(pristine, scaled.sharedValues(), "the matrix is left as it was");
    }

    private static TrackTable table(FeatureMatrix z) {
        int n = z.rows();
        String[] none = new String[n];
        return new TrackTable("flat-csv", z.featureNames(), z.trackIds(), z.values(), none.clone(), none.clone(),
                none.clone(), none.clone(), new int[n], new CleaningReport(n, n, Map.of(), Map.of(), 0, Map.of()));
    }

    /** A result of clustering z as it is, with what {@link AssignmentsCsv} reads (no genres, no projection). */
    private static AnalysisResult result(FeatureMatrix z, Clustering clustering) {
        int[] noGenre = new int[z.rows()];
        Arrays.fill(noGenre, -1);
        return new AnalysisResult(config(), null, null, null, table(z), List.of(), noGenre, z, null, z, null,
                clustering, null, null, null, null, null, null, null, Map.of(), List.of(), List.of());
    }
}
