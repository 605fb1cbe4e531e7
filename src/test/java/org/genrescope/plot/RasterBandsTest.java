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
        int[] edges = new int[BANDS + 1];
        for (int b = 0; b <= BANDS; b++) {
            edges[b] = 10 * b;
        }
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
