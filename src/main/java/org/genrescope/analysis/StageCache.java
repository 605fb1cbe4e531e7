package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the most recent results of one pipeline stage by the settings that determine them, so a
 * changed setting recomputes only the stages it invalidates. The least recently used entry goes first when the
 * cache is full. The pipeline applies a run's reads and writes only when the run completes, so a cancelled or
 * failed run leaves the cache as it was (ADR 0008).
 */
final class StageCache<K, V> {
    private final int capacity;
    private final Map<K, V> entries;

    StageCache(int capacity) {
        this.capacity = capacity;
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
        while (entries.size() > capacity) {
            K eldest = entries.keySet().iterator().next();
            entries.remove(eldest);
        }
    }

    synchronized void clear() {
        entries.clear();
    }
}
