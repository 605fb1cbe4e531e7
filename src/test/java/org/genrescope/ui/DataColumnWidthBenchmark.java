package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What sizing the Data tab's four text columns by a sample of their cells ({@link HeaderFit#sampledWidth} over
 * {@link HeaderFit#sampleRows}, 400 cells each, measured as {@code DataTab} does) costs the FX thread as data opens,
 * as the FX thread's own CPU time (not wall time, so the machine's load counts little). Not a test:
 * <pre>DISPLAY=:91 java -cp ... org.genrescope.ui.DataColumnWidthBenchmark [ROUNDS]</pre>
 * Each round measures new texts (as new data would be). With {@code warm} as second argument, 50 texts are measured
 * first, as the window's labels have been by the time data opens; without, the first round includes JavaFX's text
 * warm-up.
 */
public final class DataColumnWidthBenchmark {
    private DataColumnWidthBenchmark() { }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        javafx.application.Platform.startup(() -> { });
        ScreenCapture.onFx(() -> {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            if (args.length > 1 && args[1].equals("warm")) {
                for (int i = 0; i < 50; i++) {
                    Tables.width("label " + i, i % 2 == 0);
                }
            }
            for (int round = 0; round < rounds; round++) {
                List<List<String>> columns = new ArrayList<>();
                for (int col = 0; col < 4; col++) {
                    List<String> cells = new ArrayList<>();
                    for (int i : HeaderFit.sampleRows(1_000_000, 400)) {
                        cells.add("Track title " + (i * 7919L + col * 31L + round) + (i % 3 == 0 ? " (remix)" : ""));
                    }
                    columns.add(cells);
                }
                long start = mx.getCurrentThreadCpuTime();
                double total = 0;
                for (List<String> cells : columns) {
                    total += HeaderFit.sampledWidth(Tables.width("title", true) + 34, cells, t -> Tables.width(t, false),
                            14, 260);
                }
                long cpu = mx.getCurrentThreadCpuTime() - start;
                System.out.printf(Locale.ROOT, "round %d: 4 columns x 400 cells: %.1f ms of the FX thread's CPU (%.0f px)%n",
                        round, cpu / 1e6, total);
            }
        });
        javafx.application.Platform.exit();
    }
}
