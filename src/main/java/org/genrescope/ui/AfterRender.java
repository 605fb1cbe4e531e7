package org.genrescope.ui;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Runs actions on the FX thread once the render thread has drawn the pulse they were asked for in: at the start of
 * the second pulse after it. A pulse's FX work (animations, CSS, layout) runs before it waits for the render thread to
 * finish the pulse before; so when the second pulse starts, the render thread has drawn the first. The plot's first
 * frame of a million-point result waits so (ScatterFrames): started in the result's own pulse, its two drawing
 * threads took 70 ms of the two cores while the render thread drew the result's tables and the FX thread waited for
 * it, the result's longest FX stall (docs/benchmarks.md, "The first frame after the render thread (session 23)").
 * FX thread only.
 */
final class AfterRender {
    /** Pulses to wait: the one asked in is drawn by the time the second after it starts. */
    static final int PULSES = 2;

    private final List<Waiting> waiting = new ArrayList<>();
    private final Runnable startPulses;
    private final Runnable stopPulses;
    private AnimationTimer timer;

    private static final class Waiting {
        final Runnable action;
        int pulsesLeft = PULSES;

        Waiting(Runnable action) {
            this.action = action;
        }
    }

    /** Counts the window's pulses with an {@link AnimationTimer}, which also asks for them while something waits. */
    AfterRender() {
        this.startPulses = () -> timer().start();
        this.stopPulses = () -> timer().stop();
    }

    /** Counts the pulses {@link #pulse} is called for (tests): {@code start} and {@code stop} bracket each wait. */
    AfterRender(Runnable start, Runnable stop) {
        this.startPulses = start;
        this.stopPulses = stop;
    }

    private AnimationTimer timer() {
        if (timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulse();
                }
            };
        }
        return timer;
    }

    /** Runs {@code action} at the start of the {@value #PULSES}th pulse from now. */
    void run(Runnable action) {
        if (waiting.isEmpty()) {
            startPulses.run();
        }
        waiting.add(new Waiting(action));
    }

    /** A pulse started: runs, in the order asked, each action whose last pulse this is. */
    void pulse() {
        List<Runnable> due = new ArrayList<>();
        for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
            Waiting w = it.next();
            if (--w.pulsesLeft <= 0) {
                it.remove();
                due.add(w.action);
            }
        }
        if (!due.isEmpty() && waiting.isEmpty()) {
            stopPulses.run();
        }
        due.forEach(Runnable::run);
    }

    /** Whether an action waits. */
    boolean waiting() {
        return !waiting.isEmpty();
    }
}
