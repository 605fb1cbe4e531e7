package org.genrescope.data;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Not a test: loads a folder or file with the default import options, {@code ROUNDS} times in one JVM, and prints
 * each load's wall and process CPU time and the collector's pauses meanwhile (count, longest, total, from the JVM's
 * own notifications). The collector's CPU per pause is in {@code -Xlog:gc+cpu} (docs/benchmarks.md, "Loading and the
 * Data tab without stalls"). Usage: {@code LoadPauseBenchmark PATH [ROUNDS]}.
 */
public final class LoadPauseBenchmark {
    private LoadPauseBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<long[]> pauses = new ArrayList<>(); // {end in ms since start of the JVM, duration in ms}
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                    synchronized (pauses) {
                        pauses.add(new long[] {info.getEndTime(), info.getDuration()});
                    }
                }
            }, null, null);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            long upFrom = ManagementFactory.getRuntimeMXBean().getUptime();
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            TrackTable table = DataLoader.load(input, ImportOptions.defaults(), null, null);
            double seconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            Thread.sleep(200); // the last pause's notification
            long count = 0;
            long longest = 0;
            long total = 0;
            synchronized (pauses) {
                for (long[] p : pauses) {
                    if (p[0] >= upFrom) {
                        count++;
                        longest = Math.max(longest, p[1]);
                        total += p[1];
                    }
                }
            }
            System.out.printf(Locale.ROOT, "round %d: %,d rows in %.2f s, process CPU %.2f s; collector pauses %d, "
                    + "longest %d ms, total %d ms; load %s%n", round, table.rows(), seconds, cpuSeconds, count, longest,
                    total, java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            System.gc();
        }
    }
}
