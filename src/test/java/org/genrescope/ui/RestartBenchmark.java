package org.genrescope.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.genrescope.analysis.Pipeline;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.session.SessionKeeper;

/**
 * How long a start of the workbench takes to show its result (issue 10; not a test, run by hand, see
 * docs/benchmarks.md): from the start-up call, made when the window appears, to the first result shown, with the
 * window's default settings on the real data. First one start without a kept session (it trains, and keeps the
 * session), then five restarts, each in a fresh JVM as a real restart is, with the session read from disk.
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.genrescope.ui.RestartBenchmark ../shared/fma/fma_metadata</pre>
 */
public final class RestartBenchmark {
    private static final int RESTARTS = 5;

    private RestartBenchmark() { }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--child")) {
            child(Path.of(args[1]), Path.of(args[2]), args[3].equals("train"));
            return;
        }
        Path input = Path.of(args.length > 0 ? args[0] : "../shared/fma/fma_metadata").toAbsolutePath().normalize();
        Path folder = Files.createTempDirectory("genrescope-restart");
        Path session = folder.resolve("last-session.genrescope");
        System.out.println("load before: " + uptime());
        String first = start(input, session, "train");
        System.out.println("without a kept session: " + first);
        System.out.printf(Locale.ROOT, "session file: %,d bytes%n", Files.size(session));
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RESTARTS; i++) {
            String line = start(input, session, "restart");
            System.out.println("restart " + (i + 1) + ": " + line);
            ms.add(Double.parseDouble(line.split(" ")[0]));
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "restarts: median %.0f ms, fastest %.0f ms, slowest %.0f ms%n", ms.get(RESTARTS / 2),
                ms.get(0), ms.get(RESTARTS - 1));
        System.out.println("load after: " + uptime());
    }

    /** Runs one start in a fresh JVM; returns its "SHOWN" line without the tag. */
    private static String start(Path input, Path session, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RestartBenchmark.class.getName(),
                "--child", input.toString(), session.toString(), mode).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String shown = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("SHOWN ")) {
                    shown = line.substring(6);
                }
            }
        }
        if (p.waitFor() != 0 || shown == null) {
            throw new IllegalStateException("the " + mode + " start failed (exit " + p.exitValue() + ")");
        }
        return shown;
    }

    /** One start, as the window makes it; a restart ends as soon as its result is shown. */
    private static void child(Path input, Path session, boolean train) {
        SettingsStore store = SettingsStore.inMemory();
        store.put(Preferences.LAST_DATA, input);
        store.put(Preferences.LAST_DATA_SYNTHETIC, false);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        Pipeline pipeline = new Pipeline(threads, IsolatedAutoencoderTrainer.shared());
        SessionKeeper keeper = new SessionKeeper(session, pipeline, "benchmark");
        WorkbenchViewModel vm = new WorkbenchViewModel(new CallingThreadRunner(), store, new SettingsViewModel(), pipeline,
                threads, keeper);
        long t0 = System.nanoTime();
        vm.dataProperty().addListener((o, old, d) -> System.err.printf(Locale.ROOT, "opened after %.0f ms%n",
                (System.nanoTime() - t0) / 1e6));
        vm.resultProperty().addListener((o, old, r) -> {
            if (old == null && r != null) {
                System.out.printf(Locale.ROOT, "SHOWN %.0f ms (%,d tracks, k = %d, reused %s, stage ms %s)%n",
                        (System.nanoTime() - t0) / 1e6, r.rows(), r.config().k(), r.reusedStages(), r.timingsMs());
                System.out.flush();
                if (!train) {
                    Runtime.getRuntime().halt(0);
                }
            }
        });
        vm.startUp(); // the sweep runs on this thread after the result shows; the session keeps it
        vm.saveState();
        keeper.close(120);
        System.exit(0);
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

}
