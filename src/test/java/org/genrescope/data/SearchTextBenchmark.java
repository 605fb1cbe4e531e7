package org.genrescope.data;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import tech.tablesaw.api.StringColumn;

/**
 * Not a test: the Data tab's search text at a million rows, packed ({@link SearchText}) or as the frame built it
 * before session 12 (a Tablesaw string column of one lower-cased text per row), one per JVM. Loads FOLDER, then
 * builds the search text on this thread and prints its wall and CPU time, the longest wait for a safepoint meanwhile
 * (another thread asks for one every 10 ms, as the collector and the JIT do), the collector's pauses meanwhile and
 * just after (a young collection forced by allocating 256 MB of short-lived arrays, which copies whatever of the
 * build survived), the heap it keeps, and the time of five searches; {@code both} also checks that the two find
 * the same rows; {@code frame} builds the Data tab's whole {@link TrackFrame} (the search text and the Tablesaw
 * table it sorts). Figures in docs/benchmarks.md ("The Data tab's search text (session 12)").
 * <pre>java -Xmx4g -cp ... org.genrescope.data.SearchTextBenchmark FOLDER packed|tablesaw|both|frame</pre>
 */
public final class SearchTextBenchmark {
    private static final List<String> SEARCHES = List.of("rock", "a", "zq", "the ", "electronic");

    private SearchTextBenchmark() { }

    public static void main(String[] args) throws Exception {
        TrackTable tracks = DataLoader.load(Path.of(args[0]), ImportOptions.defaults(), ProgressListener.NONE,
                CancellationToken.NEVER);
        String way = args[1];
        String[][] fields = {tracks.titles(), tracks.artists(), tracks.albums(), tracks.genres(), tracks.idTexts()};
        System.gc();
        long heap0 = usedHeap();
        long[] gc0 = collections();
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long[] worstSafepoint = new long[1];
        Thread probe = new Thread(() -> {
            // a safepoint every 10 ms (a stack dump): how long another thread (the FX thread) would wait at one
            while (!Thread.currentThread().isInterrupted()) {
                long s = System.nanoTime();
                Thread.getAllStackTraces();
                worstSafepoint[0] = Math.max(worstSafepoint[0], System.nanoTime() - s);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        probe.start();
        long wall0 = System.nanoTime();
        Object built = way.equals("tablesaw") ? tablesawColumn(tracks.rows(), fields)
                : way.equals("frame") ? TrackFrame.of(tracks) : SearchText.of(tracks.rows(), fields);
        double wall = (System.nanoTime() - wall0) / 1e6;
        probe.interrupt();
        probe.join();
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
        long[] gcBuild = collections();
        long sink = 0;
        for (int i = 0; i < 256; i++) {
            sink += new byte[1 << 20].length; // 256 MB that dies at once: the next young collection copies the rest
        }
        long[] gcAfter = collections();
        System.gc();
        long kept = usedHeap() - heap0;
        StringBuilder searches = new StringBuilder();
        for (String s : SEARCHES) {
            long t = System.nanoTime();
            int found = way.equals("tablesaw") ? ((StringColumn) built).containsString(s).size()
                    : way.equals("frame") ? ((TrackFrame) built).rows(s, null, List.of()).length
                    : ((SearchText) built).rowsContaining(s).size();
            searches.append(String.format(Locale.ROOT, " '%s' %,d rows %.0f ms;", s, found, (System.nanoTime() - t) / 1e6));
        }
        System.out.printf(Locale.ROOT, "%s, %,d rows: build %.0f ms wall, %.0f ms CPU; collections during the build %d "
                        + "(%d ms), in the next 256 MB %d (%d ms); the longest safepoint during the build %.0f ms; heap kept %d MB; "
                        + "searches:%s (%d)%n", way,
                tracks.rows(), wall, cpu, gcBuild[0] - gc0[0], gcBuild[1] - gc0[1], gcAfter[0] - gcBuild[0],
                gcAfter[1] - gcBuild[1], worstSafepoint[0] / 1e6, kept >> 20, searches, sink);
        if (way.equals("both")) {
            StringColumn column = tablesawColumn(tracks.rows(), fields);
            for (String s : SEARCHES) {
                if (!Arrays.equals(column.containsString(s).toArray(), ((SearchText) built).rowsContaining(s).toArray())) {
                    throw new AssertionError("the two differ on '" + s + "'");
                }
            }
            System.out.println("the packed text and the Tablesaw column find the same rows for every search");
        }
    }

    /** The search column as TrackFrame built it before session 12: each row's lower-cased fields, separated. */
    static StringColumn tablesawColumn(int rows, String[]... fields) {
        StringColumn column = StringColumn.create("search");
        StringBuilder row = new StringBuilder(128);
        for (int i = 0; i < rows; i++) {
            row.setLength(0);
            for (String[] field : fields) {
                if (field != null && field[i] != null) {
                    row.append(field[i].toLowerCase(Locale.ROOT));
                }
                row.append(SearchText.SEPARATOR);
            }
            column.append(row.toString());
        }
        return column;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Collections so far and their total time (ms), over every collector. */
    private static long[] collections() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += gc.getCollectionCount();
            ms += gc.getCollectionTime();
        }
        return new long[] {count, ms};
    }
}
