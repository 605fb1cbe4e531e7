package org.genrescope.data;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.PythonReference;

/**
 * Not a test: the Data tab's sort of every row of FOLDER, per key type, by Tablesaw's {@code sortOn} (the sort
 * until session 15, {@link TablesawSort}) and by {@link TrackFrame} ({@link RowOrder}), and by pandas'
 * {@code sort_values(kind="stable")} on the same columns in the same run (written to a CSV first, pandas' own
 * reading not timed). Prints per key: wall, this thread's CPU and the process's CPU (Tablesaw sorts on two
 * threads), the bytes this thread allocated, whether TrackFrame's order equals the reference's (Tablesaw with text
 * ranked without case and accents first, the Data tab's order since session 18) and whether pandas' order (CRC32 of
 * the row numbers; pandas compares text by code point, as the Data tab did before) is the same. Each sort runs {@code runs} times after one untimed warm-up (TrackFrame's
 * first, which ranks a text column, is timed apart); the median is printed. Figures in docs/benchmarks.md ("The
 * Data tab's sort at a million rows (session 15)"). Last, the time to rank a column of a million distinct texts.
 * <pre>java -Xmx2g -cp ... org.genrescope.data.SortBenchmark FOLDER [runs]</pre>
 */
public final class SortBenchmark {
    private SortBenchmark() { }

    private record Case(String name, List<TrackFrame.SortKey> keys, String pandas) { }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        TrackTable tracks = DataLoader.load(Path.of(args[0]), ImportOptions.defaults(), ProgressListener.NONE,
                CancellationToken.NEVER);
        String tempo = tracks.featureNames().stream().filter(f -> f.endsWith(".tempo")).findFirst().orElseThrow();
        List<Case> cases = List.of(
                new Case("tempo (double) ascending", keys(tempo, true), "sort('tempo', True)"),
                new Case("tempo (double) descending", keys(tempo, false), "sort('tempo', False)"),
                new Case("year (int, missing) ascending", keys(TrackFrame.YEAR, true), "sort('year', True)"),
                new Case("title (text) ascending", keys(TrackFrame.TITLE, true), "sort('title', True)"),
                new Case("artist (text) descending", keys(TrackFrame.ARTIST, false), "sort('artist', False)"),
                new Case("genre (text, 16 values) ascending", keys(TrackFrame.GENRE, true), "sort('genre', True)"),
                new Case("genre ascending, tempo descending", List.of(new TrackFrame.SortKey(TrackFrame.GENRE, true),
                        new TrackFrame.SortKey(tempo, false)), "sort(['genre', 'tempo'], [True, False])"));
        System.out.printf(Locale.ROOT, "%,d rows; load average %s; %s runs each, -Xmx%d MB%n", tracks.rows(),
                loadAverage(), runs, Runtime.getRuntime().maxMemory() >> 20);

        Timing build = time(() -> new TablesawSort(tracks, null, false));
        TablesawSort tablesaw = new TablesawSort(tracks, null, false); // timed: the sort the Data tab did before
        TablesawSort reference = new TablesawSort(tracks, null); // the Data tab's order, text without case first
        System.out.printf(Locale.ROOT, "Tablesaw table for the sort (built at the first sort before): %s%n", build);
        TrackFrame frame = TrackFrame.of(tracks);
        int[] noClusters = new int[tracks.rows()];

        Map<String, String> pandas = pandas(tracks, tempo, cases, runs);
        System.out.println("| sort | Tablesaw sortOn | TrackFrame, first (ranks text) | TrackFrame, again | "
                + "pandas stable | same order (Tablesaw, pandas) |");
        System.out.println("|---|---|---|---|---|---|");
        for (Case c : cases) {
            tablesaw.order(c.keys); // warm-up
            Timing before = median(runs, () -> tablesaw.order(c.keys));
            TrackFrame fresh = TrackFrame.of(tracks);
            int[][] ours = new int[1][];
            Timing first = time(() -> ours[0] = fresh.rows("", null, c.keys));
            Timing again = median(runs, () -> fresh.withClusters(noClusters).rows("", null, c.keys));
            boolean same = Arrays.equals(reference.order(c.keys), ours[0]);
            boolean samePandas = pandas.get(c.pandas + " crc").equals(Long.toString(crc(ours[0])));
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s, %s |%n", c.name, before, first, again,
                    pandas.get(c.pandas), same ? "yes" : "NO", samePandas ? "yes" : "no");
        }
        // ranking a column whose texts are all distinct (the generated titles repeat four times each): the case
        // where finding the distinct texts first does not pay
        String[] unique = new String[tracks.rows()];
        for (int i = 0; i < unique.length; i++) {
            // distinct, as 7919 is prime to 1,000,003 and the space ends the base-36 prefix
            unique[i] = Long.toString(i * 7919L % 1_000_003, 36) + " " + tracks.titles()[i];
        }
        RowOrder.textRanks(unique); // warm-up
        System.out.printf(Locale.ROOT, "ranking %,d distinct texts: %s%n", Arrays.stream(unique).distinct().count(),
                median(runs, () -> RowOrder.textRanks(unique)));
        System.out.printf(Locale.ROOT, "load average after: %s (frame %d rows)%n", loadAverage(), frame.rows());
    }

    private static List<TrackFrame.SortKey> keys(String column, boolean ascending) {
        return List.of(new TrackFrame.SortKey(column, ascending));
    }

    /** Wall ms, this thread's CPU ms, the process's CPU ms, MB this thread allocated. */
    private record Timing(double wall, double threadCpu, double processCpu, double allocatedMb) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f ms wall, %.0f ms thread CPU, %.0f ms process CPU, %.0f MB",
                    wall, threadCpu, processCpu, allocatedMb);
        }
    }

    private static Timing time(Runnable work) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long id = Thread.currentThread().getId();
        long bytes0 = threads.getThreadAllocatedBytes(id);
        long process0 = os.getProcessCpuTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - wall0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long process = os.getProcessCpuTime() - process0;
        long bytes = threads.getThreadAllocatedBytes(id) - bytes0;
        return new Timing(wall / 1e6, cpu / 1e6, process / 1e6, bytes / 1048576.0);
    }

    /** The run of median wall time among {@code runs}. */
    private static Timing median(int runs, Runnable work) {
        List<Timing> timings = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            timings.add(time(work));
        }
        timings.sort((a, b) -> Double.compare(a.wall, b.wall));
        return timings.get(runs / 2);
    }

    /** CRC32 of the row numbers as little-endian int32s, as the pandas script computes it. */
    static long crc(int[] order) {
        ByteBuffer bytes = ByteBuffer.allocate(order.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asIntBuffer().put(order);
        CRC32 crc = new CRC32();
        crc.update(bytes.array());
        return crc.getValue();
    }

    private static final String PANDAS = String.join("\n",
            "import sys, time, zlib, statistics, numpy as np, pandas as pd",
            "df = pd.read_csv(sys.argv[1], keep_default_na=False, na_values={'year': ['']},",
            "                 dtype={'title': str, 'artist': str, 'genre': str})",
            "runs = int(sys.argv[2])",
            "def sort(by, ascending):",
            "    walls, cpus, order = [], [], None",
            "    df.sort_values(by, ascending=ascending, kind='stable')",
            "    for _ in range(runs):",
            "        w, c = time.perf_counter(), time.process_time()",
            "        order = df.sort_values(by, ascending=ascending, kind='stable').index.to_numpy()",
            "        walls.append((time.perf_counter() - w) * 1000); cpus.append((time.process_time() - c) * 1000)",
            "    i = walls.index(statistics.median_low(walls))",
            "    return '%.0f ms wall, %.0f ms CPU' % (walls[i], cpus[i]), zlib.crc32(order.astype('<i4').tobytes())",
            "for line in sys.stdin:",
            "    expr = line.strip()",
            "    shown, crc = eval(expr)",
            "    print(expr + '\\t' + shown); print(expr + ' crc\\t' + str(crc))",
            "print('pandas', pd.__version__, 'numpy', np.__version__, file=sys.stderr)");

    /** Each case's pandas timing and CRC, keyed by its expression and its expression + " crc". */
    private static Map<String, String> pandas(TrackTable t, String tempo, List<Case> cases, int runs) throws Exception {
        Path csv = Files.createTempFile("sort-benchmark", ".csv");
        int tempoIndex = t.featureNames().indexOf(tempo);
        int d = t.featureNames().size();
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("tempo,year,title,artist,genre\n");
            for (int i = 0; i < t.rows(); i++) {
                w.write(Double.toString(t.features()[i * d + tempoIndex]));
                w.write(',');
                w.write(t.years()[i] == 0 ? "" : Integer.toString(t.years()[i]));
                for (String s : new String[] {t.titles()[i], t.artists()[i], t.genres()[i]}) {
                    w.write(",\"");
                    w.write(s == null ? "" : s.replace("\"", "\"\""));
                    w.write('"');
                }
                w.write('\n');
            }
        }
        try {
            Process p = new ProcessBuilder(PythonReference.interpreterWith("pandas"), "-c", PANDAS, csv.toString(),
                    Integer.toString(runs)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (var in = p.getOutputStream()) {
                for (Case c : cases) {
                    in.write((c.pandas + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split("\t");
                if (parts.length == 2) {
                    out.put(parts[0], parts[1]);
                }
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("the pandas script failed");
            }
            return out;
        } finally {
            Files.delete(csv);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
