package org.genrescope.ui;

import java.util.List;

/**
 * Hands a table with no rows its first rows a few per pulse instead of all at once. Measured in session 13 as the
 * Data tab's first show going from one pulse to three (141.5 to 112.6 ms for the longest, docs/benchmarks.md, "The
 * Data tab in pages (session 13)"). What it does not do, found in session 14 ("Tables in the window's pulses"): it
 * does not spread the making of the rows' cells. JavaFX's table fills its whole viewport with rows as soon as it has
 * one item, the rows past the items as empty ones (19 rows made for the first 8 items at 1440 x 900), so the first
 * step makes a screenful of cells whatever {@link #STEP} is; the later steps only fill rows that exist. A table
 * that already has rows gets the next ones at once. The caller calls {@link #pulse} once per window pulse while
 * {@link #growing}. Not thread-safe: use it on the UI thread.
 */
final class GradualRows {
    /** The rows added per pulse while a table fills up for the first time: about a third of a screenful. */
    static final int STEP = 12;
    /** Pulses of {@link #STEP} rows before the rest comes at once: past a screenful no more cells are made. */
    static final int STEPS = 4;

    private final RowList rows;
    private final int step;
    private List<Integer> target;
    private int shown;

    /** Fills {@code rows}, {@link #STEP} rows a pulse. */
    GradualRows(RowList rows) {
        this(rows, STEP);
    }

    /**
     * Fills {@code rows}, {@code step} rows a pulse.
     *
     * @throws IllegalArgumentException if {@code step} is not positive
     */
    GradualRows(RowList rows, int step) {
        if (step <= 0) {
            throw new IllegalArgumentException("a pulse adds at least one row, not " + step);
        }
        this.rows = rows;
        this.step = step;
    }

    /**
     * Shows {@code next} (not copied): its first {@code step} rows now and the rest over the next pulses when the
     * list shows no rows yet, else all of it now. Returns whether more rows wait for {@link #pulse}.
     */
    boolean replace(List<Integer> next) {
        if (rows.isEmpty() && next.size() > step) {
            target = next;
            shown = step;
            rows.replace(next.subList(0, step));
            return true;
        }
        target = null;
        rows.replace(next);
        return false;
    }

    /**
     * Adds the next {@code step} rows of the list being filled, or all the rest once {@link #STEPS} steps are shown
     * (a screenful: the rest makes no more cells); returns whether more wait.
     */
    boolean pulse() {
        if (target == null) {
            return false;
        }
        shown = Math.min(target.size(), shown + step);
        if (shown == target.size() || shown >= STEPS * step) {
            rows.replace(target);
            target = null;
            return false;
        }
        rows.replace(target.subList(0, shown));
        return true;
    }

    /** Stops filling: the rows shown stay as they are (newer rows are on their way, or the table is hidden). */
    void halt() {
        target = null;
    }

    /** Whether rows still wait for {@link #pulse}. */
    boolean growing() {
        return target != null;
    }
}
