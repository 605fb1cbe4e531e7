package org.genrescope.data;

import java.util.Arrays;

/**
 * The track ids of {@code tracks.csv} in reading order, each with the line it was read on and its row in the table
 * (or none, when the track was dropped), in primitive arrays.
 *
 * <p>Why not a {@code HashMap<Long, Integer>}: at a million tracks the two maps the reader kept (id to line, id to
 * row) held six objects per track (two entries, two boxed ids, a boxed line and row) for the whole load, and every
 * young collection of the load copied them again: most of the collector's pauses while a million rows loaded
 * (docs/benchmarks.md, "Loading and the Data tab without stalls"). Here a track costs three array slots.
 * Open addressing with linear probing, at most half full.
 */
final class TrackIdIndex {
    private static final long NO_LINE = -1;
    /** {@code slots[i]}: the record (from 1) whose id is {@code keys[i]}; 0 for a free slot. */
    private long[] keys;
    private int[] slots;
    private long[] lines;
    private int[] rows;
    private int records;

    /** An index sized for about {@code expectedRecords} ids (it grows past them). */
    TrackIdIndex(int expectedRecords) {
        int capacity = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 29, 2L * expectedRecords)) - 1) << 1;
        keys = new long[capacity];
        slots = new int[capacity];
        int records = Math.max(16, Math.min(expectedRecords, 1 << 28));
        lines = new long[records];
        rows = new int[records];
    }

    /**
     * Adds the id of a record read on {@code line}, with no row yet.
     *
     * @return -1 when the id is new; else the line where it was first read (and nothing is added)
     */
    long add(long id, long line) {
        int at = find(id);
        if (slots[at] != 0) {
            return lines[slots[at] - 1];
        }
        if (records == lines.length) {
            lines = Arrays.copyOf(lines, 2 * records);
            rows = Arrays.copyOf(rows, 2 * records);
        }
        lines[records] = line;
        rows[records] = -1;
        records++;
        keys[at] = id;
        slots[at] = records;
        if (2 * records > keys.length) {
            rehash();
        }
        return NO_LINE;
    }

    /** Gives the record added last the row {@code row} of the table. */
    void keepLast(int row) {
        rows[records - 1] = row;
    }

    /** The row of the track with this id; -1 when no record had it, or its track was dropped. */
    int rowOf(long id) {
        int slot = slots[find(id)];
        return slot == 0 ? -1 : rows[slot - 1];
    }

    /** The slot holding {@code id}, or the free slot where it belongs. */
    private int find(long id) {
        int mask = keys.length - 1;
        int at = mix(id) & mask;
        while (slots[at] != 0 && keys[at] != id) {
            at = (at + 1) & mask;
        }
        return at;
    }

    /** Spreads ids that are consecutive numbers (as FMA's are) over the table (the 64-bit golden-ratio multiplier). */
    private static int mix(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[2 * oldKeys.length];
        slots = new int[2 * oldSlots.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldSlots[i] != 0) {
                int at = find(oldKeys[i]);
                keys[at] = oldKeys[i];
                slots[at] = oldSlots[i];
            }
        }
    }
}
