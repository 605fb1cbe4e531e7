package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Data tab lists every track or only the plot's selection, and listing every track keeps the selection: a new
 * user pressed "Show all" to see all rows and lost their lasso in the Clusters tab (session 13).
 */
class DataTableSelectionTest {
    private static WorkbenchViewModel vm;

    @BeforeAll
    static void trainOnTheSample() {
        vm = Fixtures.trainedOnTheSample();
    }

    @Test
    void everyTrackCanBeListedWhileTheSelectionStays() {
        DataTableViewModel table = new DataTableViewModel(vm, new CallingThreadRunner());
        int n = vm.dataProperty().get().rows();
        int[] picked = {1, 4, 9};
        vm.select(picked);
        assertEquals(List.of(1, 4, 9), List.copyOf(table.rows()), "a selection is listed on its own");
        assertEquals("3 tracks of 3 selected in the plot", table.countTextProperty().get());
        assertEquals("Only the 3 selected in the plot", table.onlySelectedTextProperty().get());

        table.onlySelectedProperty().set(false);
        assertEquals(n, table.rows().size(), "every track");
        assertEquals(String.format(Locale.ROOT, "%,d tracks of %,d", n, n), table.countTextProperty().get());
        assertArrayEquals(picked, vm.selectionProperty().get(), "the plot's selection is kept");

        table.onlySelectedProperty().set(true);
        assertEquals(List.of(1, 4, 9), List.copyOf(table.rows()), "the same selection, listed again");

        table.onlySelectedProperty().set(false);
        vm.select(new int[] {2, 5});
        assertTrue(table.onlySelectedProperty().get(), "a new selection is listed as one (as 'Show in Data tab' says)");
        assertEquals(List.of(2, 5), List.copyOf(table.rows()));
        assertEquals("Only the 2 selected in the plot", table.onlySelectedTextProperty().get());

        vm.select(new int[0]); // the one way to lose the selection: clearing it
        assertEquals(n, table.rows().size());
        assertEquals("No tracks selected in the plot", table.onlySelectedTextProperty().get());
        assertFalse(table.onlySelectedProperty().get(), "unticked while nothing is selected");
        assertFalse(new DataTableViewModel(vm, new CallingThreadRunner()).onlySelectedProperty().get(),
                "and unticked in a table made with nothing selected");
        vm.select(new int[] {3});
        assertTrue(table.onlySelectedProperty().get(), "ticked again by a new selection");
        assertEquals(List.of(3), List.copyOf(table.rows()));
        vm.select(new int[0]);
        assertEquals(String.format(Locale.ROOT, "%,d tracks of %,d", n, n), table.countTextProperty().get());
    }

    @Test
    void theSearchNarrowsTheSelectionOrEveryTrack() {
        DataTableViewModel table = new DataTableViewModel(vm, new CallingThreadRunner());
        DataSet data = vm.dataProperty().get();
        String genre = data.tracks().genre(0);
        int[] picked = java.util.stream.IntStream.range(0, 40).toArray();
        vm.select(picked);
        table.searchProperty().set(genre);
        long inSelection = java.util.stream.IntStream.of(picked).filter(i -> genre.equals(data.tracks().genre(i))
                || contains(data, i, genre)).count();
        assertEquals(inSelection, table.rows().size(), "the search within the selection");
        table.onlySelectedProperty().set(false);
        long inAll = java.util.stream.IntStream.range(0, data.rows()).filter(i -> contains(data, i, genre)).count();
        assertEquals(inAll, table.rows().size(), "the search over every track");
        assertFalse(inAll == inSelection, "the two differ (else this test checks nothing)");
        vm.select(new int[0]);
    }

    /** Whether row {@code i}'s searched texts (its title, artist, album, genre) contain {@code text}, by hand. */
    private static boolean contains(DataSet data, int i, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String s : new String[] {data.tracks().title(i), data.tracks().artist(i), data.tracks().albums()[i],
                data.tracks().genre(i)}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(t)) {
                return true;
            }
        }
        return false;
    }
}
