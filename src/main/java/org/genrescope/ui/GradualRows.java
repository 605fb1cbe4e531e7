package org.genrescope.ui;

import java.util.List;

/**
 * Hands a table with no rows its first rows a few per pulse instead of all at once, and says how many rows the
 * table's viewport should have room for meanwhile ({@link #roomRows}). Measured in session 13 as the Data tab's first
 * show going from one pulse to three (141.5 to 112.6 ms for the longest, docs/benchmarks.md, "The Data tab in pages
 * (session 13)"). Found in session 14 ("Tables in the window's pulses"): the rows alone do not spread the making of
 * the rows' cells. JavaFX's table fills its whole viewport with rows as soon as it has one item, the rows past the
 * items as empty ones (19 rows made for the first 8 items at 1440 x 900), so the first step made a screenful of cells
 * whatever {@link #STEP} was. Hence the room: a viewport as tall as the rows shown makes only their rows; the table
 * that follows it makes a step's rows per pulse (session 19, "The Data tab's first show in steps"). A table that
 * already has rows gets the next ones at once. The caller calls {@link #pulse} once per window pulse while
 * {@link #growing}. Not thread-safe: use it on the UI thread.
 */
final class GradualRows {
    /**
     * The rows added per pulse while a table fills up for the first time: a new row of the Data tab's 14 columns cost
     * about 5 ms of the FX thread in styling and layout at its first show, on top of about 7 ms for the pulse's own
     * layout (a million tracks, session 19: the first pulse's CSS and layout took 11, 18 and 29-37 ms with steps of 1,
     * 2 and 5 rows, 45-53 ms with every row of the screen at once).
     */
    static final int STEP = 2;
    /**
     * Pulses of {@link #STEP} rows before the rest comes at once: 40 rows, a screenful of a table 1,000 px high; a
     * taller one makes its remaining rows in one pulse. A table whose viewport is full sooner calls {@link #finish}.
     */
    static final int STEPS = 20;

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

    /** Shows every row of the list being filled now (its viewport is full: more steps would make no more cells). */
    void finish() {
        if (target != null) {
            rows.replace(target);
            target = null;
        }
    }

    /** Stops filling: the rows shown stay as they are (newer rows are on their way, or the table is hidden). */
    void halt() {
        target = null;
    }

    /**
     * How many rows the table's viewport should have room for: the rows shown while they still grow (so that it
     * makes no empty rows past them), else no limit ({@link Integer#MAX_VALUE}).
     */
    int roomRows() {
        return target == null ? Integer.MAX_VALUE : shown;
    }

    /** Whether rows still wait for {@link #pulse}. */
    boolean growing() {
        return target != null;
    }
}
