package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.animation.AnimationTimer;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The window's first frames, kept from stalling the FX thread: {@link #settleLayout} lays the scene out fully within
 * the first pulse, and {@link #thenRun} runs an action once the frame handed over is drawn (WorkbenchApp shows the
 * window's content after its transparent first frame, and starts the load after the content's frame).
 *
 * <p>Why: the window's first paint costs JavaFX's render thread about 200 ms of CPU in the software pipeline (cold code
 * included; docs/benchmarks.md, "What the render thread draws in loading's stall"). The FX thread waits for a frame
 * only when it has the next one to hand over meanwhile, and the start gave it one: the load's progress, a second layout
 * pass, the X server's expose of the new window (docs/benchmarks.md, "Opening and loading after the first frame
 * (session 11)"); the loader and the JIT compiling it also took the CPUs the render thread needed.
 *
 * <p>How a frame is known to be drawn: JavaFX has no public "frame shown" event. An {@link AnimationTimer} is called
 * at the start of every pulse; from the second pulse on (the first pulse's frame has then been handed to the render
 * thread) each pulse looks at the render thread (JavaFX names it {@code QuantumRenderer-0}): when it has run since
 * the first pulse, is waiting for work and has used no CPU since the pulse before, the frame is drawn. If that thread
 * cannot be found (another toolkit) the action runs at the third pulse; it runs at the latest {@link #LATEST_NANOS}
 * after the first pulse, so a render thread that never rests (an animation) delays it by at most that. Call on the FX
 * thread.
 */
final class FirstFrame {
    /** The longest the action waits for a drawn first frame, in ns: a slow first paint on a busy machine. */
    static final long LATEST_NANOS = 3_000_000_000L;

    private FirstFrame() { }

    private static final java.util.concurrent.atomic.AtomicInteger LIMITS_REACHED =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * How many actions of {@link #thenRun} ran at {@link #LATEST_NANOS} without the frame seen drawn, in this JVM.
     * Tests of the window check that its start adds none: something animating in the first frames (an indeterminate
     * progress bar, session 16) keeps the render thread from resting, so each of the start's two waits took the
     * whole limit and the load began 6 s late.
     */
    static int limitsReached() {
        return LIMITS_REACHED.get();
    }

    /** The most layout passes added to a pulse: the window's settles in two or three. */
    static final int MAX_PASSES = 4;

    /**
     * Lays {@code scene} out again within the same pulse while a layout pass asks for another, for the next
     * {@code pulses} pulses, so that the first frame is handed to the render thread fully laid out.
     *
     * <p>Why: the window's first layout pass asks for another (split panes placing their dividers from the sizes just
     * computed, scroll panes their bars, the hidden tabs' figures and tables), so the second pulse changed the scene
     * again and the FX thread waited there for the render thread to finish painting the first frame (about 230 ms of
     * its CPU). Done in the first pulse, the same layout work is in the first frame and the second pulse has nothing
     * to hand over. Call on the FX thread before the scene is first shown.
     */
    static void settleLayout(Scene scene, int pulses) {
        int[] left = {pulses};
        Runnable settle = new Runnable() {
            @Override
            public void run() {
                Parent root = scene.getRoot();
                for (int pass = 0; pass < MAX_PASSES && root != null && root.isNeedsLayout(); pass++) {
                    root.applyCss();
                    root.layout();
                }
                if (--left[0] <= 0) {
                    scene.removePostLayoutPulseListener(this);
                }
            }
        };
        scene.addPostLayoutPulseListener(settle);
    }

    /** Runs {@code action} on the FX thread once the first frame after this call is drawn (see the class comment). */
    static void thenRun(Runnable action) {
        Thread renderer = renderThread();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        new AnimationTimer() {
            private int pulses;
            private long first;
            private long lastCpu = Long.MIN_VALUE;
            private long firstCpu;

            @Override
            public void handle(long now) {
                pulses++;
                if (pulses == 1) {
                    first = now;
                    firstCpu = cpu();
                }
                if (pulses >= 2) {
                    boolean seenDrawn = drawn();
                    if (seenDrawn || now - first >= LATEST_NANOS) {
                        stop();
                        if (!seenDrawn) {
                            LIMITS_REACHED.incrementAndGet();
                        }
                        action.run();
                    }
                }
            }

            /**
             * The render thread has run since the first pulse (it drew), waits for work and ran nothing since the last
             * pulse: a thread woken for the frame but not yet given a CPU still reads as waiting, hence the first
             * condition. No render thread, or no CPU time of threads in this JVM: the third pulse.
             */
            private boolean drawn() {
                if (renderer == null || !renderer.isAlive() || !threads.isThreadCpuTimeSupported()) {
                    return pulses >= 3;
                }
                long cpu = cpu();
                boolean resting = cpu > firstCpu && cpu == lastCpu && renderer.getState() == Thread.State.WAITING;
                lastCpu = cpu;
                return resting;
            }

            /** The render thread's CPU time, ns (0 without one or where the JVM does not measure it). */
            private long cpu() {
                return renderer == null || !threads.isThreadCpuTimeSupported() ? 0
                        : threads.getThreadCpuTime(renderer.getId());
            }
        }.start();
    }

    /** JavaFX's render thread (named {@code QuantumRenderer-0} since JavaFX 8), or null. */
    private static Thread renderThread() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() + 16];
        int n = root.enumerate(all, true);
        for (int i = 0; i < n; i++) {
            if (all[i].getName().startsWith("QuantumRenderer")) {
                return all[i];
            }
        }
        return null;
    }
}
