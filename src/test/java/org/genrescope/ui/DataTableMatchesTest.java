package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genrescope.data.TrackTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counts beside the Data tab's row count say in which columns the listed rows matched the search; each is checked
 * against a count by hand over the data's columns (new user, session 14: rows seemed not to match).
 */
class DataTableMatchesTest {
    private static WorkbenchViewModel vm;

    @BeforeAll
    static void trainOnTheSample() {
        vm = Fixtures.trainedOnTheSample();
    }

    @Test
    void theCountsPerColumnAreThoseCountedByHand() {
        DataTableViewModel table = new DataTableViewModel(vm, new CallingThreadRunner());
        TrackTable tracks = vm.dataProperty().get().tracks();
        String genre = tracks.genre(0);
        String titleWord = tracks.title(3).split(" ")[0];
        String album = firstAlbum(tracks);
        String[] searches = {genre, genre.substring(0, 2).toUpperCase(Locale.ROOT), "an", titleWord, album,
                tracks.idText(5), " " + tracks.artist(2) + " "};
        int columnsSeen = 0;
        for (String search : searches) {
            table.searchProperty().set(search);
            Map<String, Integer> expected = byHand(tracks, search);
            Map<String, Integer> shown = parse(table.matchTextProperty().get());
            assertEquals(expected, shown, "search '" + search + "': " + table.matchTextProperty().get());
            columnsSeen += shown.size();
            int listed = table.rows().size();
            assertTrue(listed > 0, search);
            assertTrue(shown.values().stream().allMatch(n -> n <= listed), "no column has more than the rows");
            // every listed row matched in a column, so the counts cover it (a row counts in each column it matched)
            for (int i : table.rows()) {
                assertTrue(matchesSomewhere(tracks, i, search), "row " + i + " listed for '" + search + "'");
            }
            assertEquals(countOfRowsMatching(tracks, search), listed, "rows listed for '" + search + "'");
        }
        assertTrue(columnsSeen >= 8, "several columns counted over the searches: " + columnsSeen);
        table.searchProperty().set("");
        assertEquals("", table.matchTextProperty().get(), "no search, no counts");
        table.searchProperty().set("no track has this text 9q9q");
        assertEquals(0, table.rows().size());
        assertEquals("", table.matchTextProperty().get(), "no match, no counts");
    }

    @Test
    void theCountsAreWithinTheSelectionAndStayForANewSort() {
        DataTableViewModel table = new DataTableViewModel(vm, new CallingThreadRunner());
        TrackTable tracks = vm.dataProperty().get().tracks();
        int[] picked = java.util.stream.IntStream.range(0, 60).toArray();
        vm.select(picked);
        String genre = tracks.genre(1);
        table.searchProperty().set(genre);
        int inGenre = 0;
        for (int i : picked) {
            inGenre += tracks.genre(i).toLowerCase(Locale.ROOT).contains(genre.toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        assertEquals(inGenre, parse(table.matchTextProperty().get()).get("genre"), table.matchTextProperty().get());
        String before = table.matchTextProperty().get();
        table.sortBy(java.util.List.of(new org.genrescope.data.TrackFrame.SortKey("title", false)));
        assertEquals(before, table.matchTextProperty().get(), "the same rows in another order, the same counts");
        vm.select(new int[0]);
        assertTrue(parse(table.matchTextProperty().get()).get("genre") > inGenre, "over every track, more");
    }

    @Test
    void theCellsMarkOfTheShownRowsFollowsTheirSearchNotTheTypedText() {
        QueuedRunner runner = new QueuedRunner();
        DataTableViewModel table = new DataTableViewModel(vm, runner);
        table.searchProperty().set("an");
        runner.runAll();
        assertEquals("an", table.shownMatchProperty().get().needle());
        table.searchProperty().set("ANT");
        assertEquals("an", table.shownMatchProperty().get().needle(), "the rows shown are still those of 'an'");
        runner.runAll();
        assertEquals("ant", table.shownMatchProperty().get().needle());
    }

    @Test
    void theRowsComeFirstTheCountsAfterAndANewSortKeepsThem() {
        QueuedRunner runner = new QueuedRunner();
        DataTableViewModel table = new DataTableViewModel(vm, runner);
        table.searchProperty().set("an");
        runner.runOldest(); // the rows
        assertTrue(table.rows().size() > 0);
        assertEquals("", table.matchTextProperty().get(), "no counts until they are counted (not an older search's)");
        assertEquals(1, runner.pending(), "the counting, queued after the rows");
        runner.runAll();
        String counts = table.matchTextProperty().get();
        assertTrue(counts.startsWith("match: "), counts);
        table.sortBy(java.util.List.of(new org.genrescope.data.TrackFrame.SortKey("genre", true)));
        runner.runOldest();
        assertEquals(0, runner.pending(), "the same rows in another order: nothing to count again");
        assertEquals(counts, table.matchTextProperty().get());
        table.searchProperty().set("e");
        table.searchProperty().set("an"); // the newer search's rows and counts only
        runner.runAll();
        assertEquals(counts, table.matchTextProperty().get());
    }

    /** Per searched column, how many rows match there (lower-cased contains; a whole-number id: equals). */
    private static Map<String, Integer> byHand(TrackTable tracks, String search) {
        String needle = search.trim().toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < tracks.rows(); i++) {
            add(counts, "id", tracks.idTexts() == null ? tracks.idText(i).equals(needle)
                    : lower(tracks.idText(i)).contains(needle));
            add(counts, "title", lower(tracks.title(i)).contains(needle));
            add(counts, "artist", lower(tracks.artist(i)).contains(needle));
            add(counts, "album", lower(tracks.albums()[i]).contains(needle));
            add(counts, "genre", lower(tracks.genre(i)).contains(needle));
        }
        return counts;
    }

    private static boolean matchesSomewhere(TrackTable tracks, int i, String search) {
        String needle = search.trim().toLowerCase(Locale.ROOT);
        return tracks.idText(i).equals(needle) || lower(tracks.title(i)).contains(needle)
                || lower(tracks.artist(i)).contains(needle) || lower(tracks.albums()[i]).contains(needle)
                || lower(tracks.genre(i)).contains(needle);
    }

    private static long countOfRowsMatching(TrackTable tracks, String search) {
        return java.util.stream.IntStream.range(0, tracks.rows()).filter(i -> matchesSomewhere(tracks, i, search))
                .count();
    }

    private static void add(Map<String, Integer> counts, String column, boolean match) {
        if (match) {
            counts.merge(column, 1, Integer::sum);
        }
    }

    /** "match: genre 4,877, title 57" as {genre=4877, title=57}. */
    private static Map<String, Integer> parse(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\w+) ([\\d,]+)").matcher(text);
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(2).replace(",", "")));
        }
        return counts;
    }

    private static String firstAlbum(TrackTable tracks) {
        for (String a : tracks.albums()) {
            if (a != null && a.length() > 4) {
                return a;
            }
        }
        throw new AssertionError("the sample has albums");
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** An empty table names the search that left it empty; no word while rows are being listed. */
    @Test
    void anEmptyTableNamesTheSearchThatEmptiedIt() {
        DataTableViewModel table = new DataTableViewModel(vm, new CallingThreadRunner());
        javafx.beans.binding.StringBinding empty = table.emptyText();
        table.searchProperty().set("  zzqx no such text ");
        assertEquals(0, table.rows().size(), "the premise: nothing matches");
        assertEquals("No track matches \u201Czzqx no such text\u201D. Clear the search to list every track.",
                empty.get());
        table.searchProperty().set("");
        assertEquals("No tracks", empty.get(), "no search: the plain words (shown only if the data has no rows)");
    }
}
