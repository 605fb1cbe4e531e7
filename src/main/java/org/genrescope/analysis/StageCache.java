package org.genrescope.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the most recent results of one pipeline stage by the settings that determine them, so a
 * changed setting recomputes only the stages it invalidates. Only completed stages are stored: a
 * cancelled or failed stage leaves the cache as it was.
 */
final class StageCache<K, V> {
    private final int capacity;
    private final Map<K, V> entries;

    StageCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    synchronized V get(K key) {
        return entries.get(key);
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
