package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
