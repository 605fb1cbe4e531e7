package org.genrescope.ui;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * Fills a table's empty item list a few items per window pulse instead of all at once, with changes that only add
 * items. JavaFX makes a row's cells the first time the row is on screen, styled in the pulse that lays them out; the
 * Distributions tab's summary table (14 columns) made a screenful of them in one pulse as data opened, 75-105 ms
 * of the FX thread at a million tracks (docs/benchmarks.md, "Tables filled a few rows a pulse (session 14)"). As
 * {@link GradualRows} does for the Data tab: a step of rows now ({@link #CELLS_PER_PULSE} cells), a step more in each
 * of the next pulses, and the rest once a screenful is in (past it no more cells are made). A list that has items
 * already is replaced at once: its rows exist and are only refilled. A newer {@link #setAll} replaces a fill under
 * way. Not thread-safe: use it on the FX thread.
 *
 * @param <T> the table's item type
 */
final class GradualItems<T> {
    /** Cells a pulse makes at most while a table fills for the first time (as {@link GradualRows}' 4 x 13). */
    static final int CELLS_PER_PULSE = 52;
    /** Rows after which the rest come at once: a screenful, past which no more cells are made. */
    static final int SCREENFUL = GradualRows.STEP * GradualRows.STEPS;

    private final ObservableList<T> items;
    private final int step;
    private final Consumer<BooleanSupplier> pulses;
    private List<? extends T> target;
    private boolean pulsing;

    /**
     * Fills {@code items} (a table's {@code getItems()}) for a table of {@code columns} columns, its later steps on
     * the window's pulses.
     */
    GradualItems(ObservableList<T> items, int columns) {
        this(items, columns, GradualItems::onPulses);
    }

    /**
     * Fills {@code items} for a table of {@code columns} columns: {@link #CELLS_PER_PULSE} / {@code columns} rows a
     * step (at least one); {@code pulses} calls the given step once per pulse until it returns false (tests step by
     * hand).
     */
    GradualItems(ObservableList<T> items, int columns, Consumer<BooleanSupplier> pulses) {
        this.items = items;
        this.step = Math.max(1, CELLS_PER_PULSE / Math.max(1, columns));
        this.pulses = pulses;
    }

    /**
     * Shows {@code next} (not copied, so not to be changed by the caller): its first step of items now and the rest
     * over the next pulses when the list is empty, else all of it now.
     */
    void setAll(List<? extends T> next) {
        if (!items.isEmpty() || next.size() <= step) {
            target = null;
            items.setAll(next);
            return;
        }
        target = next;
        items.setAll(next.subList(0, step));
        if (!pulsing) {
            pulsing = true;
            pulses.accept(this::pulse);
        }
    }

    /** Adds the next step of the fill under way; returns whether more items wait. */
    boolean pulse() {
        if (target != null && items.size() < target.size()) {
            int shown = items.size();
            int upTo = shown + step >= SCREENFUL ? target.size() : Math.min(target.size(), shown + step);
            items.addAll(target.subList(shown, upTo));
            if (upTo < target.size()) {
                return true;
            }
        }
        target = null;
        pulsing = false;
        return false;
    }

    /** Empties the list and drops a fill under way. */
    void clear() {
        target = null;
        items.clear();
    }

    /** Whether items still wait for a pulse. */
    boolean filling() {
        return target != null;
    }

    /** Runs {@code step} once per window pulse until it returns false. */
    private static void onPulses(BooleanSupplier step) {
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!step.getAsBoolean()) {
                    stop();
                }
            }
        }.start();
    }
}
