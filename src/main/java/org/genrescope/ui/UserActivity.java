package org.genrescope.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.genrescope.task.CancellationToken;

/**
 * The moments the user is busy with the window (a drag, a zoom, a result arriving on screen), so that background work
 * nobody waits for (the k sweep) steps aside for them. On 2 cores the niced sweep still took 41-80 ms of CPU inside
 * the FX thread's longest stalls as a million-track result arrived and as its plot was dragged, while the FX and
 * render threads waited 14-58 ms for a CPU (docs/benchmarks.md, "The heap in huge pages, and the k sweep stepping
 * aside (session 22)"). Work takes
 * part through {@link #yielding}: its token waits at each of the work's cancellation checks (between K-Means
 * iterations, tens of milliseconds at a million points) until the window is quiet, and answers a cancel at once.
 * Thread-safe: the FX thread marks, workers wait.
 */
public class UserActivity {
    /** Never busy: for runners whose work runs on the calling thread (tests), where waiting would wait for itself. */
    public static final UserActivity NONE = new UserActivity(System::nanoTime) {
        @Override
        public void busyFor(long millis) { }

        @Override
        public void pressed() { }

        @Override
        public void released() { }
    };

    /**
     * How long after a release or a plot's frame the window counts as busy: the full frame drawn after a drag's
     * sampled frames, and the pulses that put a frame on screen.
     */
    static final long AFTER_RELEASE_MS = 300;
    /** How often a waiting worker looks again. */
    static final long POLL_MS = 10;

    private final LongSupplier nanoTime;
    private final AtomicLong busyUntil;
    private final AtomicInteger held = new AtomicInteger();

    public UserActivity() {
        this(System::nanoTime);
    }

    /** @param nanoTime the clock, in nanoseconds ({@link System#nanoTime} but in tests) */
    UserActivity(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.busyUntil = new AtomicLong(nanoTime.getAsLong());
    }

    /** The window is busy for the next {@code millis} milliseconds (or longer, if it already was). */
    public void busyFor(long millis) {
        long until = nanoTime.getAsLong() + TimeUnit.MILLISECONDS.toNanos(millis);
        busyUntil.accumulateAndGet(until, (a, b) -> a - b > 0 ? a : b);
    }

    /** A mouse button went down on the plot: busy until {@link #released}. */
    public void pressed() {
        held.incrementAndGet();
    }

    /** The button came up: busy for {@link #AFTER_RELEASE_MS} more. Extra releases are ignored. */
    public void released() {
        held.updateAndGet(h -> Math.max(0, h - 1));
        busyFor(AFTER_RELEASE_MS);
    }

    /** Whether the user is busy with the window now. */
    public boolean busy() {
        return held.get() > 0 || busyUntil.get() - nanoTime.getAsLong() > 0;
    }

    /**
     * {@code cancel}, but each question "cancelled?" first waits (polling every {@link #POLL_MS} ms) while the window
     * is {@link #busy}, unless {@code cancel} is cancelled meanwhile. Only for work on a background thread: asked on
     * the thread that marks the window busy, it would wait for itself.
     */
    public CancellationToken yielding(CancellationToken cancel) {
        return () -> {
            while (busy() && !cancel.isCancelled()) {
                try {
                    Thread.sleep(POLL_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true; // the work is being stopped
                }
            }
            return cancel.isCancelled();
        };
    }
}
