package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * What the window-at-a-million programs ({@link MillionPlotRun}, {@link SelectionStallProbe},
 * {@link DataTabStallProbe}) share: the store that opens a folder in a window of a given size with the run's
 * remembered settings ({@code -Dmillion.settings=settings.autoencoder.epochs=10|settings.restarts=10}), the wait for
 * the trained result's plot, and the probe of the FX thread's longest CPU burst. Not a test.
 */
final class MillionWindow {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private MillionWindow() { }

    /**
     * A store that opens {@code input} at start in a window of {@code widthByHeight} ("1440x900") at the screen's top
     * left, with the settings of {@code -Dmillion.settings} ({@code key=value} pairs split by "|").
     */
    static SettingsStore store(Path input, String widthByHeight) {
        String[] size = widthByHeight.split("x");
        SettingsStore store = SettingsStore.inMemory();
        store.put(Preferences.LAST_DATA, input);
        store.put(Preferences.WINDOW_WIDTH, Double.valueOf(size[0]));
        store.put(Preferences.WINDOW_HEIGHT, Double.valueOf(size[1]));
        store.put(Preferences.WINDOW_X, 0.0);
        store.put(Preferences.WINDOW_Y, 0.0);
        for (String pair : System.getProperty("million.settings", "").split("\\|")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                store.putText(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return store;
    }

    /** Shows the Clusters tab and returns once a trained result's plot has been drawn (polled every 200 ms). */
    static void awaitPlot(WorkbenchApp app) throws InterruptedException {
        WorkbenchViewModel vm = app.viewModel();
        WorkbenchWindow window = app.window();
        ScatterCanvas canvas = window.tabs.scatter;
        ScreenCapture.onFx(() -> window.tabPane.getSelectionModel().select(window.tabs.clusters));
        boolean[] drawn = {false};
        while (!drawn[0]) {
            Thread.sleep(200);
            ScreenCapture.onFx(() -> drawn[0] = vm.resultProperty().get() != null && canvas.figure() != null
                    && canvas.figure().data().prepared() && canvas.pixelOf(0) != null);
        }
    }

    /**
     * The FX thread's longest CPU burst: a daemon thread posts an empty action to the FX thread every 2 ms and reads
     * the FX thread's CPU clock in it, so a burst is the FX thread's CPU between two consecutive probes (the longest
     * event, with whatever ran beside it in the queue). CPU, not wall time: it depends less on the machine's load.
     */
    static final class CpuBursts {
        private final long fx;
        private volatile long longest;
        private volatile long last;

        /** Starts probing the FX thread. */
        CpuBursts() throws InterruptedException {
            fx = ScreenCapture.fxThread().getId();
            last = cpuNanos();
            Thread probe = new Thread(() -> {
                try {
                    while (true) {
                        ScreenCapture.onFx(() -> {
                            long now = cpuNanos();
                            longest = Math.max(longest, now - last);
                            last = now;
                        });
                        Thread.sleep(2);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "fx-probe");
            probe.setDaemon(true);
            probe.start();
        }

        /** Starts a new measure: the longest burst from now on; returns the FX thread's CPU clock, ns. */
        long reset() {
            longest = 0;
            last = cpuNanos();
            return last;
        }

        /** The longest burst since {@link #reset}, ns. */
        long longest() {
            return longest;
        }

        /** The FX thread's CPU clock, ns. */
        long cpuNanos() {
            return CPU.getThreadCpuTime(fx);
        }

        /**
         * Runs {@code action} on the FX thread as a user's event would arrive, waits {@code settleMs}, and returns the
         * FX thread's CPU over that time and its longest burst (ns), with the wall-clock span (epoch ms).
         */
        Measured measure(Runnable action, long settleMs) throws InterruptedException {
            long[] from = new long[1];
            long wallFrom = System.currentTimeMillis();
            ScreenCapture.onFx(() -> {
                from[0] = reset();
                action.run();
            });
            Thread.sleep(settleMs);
            return new Measured(cpuNanos() - from[0], longest(), wallFrom, System.currentTimeMillis());
        }
    }

    /** What {@link CpuBursts#measure} found: the FX thread's CPU and longest burst (ns), and the span (epoch ms). */
    record Measured(long cpuNanos, long longestNanos, long wallFrom, long wallTo) { }

    /** The machine's load average over the last minute, as /proc/loadavg gives it ("unknown" where there is none). */
    static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
