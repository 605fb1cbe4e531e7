package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The frame against the plain row-by-row search and a stable Java sort it replaces. */
class TrackFrameTest {
    private static TrackTable tracks;
    private static TrackFrame frame;

    @BeforeAll
    static void load() throws Exception {
        tracks = DataLoader.load(SharedData.sample(), ImportOptions.defaults(), ProgressListener.NONE,
                CancellationToken.NEVER);
        frame = TrackFrame.of(tracks);
    }

    /** The search the Data tab did before: every row, every field lower-cased on each query. */
    static int[] bruteForce(TrackTable t, String search, int[] within) {
        String needle = search.trim().toLowerCase(Locale.ROOT);
        IntStream rows = within == null ? IntStream.range(0, t.rows()) : IntStream.of(within).sorted().distinct();
        return rows.filter(i -> needle.isEmpty() || contains(t.titles()[i], needle) || contains(t.artists()[i], needle)
                || contains(t.genres()[i], needle) || contains(t.albums()[i], needle)
                || Long.toString(t.trackIds()[i]).equals(needle)).toArray();
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    @Test
    void searchFindsTheSameRowsAsTheRowByRowScan() {
        String id = Long.toString(tracks.trackIds()[41]);
        String artist = tracks.artists()[7];
        for (String needle : List.of("", "  ", "a", "ro", "ROCK", "Hip-", "é", ", ", id, "0" + id, "zzzz",
                artist.toUpperCase(Locale.ROOT), " " + artist.substring(1, 4) + " ")) {
            assertArrayEquals(bruteForce(tracks, needle, null), frame.rows(needle, null, List.of()), "search '" + needle + "'");
        }
        assertEquals(tracks.rows(), frame.rows("", null, List.of()).length);
        assertArrayEquals(new int[] {41}, frame.rows(id, null, List.of()));
    }

    /**
     * Text ids (Kaggle's Spotify layout): searched in part and ignoring case like the other fields, never matched
     * by the row numbers that stand in for them, and sorted as text.
     */
    @Test
    void textIdsAreSearchedAndSortedAsTheFileWritesThem() throws Exception {
        TrackTable spotify = DataLoader.load(ReadingCasesTest.caseFile("kaggle-spotify-layout/dataset.csv"),
                ImportOptions.defaults(), ProgressListener.NONE, CancellationToken.NEVER);
        TrackFrame f = TrackFrame.of(spotify);
        for (String needle : List.of("7NWpa", "7nwpa6pnfbjjyiw8b1a2b0", "2", "12", "b", "Singer 1", "zzzz")) {
            String n = needle.toLowerCase(Locale.ROOT);
            int[] expected = IntStream.range(0, spotify.rows()).filter(i -> contains(spotify.titles()[i], n)
                    || contains(spotify.artists()[i], n) || contains(spotify.genres()[i], n)
                    || contains(spotify.albums()[i], n) || contains(spotify.idText(i), n)).toArray();
            assertArrayEquals(expected, f.rows(needle, null, List.of()), "search '" + needle + "'");
        }
        assertArrayEquals(new int[] {0}, f.rows("7NWpa", null, List.of()));
        // the layout's album_name is the album (session 15): searched, and sorted as text
        int[] vol3 = IntStream.range(0, spotify.rows()).filter(i -> "Album, vol. 3".equals(spotify.albums()[i])).toArray();
        assertEquals(8, vol3.length);
        assertArrayEquals(vol3, f.rows("VOL. 3", null, List.of()));
        Integer[] every = IntStream.range(0, spotify.rows()).boxed().toArray(Integer[]::new);
        assertArrayEquals(sorted(every,
                        Comparator.comparing((Integer i) -> spotify.albums()[i], DataTabTextOrder.ORDER).reversed()),
                f.rows("", null, List.of(new TrackFrame.SortKey(TrackFrame.ALBUM, false))));
        Integer[] all = IntStream.range(0, spotify.rows()).boxed().toArray(Integer[]::new);
        assertArrayEquals(sorted(all, Comparator.comparing(spotify::idText, DataTabTextOrder.ORDER)),
                f.rows("", null, List.of(new TrackFrame.SortKey(TrackFrame.ID, true))));
    }

    @Test
    void searchWithinASelectionKeepsOnlySelectedRows() {
        int[] within = {27, 3, 9, 5000, -1, 1500};
        assertArrayEquals(new int[] {3, 9, 27, 1500}, frame.rows("", within, List.of()));
        assertArrayEquals(bruteForce(tracks, "o", new int[] {3, 9, 27, 1500}), frame.rows("o", within, List.of()));
        assertArrayEquals(new int[0], frame.rows("", new int[0], List.of()));
    }

    @Test
    void sortsLikeAStableSortOnTheShownValues() {
        Integer[] all = IntStream.range(0, tracks.rows()).boxed().toArray(Integer[]::new);
        Comparator<Integer> byArtist = Comparator.comparing(i -> nonNull(tracks.artists()[i]), DataTabTextOrder.ORDER);
        Comparator<Integer> byTempoDescending = Comparator.comparingDouble(
                (Integer i) -> tracks.features()[i * 8 + 6]).reversed();
        assertArrayEquals(sorted(all, byArtist.thenComparing(byTempoDescending)), frame.rows("", null, List.of(
                new TrackFrame.SortKey(TrackFrame.ARTIST, true),
                new TrackFrame.SortKey("echonest.audio_features.tempo", false))));
        Comparator<Integer> byGenreDescending = Comparator.comparing((Integer i) -> nonNull(tracks.genres()[i]),
                DataTabTextOrder.ORDER).reversed();
        assertArrayEquals(sorted(all, byGenreDescending), frame.rows("", null,
                List.of(new TrackFrame.SortKey(TrackFrame.GENRE, false))), "ties keep row order");
        assertThrows(IllegalArgumentException.class,
                () -> frame.rows("", null, List.of(new TrackFrame.SortKey("nope", true))));
    }

    @Test
    void aRememberedSortFilteredByTheSearchIsTheSearchSorted() {
        List<TrackFrame.SortKey> byTempo = List.of(new TrackFrame.SortKey("echonest.audio_features.tempo", false));
        int[] all = frame.rows("", null, byTempo);
        for (String needle : List.of("o", "ro", "rock")) {
            java.util.Set<Integer> hits = java.util.Arrays.stream(bruteForce(tracks, needle, null)).boxed()
                    .collect(java.util.stream.Collectors.toSet());
            int[] want = java.util.Arrays.stream(all).filter(hits::contains).toArray();
            assertArrayEquals(want, frame.rows(needle, null, byTempo), needle);
        }
        all[0] = -5; // the caller's copy, not the frame's memo
        assertEquals(frame.rows("", null, byTempo)[1], frame.rows("", null, byTempo)[1]);
        org.junit.jupiter.api.Assertions.assertNotEquals(-5, frame.rows("", null, byTempo)[0]);
    }

    @Test
    void sortsByClustersOnceGiven() {
        int[] labels = IntStream.range(0, tracks.rows()).map(i -> (i * 7) % 5 - 1).toArray();
        TrackFrame clustered = frame.withClusters(labels);
        Integer[] all = IntStream.range(0, tracks.rows()).boxed().toArray(Integer[]::new);
        assertArrayEquals(sorted(all, Comparator.comparingInt(i -> labels[i])),
                clustered.rows("", null, List.of(new TrackFrame.SortKey(TrackFrame.CLUSTER, true))));
        assertThrows(IllegalArgumentException.class, () -> frame.rows("", null,
                List.of(new TrackFrame.SortKey(TrackFrame.CLUSTER, true))), "no clusters before training");
        assertThrows(IllegalArgumentException.class, () -> frame.withClusters(new int[3]));
    }

    private static int[] sorted(Integer[] rows, Comparator<Integer> order) {
        Integer[] copy = rows.clone();
        java.util.Arrays.sort(copy, order); // stable: ties stay in row order
        return java.util.Arrays.stream(copy).mapToInt(Integer::intValue).toArray();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
