package org.genrescope.ui;

import java.util.List;

/**
 * Hands a table with no rows its first rows a few per pulse instead of all at once. JavaFX makes a row's cells (13
 * columns in the Data tab) the first time the row is on screen, and making a screenful of them in one pulse took
 * 100-120 ms of the FX thread at the Data tab's first show at a million tracks (docs/benchmarks.md, "The Data tab in
 * pages (session 13)"); {@link #STEP} more rows per pulse, {@link #STEPS} times, spread that over a few pulses while
 * the rows appear. A table
 * that already has rows gets the next ones at once: its cells exist and are only refilled. The caller calls
 * {@link #pulse} once per window pulse while {@link #growing}. Not thread-safe: use it on the UI thread.
 */
final class GradualRows {
    /**
     * The rows added per pulse while a table fills up for the first time: 52 cells of the Data tab's 13 columns. 12
     * rows (156 cells) a pulse still made pulses of 50-100 ms of the FX thread at a million tracks, with the JIT
     * still compiling the cells' code (docs/benchmarks.md, "Tables filled a few rows a pulse (session 14)").
     */
    static final int STEP = 4;
    /** Pulses of {@link #STEP} rows before the rest comes at once: past a screenful (40 rows) no more cells are made. */
    static final int STEPS = 10;

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
