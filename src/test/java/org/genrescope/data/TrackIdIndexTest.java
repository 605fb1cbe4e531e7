package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrackIdIndexTest {

    @Test
    void aNewIdIsAddedAndARepeatedOneNamesItsFirstLine() {
        TrackIdIndex index = new TrackIdIndex(0);
        assertEquals(-1, index.add(10, 4));
        assertEquals(-1, index.add(11, 5));
        assertEquals(4, index.add(10, 9));
        assertEquals(5, index.add(11, 12));
    }

    @Test
    void aRecordHasNoRowUntilItIsKept() {
        TrackIdIndex index = new TrackIdIndex(4);
        index.add(7, 4);
        assertEquals(-1, index.rowOf(7));
        index.keepLast(0);
        index.add(8, 5); // dropped: never kept
        index.add(9, 6);
        index.keepLast(1);
        assertEquals(0, index.rowOf(7));
        assertEquals(-1, index.rowOf(8));
        assertEquals(1, index.rowOf(9));
        assertEquals(-1, index.rowOf(123), "an id never read");
    }

    /** Against a HashMap, past several growths from a small size, with FMA-like consecutive and scattered ids. */
    @Test
    void agreesWithAHashMapPastItsGrowth() {
        TrackIdIndex index = new TrackIdIndex(3);
        Map<Long, Long> lines = new HashMap<>();
        Map<Long, Integer> rows = new HashMap<>();
        Random random = new Random(13);
        int row = 0;
        for (long line = 4; line < 60_000; line++) {
            long id = line % 3 == 0 ? random.nextInt(200_000) : line * 2;
            if (line % 7 == 0) {
                id = -id; // negative ids are numbers too
            }
            Long first = lines.putIfAbsent(id, line);
            assertEquals(first == null ? -1 : first, index.add(id, line), "id " + id);
            if (first == null && line % 5 != 0) {
                index.keepLast(row);
                rows.put(id, row++);
            }
        }
        for (long id = -130_000; id < 130_000; id++) {
            assertEquals(rows.getOrDefault(id, -1), index.rowOf(id), "id " + id);
        }
    }
}
