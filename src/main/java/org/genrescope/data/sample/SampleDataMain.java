package org.genrescope.data.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Command-line entry for the generator, used to (re)build the bundled sample and to time large runs.
 *
 * <pre>
 * java -cp target/classes org.genrescope.data.sample.SampleDataMain                  # rebuilds sample-data/fma_sample
 * java -cp target/classes org.genrescope.data.sample.SampleDataMain OUT TRACKS SEED [--features] [--long-texts]
 * </pre>
 */
public final class SampleDataMain {
    /** The bundled sample: 2,000 tracks, seed 1986, no features.csv, short texts. */
    public static final SampleOptions BUNDLED = SampleOptions.compact(2000, 1986L);
    /** Where the bundled sample lives, relative to the project root. */
    public static final Path BUNDLED_FOLDER = Path.of("sample-data", "fma_sample");

    private SampleDataMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SampleOptions options = BUNDLED;
        Path folder = BUNDLED_FOLDER;
        if (args.length >= 3) {
            folder = Path.of(args[0]);
            boolean features = false;
            boolean longTexts = false;
            for (int i = 3; i < args.length; i++) {
                switch (args[i]) {
                    case "--features" -> features = true;
                    case "--long-texts" -> longTexts = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            options = new SampleOptions(Integer.parseInt(args[1]), Long.parseLong(args[2]), features, longTexts);
        } else if (args.length != 0) {
            throw new IllegalArgumentException("usage: SampleDataMain [OUT TRACKS SEED [--features] [--long-texts]]");
        }
        long start = System.nanoTime();
        SampleSummary summary = SampleGenerator.generate(options, folder,
                (stage, done, total, message) -> { }, org.genrescope.task.CancellationToken.NEVER);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println(String.format(Locale.ROOT, "%d tracks, %d albums, %d artists into %s in %.2f s (%.0f tracks/s)",
                summary.tracks(), summary.albums(), summary.artists(), folder.toAbsolutePath(), seconds,
                summary.tracks() / seconds));
        out.println(String.format(Locale.ROOT, "empty genre_top: %d (%.1f%%), no year: %d (%.1f%%)",
                summary.tracksWithoutGenreTop(), 100.0 * summary.tracksWithoutGenreTop() / summary.tracks(),
                summary.tracksWithoutYear(), 100.0 * summary.tracksWithoutYear() / summary.tracks()));
        for (Map.Entry<String, Integer> entry : summary.tracksPerRootGenre().entrySet()) {
            out.println(String.format(Locale.ROOT, "  %-20s %d", entry.getKey(), entry.getValue()));
        }
    }
}
