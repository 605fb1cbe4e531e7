package org.genrescope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.genrescope.plot.ScatterFigure;
import org.genrescope.plot.ScatterView;

/**
 * The window at a million tracks (issue 13, target 1), not a test: run by hand under Xvfb, figures go to
 * docs/benchmarks.md and the captures to the README.
 * <pre>DISPLAY=:43 java -Xmx4g -cp ... org.genrescope.ui.MillionPlotRun FOLDER OUT_DIR [WIDTHxHEIGHT]</pre>
 * (with the window's own JVM flags, as its launcher gives them: {@code -XX:TieredStopAtLevel=1
 * -XX:MaxGCPauseMillis=50 -XX:+UseTransparentHugePages}; docs/benchmarks.md has each session's full command)
 * Opens FOLDER as a user would (the window's default settings, or those given as
 * {@code -Dmillion.settings=settings.autoencoder.epochs=10|settings.restarts=10|settings.k_range=8..9}), and from the
 * start an {@link FxHeartbeat} posts an action to the FX thread every 5 ms and waits for it: the longest wait is the
 * longest stall a user would have felt, and past 50 ms the FX thread's stack is sampled. Prints, per phase (opening
 * and loading, training and clustering, the result shown until the scatter is drawn), the longest stall, how much of
 * it the FX thread itself ran, and its most frequent stacks; then drives the Clusters tab: 12 drag frames (panning,
 * which draws the seeded sample) and the full redraw on release, timed on the FX thread (render and copy into the
 * WritableImage); a capture of the points, of the density, and of a lasso selection of about a tenth of the tracks
 * (the rest greyed); then shows the Genres, Data (scrolled, its next page, sorted by a column, unsorted),
 * Distributions, Cluster profiles and Clusters tabs in turn, each a phase of its own. Ends with the process's CPU seconds and the load. Add
 * {@code -Xlog:gc*:file=gc.log} to see which stalls are the collector's pauses (they stop the FX thread too). Each
 * phase's three longest stalls are taken apart ({@link StallBreakdown}): the scheduler's account of the FX, render
 * and invokeLater threads (ran, waited for a CPU, off CPU), every thread's CPU, the machine's; with
 * {@code -Xlog:safepoint=info:file=sp.log:uptimenanos,tags -Dmillion.safepointLog=sp.log} the safepoints within
 * each, and per phase a PAUSES line: the safepoints over 100 ms, which stop the FX thread as long, and how many of
 * them the heartbeat did not see (one that begins while the heartbeat sleeps between two actions is not among its
 * waits: session 24 found collections of 101-206 ms in runs whose heartbeat said none over 100 ms); with
 * {@code -Dheartbeat.xserverPid=PID} the X server's CPU; {@code -Dheartbeat.stackMs=0} turns the Java
 * stack samples (each a safepoint that stops every thread) off, {@code -Dmillion.stallsPerPhase=N} sets how many;
 * at the end it prints the meter's own CPU and the nice values of the compiler, FX, render and meter threads. The
 * captures are OUT_DIR/million-points.png, million-density.png, million-selection.png, million-genresTab.png,
 * million-dataTab.png and million-distributionsTab.png.
 */
public final class MillionPlotRun {
    /** When the run started (System.nanoTime), for the stalls' times in the report. */
    private static long start;

    private MillionPlotRun() { }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        // the remembered settings of the run, such as -Dmillion.settings=settings.autoencoder.epochs=10|settings.restarts=10
        SettingsStore store = MillionWindow.store(input, args.length > 2 ? args[2] : "1440x900");
        System.out.println(jvm());
        long t0 = System.nanoTime();
        start = t0;
        double cpu0 = cpuSeconds();
        WorkbenchApp app = ScreenCapture.startWorkbench(store, true);
        FxHeartbeat heartbeat = new FxHeartbeat(ScreenCapture.fxThread());
        heartbeat.start();
        // This driver thread's own work (the phase reports, each capture's PNG encoding) is the meter's, not the
        // window's: at nice 0 it took 33-55 ms of a CPU inside the dragging phase's longest stalls (session 12's
        // quiet runs, "java" in the breakdown). Lowered only now: the window's threads were started from it and
        // inherit its nice value. -Dmillion.driverNice=0 leaves it as it was.
        int driverNice = Integer.getInteger("million.driverNice", 10);
        System.out.println("the driver thread at nice " + (BackgroundPriority.lowerThisThread(driverNice) ? driverNice : 0));
        WorkbenchViewModel vm = app.viewModel();
        long[] loaded = new long[1];
        long[] resulted = new long[1];
        onFx(() -> {
            vm.dataProperty().addListener((o, was, now) -> loaded[0] = now == null ? loaded[0] : System.nanoTime());
            vm.resultProperty().addListener((o, was, now) -> resulted[0] = now == null ? resulted[0]
                    : System.nanoTime());
        });
        WorkbenchWindow window = app.window();
        ScatterCanvas canvas = window.tabs.scatter;
        MillionWindow.awaitPlot(app);
        long plotted = System.nanoTime();
        System.out.printf(Locale.ROOT, "opened %s, trained, clustered and plotted %,d tracks in %.1f s; longest FX "
                        + "stall meanwhile %.0f ms (%d heartbeats over 100 ms); load %s%n", input.getFileName(),
                vm.resultProperty().get().rows(), (plotted - t0) / 1e9, heartbeat.longest(t0, plotted),
                heartbeat.over(t0, plotted, 100), load());
        System.out.println("status: " + vm.statusProperty().get());
        report(heartbeat, "opening and loading the folder", t0, loaded[0]);
        report(heartbeat, "training and clustering (data shown)", loaded[0], resulted[0]);
        report(heartbeat, "the result shown until the plot is drawn", resulted[0], plotted);
        System.out.printf(Locale.ROOT, "CPU so far %.1f s of the process; %s%n", cpuSeconds() - cpu0,
                meterCpu(heartbeat));
        Thread.sleep(1500);
        capture(window, out.resolve("million-points.png"));

        double cx = canvas.getWidth() / 2;
        double cy = canvas.getHeight() / 2;
        List<Double> frames = new ArrayList<>();
        onFx(() -> fire(canvas, MouseEvent.MOUSE_PRESSED, cx, cy));
        for (int k = 1; k <= 12; k++) {
            double x = cx + 6 * k;
            double y = cy + 3 * k;
            long[] took = new long[1];
            onFx(() -> {
                long s = System.nanoTime();
                fire(canvas, MouseEvent.MOUSE_DRAGGED, x, y);
                took[0] = System.nanoTime() - s;
            });
            frames.add(took[0] / 1e6);
        }
        long[] release = new long[1];
        onFx(() -> {
            long s = System.nanoTime();
            fire(canvas, MouseEvent.MOUSE_RELEASED, cx + 72, cy + 36);
            release[0] = System.nanoTime() - s;
        });
        double[] sorted = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "drag frames on the FX thread (sample, render + copy), ms: %s; median %.1f%n",
                frames.stream().map(f -> String.format(Locale.ROOT, "%.1f", f)).toList(), sorted[sorted.length / 2]);
        System.out.printf(Locale.ROOT, "full redraw on release (every point, render + copy): %.1f ms%n",
                release[0] / 1e6);
        onFx(canvas::resetView);

        onFx(() -> ((RadioButton) window.tabPane.getScene().lookup("#shadeDensity")).setSelected(true));
        Thread.sleep(1500);
        capture(window, out.resolve("million-density.png"));
        onFx(() -> ((RadioButton) window.tabPane.getScene().lookup("#shadePoints")).setSelected(true));
        Thread.sleep(800);

        int[][] picked = new int[1][];
        long[] lassoTook = new long[1];
        onFx(() -> {
            ScatterFigure f = canvas.figure();
            ScatterView view = ScatterView.of(f, canvas.getWidth(), canvas.getHeight());
            double r = Math.min(canvas.getWidth(), canvas.getHeight()) / 7;
            double[] px = new double[120];
            double[] py = new double[120];
            for (int i = 0; i < px.length; i++) {
                double a = 2 * Math.PI * i / px.length;
                px[i] = view.plotArea().getCenterX() + r * (1 + 0.2 * Math.sin(3 * a)) * Math.cos(a);
                py[i] = view.plotArea().getCenterY() + r * (1 + 0.2 * Math.sin(3 * a)) * Math.sin(a);
            }
            long s = System.nanoTime();
            picked[0] = view.pointsInPolygon(px, py);
            lassoTook[0] = System.nanoTime() - s;
            vm.select(picked[0]);
        });
        System.out.printf(Locale.ROOT, "lasso of %,d tracks on the FX thread: %.1f ms%n", picked[0].length,
                lassoTook[0] / 1e6);
        Thread.sleep(1500);
        capture(window, out.resolve("million-selection.png"));
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "longest FX stall while dragging, shading and selecting: %.0f ms; load %s%n",
                heartbeat.longest(plotted, end), load());
        report(heartbeat, "dragging, shading and selecting in the Clusters tab", plotted, end);
        onFx(() -> vm.select(new int[0]));
        long from = System.nanoTime();
        for (Tab tab : List.of(window.tabs.genres, window.tabs.data, window.tabs.distributions,
                window.tabs.profiles, window.tabs.clusters)) {
            onFx(() -> window.tabPane.getSelectionModel().select(tab));
            Thread.sleep(3000);
            if (tab == window.tabs.data) {
                scrollDataTable(window);
            }
            if (tab == window.tabs.genres || tab == window.tabs.distributions || tab == window.tabs.data) {
                ScreenCapture.capture(window, out.resolve("million-" + tab.getId() + ".png").toFile());
            }
            long to = System.nanoTime();
            report(heartbeat, "the " + tab.getText() + " tab shown and used", from, to);
            from = to;
        }
        finish(heartbeat, cpu0, t0);
    }

    private static void finish(FxHeartbeat heartbeat, double cpu0, long t0) {
        System.out.printf(Locale.ROOT, "CPU of the process %.1f s over %.1f s; %s; load %s%n", cpuSeconds() - cpu0,
                (System.nanoTime() - t0) / 1e9, meterCpu(heartbeat), load());
        System.out.println("threads at the end: " + priorities() + "; the meter's scheduler sampler at "
                + heartbeat.samplerPriority());
        Platform.exit();
        System.exit(0);
    }

    /** "the meter's own CPU 1.2 s (heartbeat 0.4, scheduler sampler 0.8)": what the measuring took. */
    private static String meterCpu(FxHeartbeat heartbeat) {
        long[] own = heartbeat.ownCpu();
        return String.format(Locale.ROOT, "the meter's own CPU %.2f s (heartbeat %.2f, scheduler sampler %.2f)",
                (own[0] + own[1]) / 1e9, own[0] / 1e9, own[1] / 1e9);
    }

    /** "C1 CompilerThre nice 0, C2 CompilerThre nice 0, ...": the nice values the window's threads run at. */
    private static String priorities() {
        List<String> parts = new ArrayList<>();
        for (String tid : BackgroundPriority.threadsNamed(List.of("C1 CompilerThre", "C2 CompilerThre",
                "JavaFX Applicat", "QuantumRenderer", "fx-heartbeat"))) {
            try {
                String stat = Files.readString(Path.of("/proc/self/task", tid, "stat"));
                String name = Files.readString(Path.of("/proc/self/task", tid, "comm")).trim();
                parts.add(name + " nice " + stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
            } catch (java.io.IOException e) {
                parts.add(tid + " ended");
            }
        }
        return String.join(", ", parts);
    }

    private static void fire(ScatterCanvas canvas, javafx.event.EventType<MouseEvent> type, double x, double y) {
        Event.fireEvent(canvas, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, false, false, false, null));
    }

    private static void capture(WorkbenchWindow window, Path file) throws InterruptedException {
        ScreenCapture.capture(window, file.toFile());
    }

    /**
     * Scrolls the Data tab's table to the middle and the end of its rows, shows the next page of rows, and sorts it by
     * its first column.
     */
    private static void scrollDataTable(WorkbenchWindow window) throws InterruptedException {
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) DeferredTabContent.contentOf(window.tabs.data).lookup("#dataTable");
        for (double at : new double[] {0.5, 1.0, 0.0}) {
            onFx(() -> table.scrollTo((int) (at * Math.max(0, table.getItems().size() - 1))));
            Thread.sleep(700);
        }
        javafx.scene.Node nextRows = DeferredTabContent.contentOf(window.tabs.data).lookup("#nextRows");
        onFx(() -> ((javafx.scene.control.Button) nextRows).fire()); // the second page (RowPages), if there is one
        Thread.sleep(700);
        onFx(() -> {
            if (!table.getColumns().isEmpty()) {
                table.getSortOrder().setAll(List.of(table.getColumns().get(Math.min(1, table.getColumns().size() - 1))));
            }
        });
        Thread.sleep(3000);
        onFx(() -> table.getSortOrder().clear());
        Thread.sleep(1500);
    }

    /** The phase's longest stall, how many passed 100 ms, and the FX thread's most frequent stacks meanwhile. */
    private static void report(FxHeartbeat heartbeat, String phase, long from, long to) {
        System.out.printf(Locale.ROOT, "PHASE %s (%.1f s): longest FX stall %s; %d over 100 ms; load %s%n", phase,
                (to - from) / 1e9, heartbeat.describeLongest(from, to), heartbeat.over(from, to, 100), load());
        String log = System.getProperty("million.safepointLog");
        SafepointLog safepoints = log == null ? null : SafepointLog.read(Path.of(log));
        if (safepoints != null) {
            // a safepoint stops the FX thread too, for all of it: an input event that came then waited as long
            List<long[]> long100 = safepoints.longerThan(from, to, 100_000_000);
            long unseen = long100.stream().filter(p -> !heartbeat.sawOver(p[0], p[1], 100)).count();
            long longest = safepoints.longerThan(from, to, 0).stream().mapToLong(p -> p[2]).max().orElse(0);
            System.out.printf(Locale.ROOT, "PAUSES %s: longest safepoint %.0f ms; %d over 100 ms (%s), %d of them "
                    + "not seen by the heartbeat%n", phase, longest / 1e6, long100.size(), long100.stream()
                    .map(p -> String.format(Locale.ROOT, "%.0f ms at %.1f s", p[2] / 1e6, (p[0] - start) / 1e9))
                    .collect(java.util.stream.Collectors.joining(", ")), unseen);
        }
        for (long[] wait : heartbeat.longestWaits(from, to, Integer.getInteger("million.stallsPerPhase", 3))) {
            if (wait[1] > 50_000_000) {
                System.out.println(StallBreakdown.describe(heartbeat, wait, start, safepoints));
            }
        }
        heartbeat.printStacks(from, to, 6);
    }

    /**
     * The JVM options that decide the stalls (heap, collector and its settings) and the collectors in use: the run
     * measures the window only when they are the window's (pom.xml's javafx-maven-plugin options, the launcher's).
     */
    private static String jvm() {
        List<String> options = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xm") || a.startsWith("-Xs") || a.startsWith("-XX:")).toList();
        List<String> collectors = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList();
        return "JVM options " + (options.isEmpty() ? "(none)" : String.join(" ", options)) + "; collectors "
                + String.join(", ", collectors) + "; max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB";
    }

    /** The CPU time of the whole process (every thread), in s. */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static void onFx(Runnable action) throws InterruptedException {
        ScreenCapture.onFx(action);
    }
}
