package org.genrescope.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.data.sample.SampleGenerator;
import org.genrescope.data.sample.SampleOptions;
import org.genrescope.data.sample.SampleSummary;
import org.genrescope.task.CancellationSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a synthetic data set in FMA's raw layout. */
@Command(name = "generate-sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a synthetic folder in FMA's raw layout (tracks.csv, genres.csv, echonest.csv, "
            + "optionally features.csv) whose per-genre audio-feature statistics were fitted to the real FMA data.",
            "The same --tracks and --seed give byte-identical files on any machine."})
final class GenerateSampleCommand implements Callable<Integer> {

    @Option(names = "--tracks", paramLabel = "N", description = "Number of tracks (required, except with "
            + "--full-release, whose default is FMA's 106,574).")
    Integer tracks;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1986", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
    Path out;

    @Option(names = "--features-csv", description = "Also write features.csv (518 librosa statistics per track).")
    boolean featuresCsv;

    @Option(names = "--long-texts", description = "Fill artist bios and album information with long quoted texts (HTML, quotes, newlines).")
    boolean longTexts;

    @Option(names = "--full-release", description = "Shape the files like FMA's full release: every column of "
            + "tracks.csv filled, bios and album notes for some artists and albums, features.csv with FMA's %%.10e numbers "
            + "(106,574 tracks make about 250 MB and 950 MB). Implies --features-csv and --long-texts.")
    boolean fullRelease;

    @Option(names = "--debug", description = "Print stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        if (tracks == null && !fullRelease) {
            throw new InvalidSettingException("--tracks", "is required (or give --full-release for FMA's 106,574)");
        }
        int count = tracks == null ? SampleOptions.FULL_RELEASE_TRACKS : tracks;
        if (count < 1) {
            throw new InvalidSettingException("--tracks", "must be at least 1, got " + count);
        }
        SampleOptions options = fullRelease ? SampleOptions.fullRelease(count, seed)
                : new SampleOptions(count, seed, featuresCsv, longTexts);
        CancellationSource cancel = new CancellationSource();
        ConsoleProgress progress = new ConsoleProgress(System.err, ConsoleProgress.stderrIsTerminal());
        long start = System.nanoTime();
        SampleSummary summary = Interruptible.run(cancel, () -> SampleGenerator.generate(
                options, out, progress, cancel));
        progress.finish();
        System.out.printf(Locale.ROOT, "wrote %,d tracks (%,d without a top genre) to %s in %.1f s%n", summary.tracks(),
                summary.tracksWithoutGenreTop(), out, (System.nanoTime() - start) / 1e9);
        return GenrescopeCommand.EXIT_OK;
    }
}
