package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackRowsTest {

    /** new String(...): equal texts read from different lines, as the CSV reader makes them. */
    private static String read(String text) {
        return new String(text.toCharArray());
    }

    @Test
    void equalGenresArtistsAndAlbumsShareOneInstanceTitlesDoNot() {
        TrackRows rows = new TrackRows(1, 2);
        rows.add(1, read("Rock"), false, read("Song"), read("Artist"), read("Album"), 2001);
        rows.add(2, read("Rock"), false, read("Song"), read("Artist"), null, 2002);
        TrackTable table = rows.toTable("test", List.of("f"), 2, Map.of());
        assertSame(table.genre(0), table.genre(1));
        assertSame(table.artist(0), table.artist(1));
        assertEquals("Album", table.albums()[0]);
        assertNull(table.albums()[1]);
        assertEquals(table.title(0), table.title(1));
        assertNotSame(table.title(0), table.title(1), "titles are nearly all distinct: not pooled");
    }

    @Test
    void pastThePoolsBoundTextsAreKeptAsRead() {
        int n = TrackRows.POOLED_TEXTS + 10;
        TrackRows rows = new TrackRows(1); // from the smallest size: the columns grow past it
        for (int i = 0; i < n; i++) {
            rows.add(i, "g", false, "t" + i, "artist " + i, read("artist " + i), i);
        }
        rows.add(n, "g", false, "t", read("artist 3"), read("artist " + (n - 1)), 0);
        TrackTable table = rows.toTable("test", List.of("f"), n + 1, Map.of());
        assertEquals(n + 1, table.rows());
        assertEquals("artist " + (n - 1), table.albums()[n - 1]);
        assertSame(table.artist(3), table.artist(n), "pooled while the pool had room");
        assertEquals(table.albums()[n - 1], table.albums()[n]);
        assertNotSame(table.albums()[n - 1], table.albums()[n], "read after the pool was full: kept as read");
        assertEquals(n - 1, table.years()[n - 1]);
    }

    /**
     * A full block is the smallest power of two of rows, at least 4,096, whose doubles pass half a G1 region (then G1
     * allocates it as humongous and never copies it): with 1 MB, 16,384 rows of 9 features (1,179,648 bytes; 8,192
     * rows would be 589,824).
     */
    @Test
    void aFullBlockIsJustLargeEnoughForG1NotToCopyIt() {
        for (int features : new int[] {1, 9, 16, 128, 518}) {
            long bytes = 8L * TrackRows.blockRows(features) * features;
            assertTrue(bytes > TrackRows.HUMONGOUS_BYTES, features + " features: " + bytes + " bytes");
            assertTrue(TrackRows.blockRows(features) == TrackRows.MIN_BLOCK_ROWS
                    || bytes / 2 <= TrackRows.HUMONGOUS_BYTES, features + " features: twice what is needed");
            assertEquals(1, Integer.bitCount(TrackRows.blockRows(features)));
        }
        if (TrackRows.HUMONGOUS_BYTES == 1 << 20) {
            assertEquals(16_384, TrackRows.blockRows(9));
        }
        assertEquals(TrackRows.MIN_BLOCK_ROWS, TrackRows.blockRows(518));
    }

    /** Rows across three full blocks and into a fourth, some dropped: each keeps its own features, in order. */
    @Test
    void featuresAcrossBlocksKeepTheirRows() {
        int features = 9;
        int n = 3 * TrackRows.blockRows(features) + 123;
        TrackRows rows = new TrackRows(features);
        java.util.BitSet keep = new java.util.BitSet();
        for (int i = 0; i < n; i++) {
            int row = rows.add(i, "g", false, null, null, null, 0);
            for (int f = 0; f < features; f++) {
                rows.setFeature(row, f, i * 10.0 + f);
            }
            keep.set(i, i % 7 != 3);
        }
        rows.dropRowsNotIn(keep, DropReasons.NO_AUDIO_FEATURES);
        TrackTable table = rows.toTable("test", java.util.Collections.nCopies(features, "f"), n, Map.of());
        assertEquals(keep.cardinality(), table.rows());
        int out = 0;
        for (int i = 0; i < n; i++) {
            if (keep.get(i)) {
                assertEquals(i, table.trackId(out));
                for (int f = 0; f < features; f++) {
                    assertEquals(i * 10.0 + f, table.feature(out, f), "track " + i + ", feature " + f);
                }
                out++;
            }
        }
    }
}
