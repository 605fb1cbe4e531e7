package org.genrescope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.report.ResultWriters;
import org.genrescope.data.CleanedCsv;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.DataCredit;
import org.genrescope.task.CancellationSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs one analysis headless and writes report.json, assignments.csv and session.json. */
@Command(name = "cluster", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Loads an FMA metadata folder or a flat CSV, cleans it, groups genres, scales, clusters, "
            + "computes every metric and writes report.json, assignments.csv and session.json (the fitted model, for "
            + "'apply') into --out.",
            "Settings start from --recipe; any option given explicitly overrides it."})
final class ClusterCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterCommand.class);

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "An FMA metadata folder (tracks.csv, echonest.csv, genres.csv[, features.csv]) or a flat CSV.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for report.json and assignments.csv (created if needed).")
    Path out;

    @Mixin
    AnalysisOptions settings;

    @Option(names = "--cleaned-csv", description = "Also write " + CleanedCsv.FILE_NAME + ": the tracks after cleaning "
            + "and genre grouping (ids, metadata, genre, raw features), one row per line of assignments.csv.")
    boolean cleanedCsv;

    @Mixin
    DebugAndOutput basics;

    @Override
    public Integer call() throws Exception {
        basics.start(out);
        AnalysisConfig config = settings.toConfig(input);
        LOG.debug("settings: {}", config);
        CancellationSource cancel = new CancellationSource();
        ConsoleProgress progress = new ConsoleProgress(System.err, ConsoleProgress.stderrIsTerminal());
        return Interruptible.run(cancel, () -> {
            AnalysisResult result;
            try {
                result = new Pipeline(Math.max(1, Runtime.getRuntime().availableProcessors()),
                        org.genrescope.model.embedding.IsolatedAutoencoderTrainer.forOneTraining()).run(config, progress,
                        cancel);
            } catch (OutOfMemoryError e) {
                throw MemoryAdvice.outOfMemory(input, config.importOptions(), Runtime.getRuntime().maxMemory());
            }
            cancel.throwIfCancelled();
            // one batch, report.json renamed last: a killed run leaves no mix of this run's files and older ones
            // that a report.json of this run would vouch for
            ResultWriters.writeAll(result, out, cleanedCsv, List.of(SessionOutput.of(result)), cancel);
            progress.finish();
            printReading(result.tracks().report(), System.err);
            if (result.tracks().report().synthetic()) {
                System.err.println("note: " + DataCredit.SYNTHETIC);
            }
            result.grouping().notes().forEach(note -> System.err.println("note: " + note));
            Summary.print(result, out, System.out);
            return GenrescopeCommand.EXIT_OK;
        });
    }

    /** How the file was read and what loading chose or dropped on its own, so nothing happens silently. */
    static void printReading(CleaningReport report, java.io.PrintStream err) {
        if (report.dialect() != null) {
            err.println("read as " + report.dialect());
        }
        report.notes().forEach(note -> err.println("note: " + note));
        report.warnings().forEach(warning -> err.println("warning: " + warning));
    }
}
