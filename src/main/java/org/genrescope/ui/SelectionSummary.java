package org.genrescope.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * The line under the scatter describing a selection: how many tracks, out of how many, and how they split over
 * the categories the plot is coloured by (clusters or genres), largest first, the three largest named and the
 * rest summed: "12,345 of 1,000,000 tracks selected: 41% cluster 3, 30% cluster 1, 12% cluster 7, 17% in 4 others".
 * Shares are of the selection, rounded to whole percent (so they may sum to 99 or 101); one that is there but rounds
 * to 0 or 100 is "<1%" or ">99%".
 */
final class SelectionSummary {
    static final int NAMED = 3;

    private SelectionSummary() { }

    /**
     * @param selected   ids of the selected points, distinct, each in 0..categories.length-1
     * @param categories each point's category, -1 for noise
     * @param names      the short name of each category 0..names.size()-1 ("cluster 3", "Rock")
     * @return the line; empty when nothing is selected
     */
    static String of(int[] selected, int[] categories, List<String> names) {
        return of(selected, i -> categories[i], categories.length, names);
    }

    /**
     * The same line from each point's category read where it is kept (the plot's data), without a copy of the
     * million categories for each selection.
     *
     * @param categoryOf a point's category by id, -1 for noise
     * @param points     how many points there are (the "of N")
     */
    static String of(int[] selected, IntUnaryOperator categoryOf, int points, List<String> names) {
        if (selected.length == 0) {
            return "";
        }
        int[] counts = new int[names.size() + 1]; // the last slot counts noise
        for (int i : selected) {
            int c = categoryOf.applyAsInt(i);
            counts[c < 0 ? names.size() : c]++;
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                order.add(c);
            }
        }
        order.sort(Comparator.comparingInt((Integer c) -> -counts[c]).thenComparingInt(c -> c));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%,d of %,d tracks selected: ",
                selected.length, points));
        int named = order.size() <= NAMED + 1 ? order.size() : NAMED;
        int rest = selected.length;
        for (int k = 0; k < named; k++) {
            int c = order.get(k);
            text.append(k == 0 ? "" : ", ").append(percent(counts[c], selected.length)).append(' ')
                    .append(c == names.size() ? "noise" : names.get(c));
            rest -= counts[c];
        }
        if (named < order.size()) {
            text.append(", ").append(percent(rest, selected.length)).append(" in ").append(order.size() - named)
                    .append(" others");
        }
        return text.toString();
    }

    /** Whole percent; a share that is there but rounds to 0 or 100 says so ("<1%", ">99%"): "0% cluster 4" read as none. */
    static String percent(int part, int whole) {
        long rounded = Math.round(100.0 * part / whole);
        if (rounded == 0 && part > 0) {
            return "<1%";
        }
        if (rounded == 100 && part < whole) {
            return ">99%";
        }
        return rounded + "%";
    }
}
