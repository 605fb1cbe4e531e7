package org.genrescope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.genrescope.model.clustering.TestData;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The layout handed over while t-SNE and UMAP optimise (the window draws it as it forms) and the cancel answered
 * inside an iteration.
 */
class FormingLayoutTest {
    private static final TestData.Points BLOBS = TestData.blobs(11, 4, 60, 5, 6, 1);

    /** Every hand-over: its iteration, total and a fingerprint of the copy it got. */
    private static final class Recorder implements LayoutListener {
        final List<int[]> iterations = new ArrayList<>();
        final List<double[]> layouts = new ArrayList<>();
        private final boolean scribble;

        Recorder(boolean scribble) {
            this.scribble = scribble;
        }

        @Override
        public void formed(double[] xy, int iteration, int total) {
            iterations.add(new int[] {iteration, total});
            layouts.add(scribble ? xy.clone() : xy);
            if (scribble) {
                Arrays.fill(xy, Double.NaN); // the copy is the listener's: scribbling on it must not reach the result
            }
        }
    }

    private static TsneOptions tsneOptions(int threads) {
        return TsneOptions.defaults(3, threads).withPerplexity(10).withIterations(120)
                .withGradient(TsneOptions.Gradient.INTERPOLATION);
    }

    @Test
    void tsneHandsOverEveryIterationButTheLastAndEndsBitIdentical() {
        Projection2D alone = Tsne.fit(BLOBS.x(), BLOBS.n(), BLOBS.d(), tsneOptions(2), ProgressListener.NONE,
                CancellationToken.NEVER);
        Recorder heard = new Recorder(true);
        Projection2D watched = Tsne.fit(BLOBS.x(), BLOBS.n(), BLOBS.d(), tsneOptions(2), ProgressListener.NONE,
                heard, 0, CancellationToken.NEVER);
        assertArrayEquals(alone.xy(), watched.xy(), 0.0);
        assertEquals(Double.doubleToLongBits(alone.klDivergence()), Double.doubleToLongBits(watched.klDivergence()));
        assertEquals(119, heard.iterations.size(), "iterations 1..119; the 120th layout is the result itself");
        for (int h = 0; h < heard.iterations.size(); h++) {
            assertArrayEquals(new int[] {h + 1, 120}, heard.iterations.get(h));
            assertEquals(2 * BLOBS.n(), heard.layouts.get(h).length);
        }
    }

    @Test
    void tsneFormingLayoutIsTheLayoutOfThatIteration() {
        Recorder heard = new Recorder(false);
        Tsne.fit(BLOBS.x(), BLOBS.n(), BLOBS.d(), tsneOptions(1), ProgressListener.NONE, heard, 0,
                CancellationToken.NEVER);
        // 60 iterations run alone end where the 60th hand-over of the full run stood (the schedule does not look
        // ahead: exaggeration and momentum depend on the iteration only).
        Projection2D sixty = Tsne.fit(BLOBS.x(), BLOBS.n(), BLOBS.d(), tsneOptions(1).withIterations(60),
                ProgressListener.NONE, CancellationToken.NEVER);
        assertArrayEquals(sixty.xy(), heard.layouts.get(59), 0.0);
    }

    @Test
    void throttledHandOversComeNoFasterThanTheInterval() {
        List<Long> at = new ArrayList<>();
        LayoutSnapshots snapshots = new LayoutSnapshots((xy, iteration, total) -> at.add(System.nanoTime()),
                20_000_000L);
        long start = System.nanoTime();
        double[] y = new double[8];
        int iteration = 0;
        while (System.nanoTime() - start < 150_000_000L) {
            snapshots.offer(y, ++iteration, Integer.MAX_VALUE);
        }
        assertFalse(at.isEmpty());
        assertTrue(at.get(0) - start >= 20_000_000L, "the first only after one interval");
        for (int h = 1; h < at.size(); h++) {
            assertTrue(at.get(h) - at.get(h - 1) >= 20_000_000L, "hand-overs " + (h - 1) + " and " + h);
        }
        assertTrue(at.size() <= 8, at.size() + " hand-overs in 150 ms at one per 20 ms");
        int[] calls = {0};
        new LayoutSnapshots((xy, i, total) -> calls[0]++, 0).offer(y, 5, 5);
        assertEquals(0, calls[0], "the last iteration's layout is the result, never handed over as forming");
    }

    @Test
    void umapHandsOverTheFormingLayoutAndEndsBitIdentical() {
        UmapOptions options = UmapOptions.defaults(5).withNeighbours(10);
        Projection2D alone = UmapEmbedding.fit(BLOBS.x(), BLOBS.n(), BLOBS.d(), options, 2, ProgressListener.NONE,
                CancellationToken.NEVER);
        Recorder heard = new Recorder(true);
        Projection2D watched = UmapEmbedding.fit(BLOBS.x(), BLOBS.n(), BLOBS.d(), options, 2, ProgressListener.NONE,
                heard, 0, CancellationToken.NEVER);
        assertArrayEquals(alone.xy(), watched.xy(), 0.0);
        int epochs = options.epochsFor(BLOBS.n());
        assertEquals(epochs - 1, heard.iterations.size());
        assertArrayEquals(new int[] {1, epochs}, heard.iterations.get(0));
    }

    @Test
    void umapOfDuplicatesHandsOverEveryPointOnItsTwin() {
        int n = BLOBS.n() + 20;
        double[] x = Arrays.copyOf(BLOBS.x(), n * BLOBS.d());
        System.arraycopy(BLOBS.x(), 0, x, BLOBS.n() * BLOBS.d(), 20 * BLOBS.d()); // rows 240.. repeat rows 0..19
        List<double[]> layouts = new ArrayList<>();
        UmapEmbedding.fit(x, n, BLOBS.d(), UmapOptions.defaults(5).withNeighbours(10), 1, ProgressListener.NONE,
                (xy, iteration, total) -> layouts.add(xy), 0, CancellationToken.NEVER);
        assertFalse(layouts.isEmpty());
        for (double[] xy : layouts) {
            assertEquals(2 * n, xy.length);
            for (int i = 0; i < 20; i++) {
                assertEquals(xy[2 * i], xy[2 * (BLOBS.n() + i)], 0.0);
                assertEquals(xy[2 * i + 1], xy[2 * (BLOBS.n() + i) + 1], 0.0);
            }
        }
    }

    /**
     * A cancel that comes while iteration 11 runs (the third poll after iteration 10 ended) stops t-SNE inside it:
     * iteration 11 never completes. Polled once an iteration, as before, it would have completed.
     */
    @Test
    void tsneCancelStopsInsideTheIterationItCameIn() {
        for (int threads : new int[] {1, 2}) {
            assertStopsInside("tsne", threads, (progress, cancel) -> Tsne.fit(BLOBS.x(), BLOBS.n(), BLOBS.d(),
                    tsneOptions(threads), progress, cancel));
        }
    }

    @Test
    void umapCancelStopsInsideTheEpochItCameIn() {
        for (int threads : new int[] {1, 2}) {
            assertStopsInside("umap", threads, (progress, cancel) -> UmapEmbedding.fit(BLOBS.x(), BLOBS.n(),
                    BLOBS.d(), UmapOptions.defaults(5).withNeighbours(10), threads, progress, cancel));
        }
    }

    private interface Run {
        void run(ProgressListener progress, CancellationToken cancel);
    }

    private static void assertStopsInside(String stage, int threads, Run run) {
        AtomicInteger lastDone = new AtomicInteger();
        AtomicLong pollsSinceArmed = new AtomicLong(-1);
        ProgressListener progress = (name, done, total, message) -> {
            if (name.equals(stage)) {
                lastDone.set((int) done);
                if (done == 10) {
                    pollsSinceArmed.set(0);
                }
            }
        };
        // Up from the third poll after iteration 10: the first is the poll between iterations.
        CancellationToken cancel = () -> pollsSinceArmed.get() >= 0 && pollsSinceArmed.incrementAndGet() >= 3;
        assertThrows(CancelledException.class, () -> run.run(progress, cancel), stage + ", " + threads + " threads");
        assertEquals(10, lastDone.get(), stage + ", " + threads + " threads: iteration 11 was stopped inside");
    }
}
