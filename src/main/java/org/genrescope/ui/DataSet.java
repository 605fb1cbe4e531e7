package org.genrescope.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Pipeline;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.DataCredit;
import org.genrescope.data.TrackTable;
import org.genrescope.features.FeatureMatrices;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.features.GroupingReport;

/**
 * The tracks the model sees (cleaned, genres grouped) with their raw and scaled features, for the Data and
 * Distributions tabs: what {@link Pipeline#prepare} returned, or what a result was computed on. Immutable: the
 * genre codes are handed out one at a time ({@link #genreCode}) or as a copy; the feature matrices copy their own.
 */
public final class DataSet {
    private final Path path;
    private final boolean synthetic;
    private final TrackTable tracks;
    private final FeatureMatrix raw;
    private final FeatureMatrix scaled;
    private final CleaningReport cleaning;
    private final GroupingReport grouping;
    private final List<String> genreNames;
    private final int[] genreCodes;
    /** Worked out once: for a single file it reads every track's genre, title and album. */
    private final String caption;

    private DataSet(Path path, boolean synthetic, TrackTable tracks, FeatureMatrix raw, FeatureMatrix scaled,
                    CleaningReport cleaning, GroupingReport grouping, List<String> genreNames, int[] genreCodes) {
        this.path = Objects.requireNonNull(path, "path");
        this.synthetic = synthetic;
        this.tracks = tracks;
        this.raw = raw;
        this.scaled = scaled;
        this.cleaning = cleaning;
        this.grouping = grouping;
        this.genreNames = List.copyOf(genreNames);
        this.genreCodes = genreCodes; // callers hand over their own copy
        this.caption = synthetic ? DataCredit.SYNTHETIC : DataCredit.caption(tracks);
    }

    /** The data as the pipeline prepared it (loaded, cleaned, grouped, scaled). */
    public static DataSet of(Pipeline.Prepared prepared, boolean synthetic) {
        return new DataSet(prepared.config().input(), synthetic, prepared.tracks(), prepared.raw(), prepared.scaled(),
                prepared.cleaning(), prepared.grouping(), prepared.genreNames(), prepared.genreCodes());
    }

    /** The data a result was computed on. */
    public static DataSet of(AnalysisResult result, boolean synthetic) {
        return new DataSet(result.config().input(), synthetic, result.tracks(), FeatureMatrices.of(result.tracks()),
                result.scaled(), result.cleaning(), result.grouping(), result.genreNames(), result.genreCodes());
    }

    /** The file or folder opened. */
    public Path path() { return path; }

    /**
     * The data's name in the window's title and status bar: "Bundled sample" for the sample Genrescope ships (a copy
     * of it may sit in a temporary folder), else the name of the file or folder opened.
     */
    public String name() {
        return synthetic ? SAMPLE_NAME : String.valueOf(path.getFileName());
    }

    /** The name of the bundled sample in the window. */
    static final String SAMPLE_NAME = "Bundled sample";

    /**
     * The banner over the bundled sample: what it is, how many tracks were read and how many cleaning and genre
     * grouping kept (the number the title and status bar show), and where to get the real data.
     */
    public String sampleNote() {
        return String.format(java.util.Locale.ROOT, "This is synthetic sample data: %,d made-up tracks in the layout of the "
                + "Free Music Archive's metadata, not real music; %,d kept after cleaning and genre grouping (%s). For "
                + "the real data, download fma_metadata.zip from github.com/mdeff/fma, unzip it and choose File > Open "
                + "FMA folder.", cleaning.rowsRead(), rows(), droppedWhy());
    }

    /** Why tracks were dropped, as counts per reason ("81 with the genres dropped"). */
    private String droppedWhy() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        cleaning.droppedByReason().forEach((reason, n) -> parts.add(String.format(java.util.Locale.ROOT,
                "%,d with %s", n, reason)));
        long inDroppedGenres = grouping.droppedGenres().values().stream().mapToLong(Long::longValue).sum();
        if (inDroppedGenres > 0) {
            parts.add(String.format(java.util.Locale.ROOT, "%,d with the genres dropped", inDroppedGenres));
        }
        if (grouping.droppedUnlabelled() > 0) {
            parts.add(String.format(java.util.Locale.ROOT, "%,d without a genre", grouping.droppedUnlabelled()));
        }
        return parts.isEmpty() ? "none dropped" : String.join(", ", parts);
    }

    /** Whether it is the bundled synthetic sample. */
    public boolean synthetic() { return synthetic; }
    /** The kept tracks after genre grouping. */
    public TrackTable tracks() { return tracks; }
    /** Their features in original units (tempo in BPM). */
    public FeatureMatrix raw() { return raw; }
    /** Their features as scaled for the model. */
    public FeatureMatrix scaled() { return scaled; }
    /** What loading and cleaning did. */
    public CleaningReport cleaning() { return cleaning; }
    /** What genre grouping did. */
    public GroupingReport grouping() { return grouping; }
    /** Genres in code order (sorted). */
    public List<String> genreNames() { return genreNames; }

    /** Track {@code row}'s genre as an index into {@link #genreNames()}, -1 where it has none. */
    public int genreCode(int row) {
        return genreCodes[row];
    }

    /** A copy of every track's genre code (see {@link #genreCode}). */
    public int[] genreCodes() {
        return genreCodes.clone();
    }

    public int rows() {
        return tracks.rows();
    }

    /** Whether this is FMA's own data (its credit goes on every figure). */
    public boolean isFma() {
        return DataCredit.FMA.equals(caption());
    }

    /**
     * The caption figures carry, the same as the command line's reports ({@link DataCredit}): the synthetic notice
     * for the bundled sample and any folder {@code generate-sample} wrote, FMA's credit for FMA's data (its folder, or
     * a table of its top genres with its titles and albums), else nothing.
     */
    public String caption() {
        return caption;
    }

    /** The short name of a feature column: its last dotted part ("echonest.audio_features.tempo" -> "tempo"). */
    public static String shortName(String feature) {
        int dot = feature.lastIndexOf('.');
        return dot < 0 ? feature : feature.substring(dot + 1);
    }
}
