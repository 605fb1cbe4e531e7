package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** A drawing's bands run on the workers too, except inside {@link RasterBands#alone}; every band is drawn once. */
class RasterBandsTest {
    private static final int BANDS = 64;

    @Test
    void aloneEveryBandIsDrawnOnTheCallingThread() {
        assumeTrue(RasterBands.MOST >= 2, "one core: no band workers");
        int[] edges = edges();
        // the premise: with the workers, some bands run on another thread (each band takes 5 ms, so the workers
        // start before the caller is through them)
        Set<Thread> shared = ConcurrentHashMap.newKeySet();
        int[] rows = new int[10 * BANDS];
        RasterBands.draw(edges, (top, bottom) -> band(shared, rows, top, bottom));
        assertTrue(shared.size() > 1, "the workers drew some bands: " + shared);
        assertRowsDrawnOnce(rows, 1);

        Set<Thread> alone = ConcurrentHashMap.newKeySet();
        RasterBands.alone(() -> RasterBands.draw(edges, (top, bottom) -> band(alone, rows, top, bottom)));
        assertEquals(Set.of(Thread.currentThread()), alone);
        assertRowsDrawnOnce(rows, 2);

        Set<Thread> after = ConcurrentHashMap.newKeySet();
        RasterBands.draw(edges, (top, bottom) -> band(after, rows, top, bottom));
        assertTrue(after.size() > 1, "alone only within its work: " + after);
    }

    /**
     * A thread with workers of its own has its bands drawn by threads it started (here seen by an inheritable
     * thread-local, as Linux passes on a thread's nice value), not by the shared workers; other threads keep these.
     */
    @Test
    void ownWorkersAreStartedByTheirThreadAndDrawOnlyItsBands() throws Exception {
        assumeTrue(RasterBands.MOST >= 2, "one core: no band workers");
        int[] edges = edges();
        Set<Thread> shared = ConcurrentHashMap.newKeySet();
        int[] sharedRows = new int[10 * BANDS];
        RasterBands.draw(edges, (top, bottom) -> band(shared, sharedRows, top, bottom));

        InheritableThreadLocal<String> startedBy = new InheritableThreadLocal<>();
        Set<Thread> own = ConcurrentHashMap.newKeySet();
        Set<String> ownStarters = ConcurrentHashMap.newKeySet();
        int[] ownRows = new int[10 * BANDS];
        Thread owner = new Thread(() -> {
            startedBy.set("owner");
            RasterBands.ownWorkers();
            RasterBands.draw(edges, (top, bottom) -> {
                ownStarters.add(String.valueOf(startedBy.get()));
                band(own, ownRows, top, bottom);
            });
        }, "band-owner");
        owner.start();
        owner.join();
        assertRowsDrawnOnce(ownRows, 1);
        assertTrue(own.size() > 1, "its workers drew some bands: " + own);
        assertEquals(Set.of("owner"), ownStarters, "every band on the owner or a thread it started");
        assertTrue(own.stream().filter(t -> t != owner).noneMatch(shared::contains),
                "none on the shared workers: " + own + " against " + shared);

        Set<Thread> after = ConcurrentHashMap.newKeySet();
        RasterBands.draw(edges, (top, bottom) -> band(after, sharedRows, top, bottom));
        assertTrue(after.stream().filter(t -> t != Thread.currentThread()).noneMatch(own::contains),
                "this thread still uses the shared workers: " + after);
    }

    /** {@value #BANDS} bands of 10 rows each. */
    private static int[] edges() {
        int[] edges = new int[BANDS + 1];
        for (int b = 0; b <= BANDS; b++) {
            edges[b] = 10 * b;
        }
        return edges;
    }

    private static void band(Set<Thread> threads, int[] rows, int top, int bottom) {
        threads.add(Thread.currentThread());
        for (int r = top; r < bottom; r++) {
            rows[r]++;
        }
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void assertRowsDrawnOnce(int[] rows, int times) {
        for (int r = 0; r < rows.length; r++) {
            assertEquals(times, rows[r], "row " + r);
        }
    }
}
