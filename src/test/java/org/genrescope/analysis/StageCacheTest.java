package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The least recently used entry goes first: past the capacity, or past the floor when over the memory budget. */
class StageCacheTest {
    @Test
    void pastItsCapacityTheLeastRecentlyUsedGoes() {
        StageCache<String, Integer> cache = new StageCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.touch("a");
        cache.put("c", 3);
        assertEquals(List.of("a", "c"), cache.keys());
        assertNull(cache.peek("b"));
    }

    @Test
    void overItsBudgetItKeepsOnlyItsFloor() {
        long[] budget = {100};
        StageCache<String, Long> cache = new StageCache<>(10, 2, Long::longValue, () -> budget[0]);
        cache.put("a", 30L);
        cache.put("b", 30L);
        cache.put("c", 30L);
        assertEquals(List.of("a", "b", "c"), cache.keys(), "90 bytes of 100: all kept");
        cache.put("d", 30L);
        assertEquals(List.of("b", "c", "d"), cache.keys(), "120 bytes: the eldest goes until they fit");
        cache.put("e", 500L);
        assertEquals(List.of("d", "e"), cache.keys(), "the floor's two most recent stay whatever they weigh");
        budget[0] = 10_000;
        cache.put("f", 1L);
        assertEquals(List.of("d", "e", "f"), cache.keys(), "the budget is read at each put");
    }

    @Test
    void theCapacityHoldsWithinTheBudget() {
        StageCache<Integer, Long> cache = new StageCache<>(3, 1, Long::longValue, () -> Long.MAX_VALUE);
        for (int i = 0; i < 5; i++) {
            cache.put(i, 1L);
        }
        assertEquals(List.of(2, 3, 4), cache.keys());
    }

    @Test
    void aCacheKeepsAtLeastOneEntry() {
        assertThrows(IllegalArgumentException.class, () -> new StageCache<String, Long>(2, 0, v -> 0, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> new StageCache<String, Long>(1, 2, v -> 0, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> new StageCache<String, Long>(0));
    }
}
