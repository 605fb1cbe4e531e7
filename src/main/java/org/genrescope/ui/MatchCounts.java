package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genrescope.data.TrackTable;

/**
 * In which columns a search's rows matched: for each searched column (id, title, artist, album, genre, the Data
 * tab's order), how many of the listed rows have a cell there that {@link SearchMatch} marks. A row counts in every
 * column that matches, so the counts may add up to more than the rows. Shown beside the count, so that a row found
 * by a cut title or by the album (off-screen at 1024 x 700) has its reason said (new user, session 14).
 *
 * @param search the search's text as typed
 * @param counts per column, in {@link #COLUMNS}' order
 */
record MatchCounts(String search, int[] counts) {
    /** The searched columns, in the table's order. */
    static final List<String> COLUMNS = List.of("id", "title", "artist", "album", "genre");

    /**
     * Counts, over {@code rows} (indexes into {@code tracks}), the cells of each searched column that {@code match}
     * marks. One pass over the rows: about 5 string scans per row (about 0.1 s for a million rows that all match,
     * off the FX thread).
     */
    static MatchCounts of(TrackTable tracks, int[] rows, String search, SearchMatch match) {
        int[] counts = new int[COLUMNS.size()];
        String[] albums = tracks.albums();
        for (int i : rows) {
            counts[0] += match.inId(tracks.idText(i)) ? 1 : 0;
            counts[1] += match.inText(tracks.title(i)) ? 1 : 0;
            counts[2] += match.inText(tracks.artist(i)) ? 1 : 0;
            counts[3] += albums != null && match.inText(albums[i]) ? 1 : 0;
            counts[4] += match.inText(tracks.genre(i)) ? 1 : 0;
        }
        return new MatchCounts(search, counts);
    }

    /**
     * The words after the row count ("312 tracks of 12,584"): {@code match: genre 280, title 40}, the columns with the
     * most matches first (ties in the table's order), those without any left out; empty when none matched. Short, as
     * it shares the search box's line (the box shows the searched text).
     */
    String text() {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                order.add(c);
            }
        }
        order.sort((a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < order.size(); k++) {
            s.append(k == 0 ? "match: " : ", ").append(String.format(Locale.ROOT, "%s %,d", COLUMNS.get(order.get(k)),
                    counts[order.get(k)]));
        }
        return s.toString();
    }
}
