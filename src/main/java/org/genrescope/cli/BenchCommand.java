package org.genrescope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.genrescope.analysis.Benchmark;
import org.genrescope.task.CancellationSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Times each stage on one input and prints a Markdown table for docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times each stage of the analysis on an input (warm: one warm-up run, then --repeat runs) "
            + "and prints a Markdown table of the median and fastest run.",
            "Takes the same settings as 'cluster'."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "An FMA metadata folder or a flat CSV.")
    Path input;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "5", description = "Timed runs per stage. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores.")
    Integer threads;

    @Mixin
    AnalysisOptions settings;

    @Option(names = "--debug", description = "Print stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new org.genrescope.settings.InvalidSettingException("--repeat", "must be at least 1, got " + repeat);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = threads == null ? cores : threads;
        CancellationSource cancel = new CancellationSource();
        ConsoleProgress progress = new ConsoleProgress(System.err, ConsoleProgress.stderrIsTerminal());
        List<Benchmark.Figure> figures = Interruptible.run(cancel,
                () -> new Benchmark(workers, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(settings.toConfig(input), repeat, progress, cancel));
        progress.finish();
        System.out.printf(Locale.ROOT, "Input: %s; %d cores, Java %s, max heap %d MB%n%n", input, cores,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| stage | median ms | fastest ms | runs | what |");
        System.out.println("|---|---:|---:|---:|---|");
        for (Benchmark.Figure f : figures) {
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %d | %s |%n", f.stage(), f.medianMs(), f.minMs(), f.runs(), f.detail());
        }
        return GenrescopeCommand.EXIT_OK;
    }
}
