package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Remembers the most recent results of one pipeline stage by the settings that determine them, so a
 * changed setting recomputes only the stages it invalidates. The least recently used entry goes first when the
 * cache is full: past its number of entries, or, for a cache with a memory budget, when its entries together weigh
 * more than the budget and it holds more than its floor (the most recent entries it keeps whatever they weigh). The pipeline applies a run's reads and writes only when the
 * run completes, so a cancelled or failed run leaves the cache as it was (ADR 0008).
 */
final class StageCache<K, V> {
    private final int capacity;
    private final int floor;
    private final ToLongFunction<V> weight;
    private final LongSupplier budget;
    private final Map<K, V> entries;

    /** A cache of at most {@code capacity} entries. */
    StageCache(int capacity) {
        this(capacity, capacity, v -> 0, () -> Long.MAX_VALUE);
    }

    /**
     * A cache of at most {@code capacity} entries that keeps more than its {@code floor} most recent ones only while
     * their {@code weight}s (bytes) add up to at most {@code budget} (bytes, read at each put).
     *
     * @throws IllegalArgumentException if {@code floor} is not positive or {@code capacity} is below it
     */
    StageCache(int capacity, int floor, ToLongFunction<V> weight, LongSupplier budget) {
        if (floor <= 0 || capacity < floor) {
            throw new IllegalArgumentException("a stage cache keeps at least one entry and at most its capacity, not "
                    + floor + " of " + capacity);
        }
        this.capacity = capacity;
        this.floor = floor;
        this.weight = weight;
        this.budget = budget;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The value stored for the key, or null; does not count as a use. */
    synchronized V peek(K key) {
        for (Map.Entry<K, V> entry : entries.entrySet()) {
            if (entry.getKey().equals(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Marks the key as the most recently used, if it is stored. */
    synchronized void touch(K key) {
        entries.get(key); // an access-ordered map moves the entry to the end
    }

    /** The stored keys, least recently used first. */
    synchronized List<K> keys() {
        return new ArrayList<>(entries.keySet());
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
        long limit = budget.getAsLong();
        while (entries.size() > capacity || (entries.size() > floor && weight() > limit)) {
            K eldest = entries.keySet().iterator().next();
            entries.remove(eldest);
        }
    }

    /** The entries' weights added up, bytes. */
    private long weight() {
        long sum = 0;
        for (V v : entries.values()) {
            sum += weight.applyAsLong(v);
        }
        return sum;
    }

    synchronized void clear() {
        entries.clear();
    }
}
