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
 */
final class TabUpdates {
    private final Map<Object, Runnable> waiting = new LinkedHashMap<>();
    private boolean running;
    /** The first pulse after a result carries the shown tab's changes: nothing else runs in it. */
    private boolean skip;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (skip) {
                skip = false;
                return;
            }
            Iterator<Runnable> next = waiting.values().iterator();
            if (next.hasNext()) {
                Runnable update = next.next();
                next.remove();
                update.run();
            }
            if (waiting.isEmpty()) {
                stop();
                running = false;
            }
        }
    };

    /**
     * {@code update} as a tab runs it for each result: at once while {@code shown} (its tab is selected), else in a
     * pulse of its own after the current one; the tab's waiting update runs at once when it is shown.
     */
    Runnable whenShown(ObservableBooleanValue shown, Runnable update) {
        Object key = new Object();
        shown.addListener((o, was, now) -> {
            if (now && waiting.remove(key) != null) {
                update.run();
            }
        });
        return () -> {
            if (shown.get()) {
                waiting.remove(key);
                update.run();
                return;
            }
            waiting.put(key, update);
            if (!running) {
                running = true;
                skip = true;
                pulses.start();
            }
        };
    }

    /** Whether updates wait for a pulse (for tests). */
    boolean waiting() {
        return !waiting.isEmpty();
    }
}
