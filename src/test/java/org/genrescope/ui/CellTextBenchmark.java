package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;

/**
 * Not a test: the thread CPU time of writing the Data tab's number cells, {@code ColumnFormat.format} as it is now
 * ({@code new}) or as it was before session 11 ({@code old}: {@code String.format} and a regular expression for a
 * minus zero), one per JVM so that the first screenful is as cold as in the window. A screenful is 21 rows x 8
 * feature columns (the Data tab at 1440 x 900 on echonest's 8 features), values as FMA's: seven columns of 0..1 in
 * "%,.4f" and the tempo in "%,.1f". Prints the first screenful, the next 9 (each), and the warm cost per cell after
 * 300,000 cells. Figures in docs/benchmarks.md ("The Data tab's cells (session 11)").
 * <pre>java -cp ... org.genrescope.ui.CellTextBenchmark new|old</pre>
 */
public final class CellTextBenchmark {
    private static final int ROWS = 21;
    private static final int COLUMNS = 8;

    private CellTextBenchmark() { }

    public static void main(String[] args) {
        boolean old = args.length > 0 && args[0].equals("old");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Random random = new Random(13);
        ColumnFormat features = new ColumnFormat("%,.4f");
        ColumnFormat tempo = new ColumnFormat("%,.1f");
        int sink = 0;
        StringBuilder screens = new StringBuilder();
        for (int screen = 0; screen < 10; screen++) {
            double[] values = new double[ROWS * COLUMNS];
            for (int i = 0; i < values.length; i++) {
                values[i] = i % COLUMNS == COLUMNS - 1 ? 60 + 180 * random.nextDouble() : random.nextDouble();
            }
            long from = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < values.length; i++) {
                ColumnFormat f = i % COLUMNS == COLUMNS - 1 ? tempo : features;
                sink += (old ? oldFormat(f, values[i]) : f.format(values[i])).length();
            }
            screens.append(String.format(Locale.ROOT, screen == 0 ? "%.2f ms;" : " %.2f",
                    (cpu.getCurrentThreadCpuTime() - from) / 1e6));
        }
        int warm = 300_000;
        long from = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < warm; i++) {
            double v = random.nextDouble();
            sink += (old ? oldFormat(features, v) : features.format(v)).length();
        }
        double perCell = (cpu.getCurrentThreadCpuTime() - from) / (double) warm;
        System.out.printf(Locale.ROOT, "%s: first screenful of %d cells %s the next 9 (ms each); warm %.0f ns a cell "
                + "(checksum %d)%n", old ? "old (String.format)" : "new (ColumnFormat.format)", ROWS * COLUMNS,
                screens, perCell, sink);
    }

    /** ColumnFormat.format as it was before session 11. */
    private static String oldFormat(ColumnFormat f, double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        String s = String.format(Locale.ROOT, f.pattern(), v);
        return s.matches("-0[.,0]*(e\\+00)?") ? s.substring(1) : s;
    }
}
