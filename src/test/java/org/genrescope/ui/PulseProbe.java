package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Where the FX thread's CPU goes, not a test: runs {@link MillionPlotRun} (same arguments) with two meters beside it.
 * A sampler thread reads the FX thread's CPU time every 2 ms ({@link ThreadMXBean#getThreadCpuTime}, no safepoint)
 * and prints each stretch in which the FX thread ran more than {@code -Dprobe.minMs} (20) ms of CPU without 10 ms
 * idle: when it began (s after the start), its wall and CPU ms; the window's scene's pre- and post-layout pulse
 * listeners time each CSS + layout pass (the scene's, with the nodes its changes touched) and the stretch says how
 * much of its CPU they took. Pair with {@code -XX:StartFlightRecording=settings=profile} to see what ran in the rest.
 * <pre>DISPLAY=:94 java -Xmx4g -cp ... org.genrescope.ui.PulseProbe FOLDER OUT_DIR [WIDTHxHEIGHT]</pre>
 */
public final class PulseProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long START = System.nanoTime();
    /** CPU ns the FX thread spent in CSS + layout passes so far, written on the FX thread. */
    private static volatile long layoutCpu;
    private static long pulseCpuStart;
    private static long pulseWallStart;

    private PulseProbe() { }

    public static void main(String[] args) throws Exception {
        // the epoch of "0 s", for picking a stretch's JFR samples (JfrThreadSamples takes epoch ms)
        System.out.printf(Locale.ROOT, "PROBE start at epoch ms %d%n",
                System.currentTimeMillis() - (System.nanoTime() - START) / 1_000_000);
        Thread probe = new Thread(PulseProbe::install, "pulse-probe");
        probe.setDaemon(true);
        probe.start();
        MillionPlotRun.main(args);
    }

    private static void install() {
        try {
            long[] fxId = {-1};
            while (fxId[0] < 0) {
                Thread.sleep(50);
                try {
                    java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
                    Platform.runLater(() -> {
                        Scene scene = Window.getWindows().stream().map(Window::getScene)
                                .filter(s -> s != null).findFirst().orElse(null);
                        if (scene != null) {
                            fxId[0] = Thread.currentThread().getId();
                            traceTabs(scene);
                            scene.addPreLayoutPulseListener(() -> {
                                cssDirty = cssDirtyRoots(scene.getRoot());
                                pulseCpuStart = THREADS.getCurrentThreadCpuTime();
                                pulseWallStart = System.nanoTime();
                            });
                            scene.addPostLayoutPulseListener(() -> {
                                long cpu = THREADS.getCurrentThreadCpuTime() - pulseCpuStart;
                                layoutCpu += cpu;
                                if (cpu > 5_000_000) {
                                    System.out.printf(Locale.ROOT, "PROBE css+layout at %.2f s: wall %.1f ms, cpu %.1f"
                                            + " ms%n", (pulseWallStart - START) / 1e9,
                                            (System.nanoTime() - pulseWallStart) / 1e6, cpu / 1e6);
                                }
                                if (cpu > 15_000_000) {
                                    System.out.println("PROBE   css to do: " + cssDirty);
                                }
                                if (cpu > 30_000_000) {
                                    System.out.println("PROBE   grew: " + growth(scene));
                                }
                            });
                        }
                        done.countDown();
                    });
                    done.await();
                } catch (IllegalStateException notYet) {
                    // the toolkit has not started yet
                }
            }
            Thread census = new Thread(PulseProbe::census, "node-census");
            census.setDaemon(true);
            census.start();
            sample(fxId[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The pulse's CSS work as it began: {@link #cssDirtyRoots}. */
    private static String cssDirty = "";

    /**
     * The nodes whose CSS the coming pulse recomputes, as the roots of the subtrees marked (JavaFX's private
     * {@code Node.cssFlag}, read by reflection: REAPPLY redoes the subtree's style matching, UPDATE its values),
     * each with the size of its subtree and its path. Follows only the branches marked dirty, so it costs little.
     */
    private static String cssDirtyRoots(javafx.scene.Node root) {
        java.util.List<String> found = new java.util.ArrayList<>();
        collectDirty(root, found);
        return found.isEmpty() ? "nothing" : String.join("; ", found.subList(0, Math.min(8, found.size())))
                + (found.size() > 8 ? "; and " + (found.size() - 8) + " more" : "");
    }

    private static java.lang.reflect.Field cssFlagField;

    private static String cssFlag(javafx.scene.Node node) {
        try {
            if (cssFlagField == null) {
                cssFlagField = javafx.scene.Node.class.getDeclaredField("cssFlag");
                cssFlagField.setAccessible(true);
            }
            return String.valueOf(cssFlagField.get(node));
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }

    private static void collectDirty(javafx.scene.Node node, java.util.List<String> found) {
        String flag = cssFlag(node);
        if (flag.equals("CLEAN")) {
            return;
        }
        if (flag.equals("REAPPLY") || flag.equals("UPDATE")) {
            int[] count = {0};
            walk(node, count, new javafx.scene.Parent[1]);
            found.add(flag + " " + count[0] + " nodes" + path(node));
            if (flag.equals("REAPPLY")) {
                return;
            }
        }
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                collectDirty(child, found);
            }
        }
    }

    /** " > BorderPane > TableView#dataTable": {@code node}'s ancestors and itself, by class and id. */
    private static String path(javafx.scene.Node node) {
        StringBuilder path = new StringBuilder();
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            path.insert(0, " > " + n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()));
        }
        return path.toString();
    }

    /** Prints when a tab's content is attached ({@link DeferredTabContent}) or the tab is shown, to name pulses. */
    private static void traceTabs(Scene scene) {
        for (javafx.scene.Node n : scene.getRoot().lookupAll(".tab-pane")) {
            for (javafx.scene.control.Tab tab : ((javafx.scene.control.TabPane) n).getTabs()) {
                // the content comes and goes inside the pane that is the tab's content (HiddenTabClip)
                if (tab.getContent() instanceof javafx.scene.layout.Pane holder) {
                    holder.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c ->
                            System.out.printf(Locale.ROOT, "PROBE tab %s content %s at %.2f s%n", tab.getText(),
                                    holder.getChildren().isEmpty() ? "detached" : "attached",
                                    (System.nanoTime() - START) / 1e9));
                }
                tab.selectedProperty().addListener((o, was, now) -> System.out.printf(Locale.ROOT,
                        "PROBE tab %s %s at %.2f s%n", tab.getText(), now ? "selected" : "left",
                        (System.nanoTime() - START) / 1e9));
            }
        }
    }

    /** Every 10 s: how many nodes the window's scene holds and which parent has the most children. */
    private static void census() {
        while (true) {
            try {
                Thread.sleep(10_000);
                Platform.runLater(() -> {
                    Scene scene = Window.getWindows().stream().map(Window::getScene).filter(s -> s != null)
                            .findFirst().orElse(null);
                    if (scene == null) {
                        return;
                    }
                    int[] count = {0};
                    javafx.scene.Parent[] largest = {null};
                    walk(scene.getRoot(), count, largest);
                    System.out.printf(Locale.ROOT, "PROBE at %.1f s: %d nodes; most children %d:%s%n",
                            (System.nanoTime() - START) / 1e9, count[0],
                            largest[0] == null ? 0 : largest[0].getChildrenUnmodifiable().size(),
                            largest[0] == null ? "" : path(largest[0]));
                });
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Nodes per nearest ancestor with an id, at the last {@link #growth}: what a long pass added. */
    private static java.util.Map<String, Integer> lastById = new java.util.HashMap<>();

    /**
     * The parts of the scene (named by their nearest ancestor with an id) whose node count changed most since the
     * last call, largest first: after a long CSS + layout pass, which table made cells or which tab was attached.
     * Counts the scene's nodes (a few ms at 2,000), inside the pulse it follows.
     */
    private static String growth(Scene scene) {
        java.util.Map<String, Integer> byId = new java.util.HashMap<>();
        TAB_CONTENT.clear();
        for (javafx.scene.Node n : scene.getRoot().lookupAll(".tab-pane")) {
            for (javafx.scene.control.Tab tab : ((javafx.scene.control.TabPane) n).getTabs()) {
                if (tab.getContent() != null) {
                    TAB_CONTENT.put(tab.getContent(), "tab " + tab.getText());
                }
            }
        }
        countById(scene.getRoot(), "root", byId);
        java.util.Map<String, Integer> change = new java.util.HashMap<>();
        for (String id : byId.keySet()) {
            change.put(id, byId.get(id) - lastById.getOrDefault(id, 0));
        }
        for (String id : lastById.keySet()) {
            change.putIfAbsent(id, -lastById.get(id));
        }
        lastById = byId;
        return change.entrySet().stream().filter(e -> e.getValue() != 0)
                .sorted((a, b) -> Integer.compare(Math.abs(b.getValue()), Math.abs(a.getValue()))).limit(6)
                .map(e -> e.getKey() + " " + (e.getValue() > 0 ? "+" : "") + e.getValue() + " (of "
                        + byId.getOrDefault(e.getKey(), 0) + rowsOf(scene, e.getKey()) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** ", n items, r rows made" when {@code id} names a table; else "". */
    private static String rowsOf(Scene scene, String id) {
        javafx.scene.Node n = id.contains(" ") ? null : scene.getRoot().lookup("#" + id);
        if (!(n instanceof javafx.scene.control.TableView<?> table)) {
            return "";
        }
        return ", " + table.getItems().size() + " items, " + table.lookupAll(".table-row-cell").size() + " rows made";
    }

    /** Each tab's content node and its tab's name, for {@link #growth}. */
    private static final java.util.Map<javafx.scene.Node, String> TAB_CONTENT = new java.util.IdentityHashMap<>();

    private static void countById(javafx.scene.Node node, String owner, java.util.Map<String, Integer> byId) {
        // the window's own ids are camelCase; JavaFX's skins name inner parts "virtual-flow", "clipped-container"
        String id = node.getId() != null && !node.getId().contains("-") ? node.getId()
                : TAB_CONTENT.getOrDefault(node, owner);
        byId.merge(id, 1, Integer::sum);
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                countById(child, id, byId);
            }
        }
    }

    private static void walk(javafx.scene.Node node, int[] count, javafx.scene.Parent[] largest) {
        count[0]++;
        if (node instanceof javafx.scene.Parent p) {
            if (largest[0] == null || p.getChildrenUnmodifiable().size() > largest[0].getChildrenUnmodifiable().size()) {
                largest[0] = p;
            }
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                walk(child, count, largest);
            }
        }
    }

    /**
     * Posts an action to the FX thread every 2 ms and waits for it, reading the FX thread's CPU time before the post
     * and when the action runs: what ran ahead of it is one or a few events or a pulse, and their CPU is the cost a
     * user's input waited for. Prints each wait in which the FX thread ran more than {@code -Dprobe.minMs} (20) ms.
     */
    private static void sample(long fx) throws InterruptedException {
        long min = Long.getLong("probe.minMs", 20) * 1_000_000;
        while (true) {
            Thread.sleep(2);
            long cpu0 = THREADS.getThreadCpuTime(fx);
            long layout0 = layoutCpu;
            long t0 = System.nanoTime();
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
            long[] cpuAt = new long[1];
            Platform.runLater(() -> {
                cpuAt[0] = THREADS.getCurrentThreadCpuTime();
                ran.countDown();
            });
            ran.await();
            long waited = System.nanoTime() - t0;
            long cpu = cpuAt[0] - cpu0;
            if (cpu0 >= 0 && cpu > min) {
                System.out.printf(Locale.ROOT, "PROBE wait at %.2f s: %.0f ms wall, FX ran %.0f ms CPU, css+layout %.0f"
                        + " ms of it%n", (t0 - START) / 1e9, waited / 1e6, cpu / 1e6, (layoutCpu - layout0) / 1e6);
            }
        }
    }
}
