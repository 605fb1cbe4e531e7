package org.genrescope.ui;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Applies a new result to the tabs not on screen one window pulse at a time, after the pulse that shows it in the
 * tab on screen. JavaFX styles and lays out the content of every tab, selected or not, so a result taken in by every
 * tab in its own event still made one pulse carry all their CSS and layout; at a million tracks that pulse was the
 * FX thread's longest stall as the result arrived (docs/benchmarks.md, "The result's phases at a million (session
 * 10)"). Taking hidden tabs out of the scene graph instead was tried and reverted: every switch then styled the
 * whole tab again (a tab never shown yet is out of it until its first show: {@link DeferredTabContent}). A tab
 * shown while its update waits gets it at once; a newer update of a tab replaces its waiting one. FX thread only.
 *
 * <p>Updates may also be spaced in time ({@link #TabUpdates(long, long)}): a result's hidden tabs wait until the
 * shown tab's frame is drawn. At a million points the plot's frame is drawn by worker threads and uploaded by the
 * render thread in the 100-300 ms after the result; a hidden tab's pulse (25-70 ms of the FX thread's CSS and
 * layout) run meanwhile shared the two cores with them, and the result's arrival stayed the FX thread's longest stall
 * over 100 ms (docs/benchmarks.md, "The result's arrival, spaced (session 16)").
 */
final class TabUpdates {
    /** The first hidden update's wait after the update that queued it and the wait between two, for results. */
    static final long RESULT_FIRST_GAP_MS = 300;
    static final long RESULT_BETWEEN_MS = 150;

    private final Map<Object, Runnable> waiting = new LinkedHashMap<>();
    private final long firstGapNanos;
    private final long betweenNanos;
    private boolean running;
    /** The first pulse after a result carries the shown tab's changes: nothing else runs in it. */
    private boolean skip;
    /** System.nanoTime() before which no waiting update runs. */
    private long notBefore;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (skip) {
                skip = false;
                return;
            }
            if (System.nanoTime() < notBefore) {
                return;
            }
            Iterator<Runnable> next = waiting.values().iterator();
            if (next.hasNext()) {
                Runnable update = next.next();
                next.remove();
                update.run();
                notBefore = System.nanoTime() + betweenNanos;
            }
            if (waiting.isEmpty()) {
                stop();
                running = false;
            }
        }
    };

    /** Each waiting update in a pulse of its own, the first in the pulse after the one that queued it. */
    TabUpdates() {
        this(0, 0);
    }

    /**
     * As {@link #TabUpdates()}, but the first waiting update runs no sooner than {@code firstGapMillis} ms after it
     * was queued and each further one no sooner than {@code betweenMillis} ms after the one before it.
     *
     * @throws IllegalArgumentException if either is negative
     */
    TabUpdates(long firstGapMillis, long betweenMillis) {
        if (firstGapMillis < 0 || betweenMillis < 0) {
            throw new IllegalArgumentException("the gaps must be at least 0 ms: " + firstGapMillis + ", "
                    + betweenMillis);
        }
        this.firstGapNanos = firstGapMillis * 1_000_000;
        this.betweenNanos = betweenMillis * 1_000_000;
    }

    /**
     * A tab's update for each result, in {@code parts}: at once, in order, while {@code shown} (its tab is selected);
     * else each part in a pulse of its own after the current one (spaced as the constructor says). The tab's waiting
     * parts run at once, in order, when it is shown. Why parts: a tab's figure and its tables taken in together made
     * one pulse of 60-93 ms of the FX thread (most of it the new rows' CSS and layout) just after the plot at a
     * million tracks, and a young collection landing in it made a stall over 100 ms (docs/benchmarks.md, "The hidden
     * tabs' updates in parts (session 30)"). Each part must stand on its own: it reads the result itself.
     *
     * @throws IllegalArgumentException if there is no part
     */
    Runnable whenShown(ObservableBooleanValue shown, Runnable... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("a tab's update needs at least one part");
        }
        Object[] keys = new Object[parts.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Object();
        }
        shown.addListener((o, was, now) -> {
            if (now) {
                for (int i = 0; i < parts.length; i++) {
                    if (waiting.remove(keys[i]) != null) {
                        parts[i].run();
                    }
                }
            }
        });
        return () -> {
            if (shown.get()) {
                for (int i = 0; i < parts.length; i++) {
                    waiting.remove(keys[i]);
                    parts[i].run();
                }
                return;
            }
            for (int i = 0; i < parts.length; i++) {
                waiting.put(keys[i], parts[i]);
            }
            if (!running) {
                running = true;
                skip = true;
                notBefore = System.nanoTime() + firstGapNanos;
                pulses.start();
            }
        };
    }

    /**
     * {@code update} run at once while {@code shown} (its tab is selected), else held until the tab is shown: a
     * hidden table's first rows are styled and laid out like a shown one's, and made while the tab is hidden they
     * were made in a pulse of their own beside other work (the Distributions summary's first 9 rows, 261 nodes,
     * 64 ms of the FX thread in the middle of a training at a million tracks: docs/benchmarks.md, "Held until
     * shown, and the pauses the heartbeat did not see (session 24)"). Only the newest held update runs, once. FX thread only.
     */
    static Runnable untilShown(ObservableBooleanValue shown, Runnable update) {
        boolean[] held = {false};
        shown.addListener((o, was, now) -> {
            if (now && held[0]) {
                held[0] = false;
                update.run();
            }
        });
        return () -> {
            if (shown.get()) {
                held[0] = false;
                update.run();
            } else {
                held[0] = true;
            }
        };
    }

    /** Whether updates wait for a pulse (for tests). */
    boolean waiting() {
        return !waiting.isEmpty();
    }
}
