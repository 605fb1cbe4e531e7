package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.genrescope.model.clustering.KMeans;
import org.genrescope.model.clustering.KMeansOptions;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Not a test: how long the JVM waits for a background thread at a given nice value to reach a safepoint while other
 * threads at nice 0 keep both cores busy, as the JIT's compiler threads do in the window (they go on compiling
 * while every Java thread waits at a safepoint). A worker runs K-Means (1,000,000 x 8, k = 9, the app's
 * {@link KMeans}) at nice NICE, set as the app sets it ({@link BackgroundPriority#lowerThisThread(int)}); BUSY
 * processes ({@code yes}) keep the cores busy at nice 0; the main thread asks for a safepoint every 20 ms (a stack
 * dump of every thread) 200 times and prints the slowest and the mean. Every other Java thread waits that long too,
 * the FX thread included. With a third argument MB the worker instead allocates arrays of MB megabytes in a loop
 * (the JVM zeroes a new array in one step that does not stop for a safepoint; on fresh heap memory every page
 * faults first). Figures in docs/benchmarks.md ("What holds the FX thread at a safepoint (session 12)").
 * <pre>java -Xmx4g -cp ... org.genrescope.ui.SafepointReachProbe NICE BUSY [MB]</pre>
 */
public final class SafepointReachProbe {
    private static volatile Object sink;

    private SafepointReachProbe() { }

    public static void main(String[] args) throws Exception {
        int nice = Integer.parseInt(args[0]);
        int busy = Integer.parseInt(args[1]);
        int arrayMb = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int n = 1_000_000;
        int d = 8;
        Random random = new Random(1);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() + (i / d % 9);
        }
        Thread worker = new Thread(() -> {
            BackgroundPriority.lowerThisThread(nice);
            while (arrayMb > 0) {
                sink = new double[arrayMb * 131_072];
            }
            while (true) {
                sink = KMeans.fit(x, n, d, new KMeansOptions(9, 1, 300, 1e-4, 7, 1), ProgressListener.NONE,
                        CancellationToken.NEVER);
            }
        }, "probe-worker");
        worker.setDaemon(true);
        worker.start();
        List<Process> hogs = new ArrayList<>();
        for (int i = 0; i < busy; i++) {
            hogs.add(new ProcessBuilder("yes").redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        try {
            Thread.sleep(500);
            long worst = 0;
            long sum = 0;
            int over50 = 0;
            int rounds = 200;
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                Thread.getAllStackTraces();
                long took = System.nanoTime() - start;
                worst = Math.max(worst, took);
                sum += took;
                over50 += took > 50_000_000 ? 1 : 0;
                Thread.sleep(20);
            }
            System.out.printf(Locale.ROOT, "worker (%s) at nice %d, %d busy processes at nice 0: a safepoint took %.1f "
                    + "ms at worst, %.2f ms on average; %d of %d over 50 ms%n", arrayMb > 0 ? "arrays of " + arrayMb
                    + " MB" : "K-Means", nice, busy, worst / 1e6, sum / 1e6 / rounds, over50, rounds);
        } finally {
            hogs.forEach(Process::destroy);
        }
    }
}
