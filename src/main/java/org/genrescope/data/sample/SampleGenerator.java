package org.genrescope.data.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genrescope.data.DataCredit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.genrescope.files.AtomicFiles;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Writes a synthetic data set in FMA's raw layout ({@code tracks.csv}, {@code echonest.csv},
 * {@code genres.csv} and optionally {@code features.csv}), for tests, benchmarks and a demo without the
 * real data. Audio features follow per-genre distributions fitted to the real tracks
 * ({@link FittedStatistics}); everything else is invented but shaped like FMA's files, quirks included
 * (multi-row headers, list cells, empty {@code genre_top} for multi-root tracks, missing years, quoted text).
 *
 * <p>Rows are streamed: memory stays flat whatever the track count. The output is byte-identical for the
 * same options on any machine and Java version (own random generator, {@link StrictMath}, integer-based
 * number formatting, '\n' line ends, UTF-8). Each file is written to a temporary file in the target folder
 * and moved into place only when all of them are complete; on failure or cancellation the temporary files
 * are removed and existing files are left as they were.
 */
public final class SampleGenerator {
    /** FMA's track metadata: 2 header rows, a {@code track_id} row, 52 columns. */
    public static final String TRACKS_FILE = "tracks.csv";
    /** Echo Nest features: 3 header rows, a {@code track_id} row, 249 columns. */
    public static final String ECHONEST_FILE = "echonest.csv";
    /** librosa statistics (optional): 3 header rows, a {@code track_id} row, 518 columns. */
    public static final String FEATURES_FILE = "features.csv";
    /** The genre tree: {@code genre_id,#tracks,parent,title,top_level}. */
    public static final String GENRES_FILE = "genres.csv";
    /** Stage name reported to the {@link ProgressListener}. */
    public static final String PROGRESS_STAGE = "sample-data";
    /** Tracks written between two progress reports and cancellation checks. */
    static final int CHUNK_TRACKS = 8192;

    private SampleGenerator() {
    }

    /** Generates {@code tracks} tracks with {@code seed} into {@code outDir}, without progress or cancellation. */
    public static SampleSummary generate(int tracks, long seed, Path outDir, boolean featuresCsv, boolean longTexts)
            throws IOException {
        return generate(new SampleOptions(tracks, seed, featuresCsv, longTexts), outDir, ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    /**
     * Generates the sample described by {@code options} into {@code outDir} (created if missing),
     * replacing files of the same names; a {@code features.csv} from an earlier run is deleted when this
     * run writes none, so the folder always holds one consistent data set. Other files are left alone.
     *
     * @throws org.genrescope.task.CancelledException when {@code cancel} is set; no file is then changed
     * @throws IOException                            when a file cannot be written; no file is then changed
     *                                                (unless the final renames themselves fail part-way)
     */
    public static SampleSummary generate(SampleOptions options, Path outDir, ProgressListener progress,
                                         CancellationToken cancel) throws IOException {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        Files.createDirectories(outDir);
        try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
            Path tracksFile = outDir.resolve(TRACKS_FILE);
            Path echonestFile = outDir.resolve(ECHONEST_FILE);
            Path genresFile = outDir.resolve(GENRES_FILE);
            Path featuresFile = options.featuresCsv() ? outDir.resolve(FEATURES_FILE) : null;
            Utf8Sink tracks = new Utf8Sink(batch.create(tracksFile));
            Utf8Sink echonest = new Utf8Sink(batch.create(echonestFile));
            Utf8Sink features = featuresFile == null ? null : new Utf8Sink(batch.create(featuresFile));
            Utf8Sink genres = new Utf8Sink(batch.create(genresFile));
            // says on disk that no track here is real, so every later load, figure and report can say so too
            Path markerFile = outDir.resolve(DataCredit.SYNTHETIC_MARKER);
            Utf8Sink marker = new Utf8Sink(batch.create(markerFile));
            marker.write(DataCredit.SYNTHETIC_MARKER_TEXT);
            SampleWriter writer = new SampleWriter(options, FittedStatistics.get(), new CsvRowWriter(tracks),
                    new CsvRowWriter(echonest), features == null ? null : new CsvRowWriter(features));
            writer.writeTracks(progress, cancel);
            writer.writeGenres(new CsvRowWriter(genres));
            cancel.throwIfCancelled();
            List<Path> written = new ArrayList<>(List.of(tracksFile, echonestFile, genresFile, markerFile));
            marker.close();
            // Closing a sink flushes it into the batch's stream, which forces the file to the disk.
            tracks.close();
            echonest.close();
            genres.close();
            if (features != null) {
                features.close();
                written.add(featuresFile);
            }
            batch.commit();
            if (features == null) {
                // a features.csv left from an earlier run would describe other tracks
                Files.deleteIfExists(outDir.resolve(FEATURES_FILE));
            }
            return writer.summary(written);
        }
    }
}
