package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Background threads run at nice 10, and what they start inherits it; the scatter's band workers do not (Linux; skipped
 * elsewhere).
 */
class BackgroundPriorityTest {
    @Test
    void aLoweredThreadAndTheThreadsItStartsRunAtNiceTen() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "Linux only");
        AtomicReference<String> niceValues = new AtomicReference<>();
        int before = nice(BackgroundPriority.threadId().orElseThrow());
        Thread worker = new Thread(() -> {
            boolean lowered = BackgroundPriority.lowerThisThread();
            int[] child = new int[1];
            Thread started = new Thread(() -> child[0] = nice(BackgroundPriority.threadId().orElseThrow()));
            started.start();
            try {
                started.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            niceValues.set(lowered + " " + nice(BackgroundPriority.threadId().orElseThrow()) + " " + child[0]);
        });
        worker.start();
        worker.join();
        assumeTrue(!niceValues.get().startsWith("false"), "no renice on this system");
        assertEquals("true 10 10", niceValues.get());
        assertEquals(before, nice(BackgroundPriority.threadId().orElseThrow()), "the calling thread is left as it was");
        assertTrue(before < 10);
    }

    @Test
    void theJitCompilerThreadsAreLoweredByName() {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "Linux only");
        java.util.List<String> compilers = BackgroundPriority.threadsNamed(java.util.List.of("C1 CompilerThre",
                "C2 CompilerThre"));
        assumeTrue(!compilers.isEmpty(), "a JVM without named compiler threads");
        int lowered = BackgroundPriority.lowerCompilerThreads(3);
        assumeTrue(lowered > 0, "no renice on this system");
        assertEquals(compilers.size(), lowered);
        for (String tid : compilers) {
            if (!Files.exists(Path.of("/proc/self/task", tid))) {
                continue; // a compiler thread the JVM ended meanwhile (more than two cores)
            }
            assertEquals(3, nice(tid), "compiler thread " + tid);
        }
        assertTrue(nice(BackgroundPriority.threadId().orElseThrow()) < 3, "the calling thread is left as it was");
        assertEquals(0, BackgroundPriority.lowerCompilerThreads(0), "0 leaves them");
    }

    @Test
    void theCollectorsConcurrentThreadsAreLoweredByName() {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "Linux only");
        assumeTrue(java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .anyMatch(gc -> gc.getName().startsWith("G1")), "the tests' JVM does not use G1");
        java.util.List<String> concurrent = BackgroundPriority.threadsNamed(java.util.List.of("G1 Main Marker",
                "G1 Conc#", "G1 Refine#"));
        assertTrue(concurrent.size() >= 3, "G1's marker, marking and refinement threads by their names: " + concurrent);
        int lowered = BackgroundPriority.lowerConcurrentGcThreads(2);
        assumeTrue(lowered > 0, "no renice on this system");
        assertEquals(concurrent.size(), lowered);
        for (String tid : concurrent) {
            assertEquals(2, nice(tid), "G1 thread " + tid);
        }
        assertTrue(nice(BackgroundPriority.threadId().orElseThrow()) < 2, "the calling thread is left as it was");
        assertEquals(0, BackgroundPriority.lowerConcurrentGcThreads(0), "0 leaves them");
    }

    /**
     * The threads that draw a large scatter's bands run at the window's priority even when a lowered thread draws
     * first: the FX thread waits for them in a drag's frame, and a thread's nice value is inherited from the thread
     * that starts it (at a million points a lowered warm-up thread could start them). In a JVM of its own, so that no
     * earlier test has started them.
     */
    @Test
    void theScatterBandWorkersRunAtTheWindowsPriorityWhenALoweredThreadDrawsFirst() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "Linux only");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one core: no band workers");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                BandWorkersChild.class.getName()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), out);
        assumeTrue(out.contains("lowered true"), "no renice on this system: " + out);
        java.util.regex.Matcher band = java.util.regex.Pattern.compile("raster-band-\\d+ nice (-?\\d+)").matcher(out);
        int bands = 0;
        while (band.find()) {
            bands++;
            assertEquals(nice(BackgroundPriority.threadId().orElseThrow()), Integer.parseInt(band.group(1)), out);
        }
        assertTrue(bands > 0, "the drawing used band workers: " + out);
    }

    /**
     * The scatter's background frames are drawn at nice {@link ScatterFrames#SCATTER_NICE}, their bands too: the
     * frame worker and band workers it started itself, while the shared band workers (started by the class, here on
     * this thread) stay at the window's priority for the FX thread's frames.
     */
    @Test
    void theScatterFrameWorkerAndItsOwnBandWorkersRunLowered() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "Linux only");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one core: no band workers");
        assumeTrue(ScatterFrames.SCATTER_NICE > 0, "genrescope.scatterNice set to 0");
        int window = nice(BackgroundPriority.threadId().orElseThrow());
        assumeTrue(window < ScatterFrames.SCATTER_NICE, "the tests already run at nice " + window);
        var worker = ScatterFrames.loweredWorker("scatter-test-frame");
        try {
            int workerNice = worker.submit(() -> {
                org.genrescope.plot.FigureRenderer.render(org.genrescope.plot.ScatterFigure.of(
                        org.genrescope.plot.SampleFigures.blobs(300_000, 1), org.genrescope.plot.SampleFigures.GENRES),
                        400, 300, 1);
                return nice(BackgroundPriority.threadId().orElseThrow());
            }).get();
            assumeTrue(workerNice != window, "no renice on this system");
            assertEquals(ScatterFrames.SCATTER_NICE, workerNice, "the frame worker");
            java.util.Map<Integer, Integer> bandsByNice = new java.util.TreeMap<>();
            for (String tid : BackgroundPriority.threadsNamed(java.util.List.of("raster-band"))) {
                try {
                    bandsByNice.merge(nice(tid), 1, Integer::sum);
                } catch (IllegalStateException ended) {
                    // a thread that ended meanwhile
                }
            }
            assertTrue(bandsByNice.getOrDefault(ScatterFrames.SCATTER_NICE, 0) >= 1,
                    "band workers of its own, lowered: " + bandsByNice);
            assertTrue(bandsByNice.getOrDefault(window, 0) >= 1, "the shared ones at the window's: " + bandsByNice);
        } finally {
            worker.shutdownNow();
        }
    }

    /** The band workers' test's child: the window's order (ScatterFrames first), then a lowered thread draws. */
    static final class BandWorkersChild {
        public static void main(String[] args) throws Exception {
            Class.forName(ScatterFrames.class.getName()); // initialised on the FX thread in the window
            Thread lowered = new Thread(() -> {
                System.out.println("lowered " + BackgroundPriority.lowerThisThread());
                org.genrescope.plot.FigureRenderer.render(org.genrescope.plot.ScatterFigure.of(
                        org.genrescope.plot.SampleFigures.blobs(300_000, 1), org.genrescope.plot.SampleFigures.GENRES),
                        400, 300, 1);
            });
            lowered.start();
            lowered.join();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : tasks.toList()) {
                    String name;
                    try {
                        name = Files.readString(task.resolve("comm")).trim();
                    } catch (java.nio.file.NoSuchFileException ended) {
                        continue; // a thread that ended meanwhile
                    }
                    if (name.startsWith("raster-band")) {
                        System.out.println(name + " nice " + nice(task.getFileName().toString()));
                    }
                }
            }
        }
    }

    /** The nice value of thread {@code tid} of this process, from its /proc stat (field 19), read independently. */
    private static int nice(String tid) {
        try {
            String stat = Files.readString(Path.of("/proc/self/task", tid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]); // after the name: state is field 3, nice field 19
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
