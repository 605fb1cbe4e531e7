package org.genrescope.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.DataLoadException;
import org.genrescope.data.DataLoader;
import org.genrescope.data.TrackTable;
import org.genrescope.features.FeatureMatrices;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.features.GenreGrouping;
import org.genrescope.features.GroupingReport;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * The tracks the model sees (cleaned, genres grouped) with their raw and scaled features, for the Data and
 * Distributions tabs. Built by loading (before any training) or taken from a result.
 *
 * @param path       the file or folder opened
 * @param synthetic  whether it is the bundled synthetic sample
 * @param tracks     the kept tracks after genre grouping
 * @param raw        their features in original units
 * @param scaled     their features as scaled for the model
 * @param cleaning   what loading and cleaning did
 * @param grouping   what genre grouping did
 * @param genreNames genres in code order
 * @param genreCodes each track's genre as an index into genreNames, -1 where none
 */
public record DataSet(Path path, boolean synthetic, TrackTable tracks, FeatureMatrix raw, FeatureMatrix scaled,
                      CleaningReport cleaning, GroupingReport grouping, List<String> genreNames, int[] genreCodes) {

    public DataSet {
        genreNames = List.copyOf(genreNames);
    }

    /** Loads, cleans, groups and scales as {@code config} says (the first stages of the pipeline). */
    public static DataSet load(AnalysisConfig config, boolean synthetic, ProgressListener progress,
                               CancellationToken cancel) throws DataLoadException {
        TrackTable table = DataLoader.load(config.input(), config.importOptions(), progress, cancel);
        cancel.throwIfCancelled();
        GenreGrouping.Result grouped = GenreGrouping.apply(table, config.grouping());
        FeatureMatrix raw = FeatureMatrices.of(grouped.tracks());
        FeatureMatrix scaled = config.scaling().fit(raw).transform(raw);
        return of(config.input(), synthetic, grouped.tracks(), raw, scaled, table.report(), grouped.report());
    }

    /** The data a result was computed on. */
    public static DataSet of(AnalysisResult result, boolean synthetic) {
        return new DataSet(result.config().input(), synthetic, result.tracks(), FeatureMatrices.of(result.tracks()),
                result.scaled(), result.cleaning(), result.grouping(), result.genreNames(), result.genreCodes());
    }

    private static DataSet of(Path path, boolean synthetic, TrackTable tracks, FeatureMatrix raw, FeatureMatrix scaled,
                              CleaningReport cleaning, GroupingReport grouping) {
        TreeSet<String> names = new TreeSet<>();
        for (String g : tracks.genres()) {
            if (g != null) {
                names.add(g);
            }
        }
        List<String> genreNames = new ArrayList<>(names);
        int[] codes = new int[tracks.rows()];
        for (int i = 0; i < codes.length; i++) {
            String g = tracks.genres()[i];
            codes[i] = g == null ? -1 : genreNames.indexOf(g);
        }
        return new DataSet(path, synthetic, tracks, raw, scaled, cleaning, grouping, genreNames, codes);
    }

    public int rows() {
        return tracks.rows();
    }

    /** Whether this is FMA's own data (its credit goes on every figure). */
    public boolean isFma() {
        return !synthetic && "fma-folder".equals(tracks.format());
    }

    /** The caption figures carry: the data credit, or a note that the data is synthetic. */
    public String caption() {
        if (synthetic) {
            return "Synthetic sample data in FMA's layout (not real tracks)";
        }
        if (isFma()) {
            return "Data: Free Music Archive (Defferrard et al., ISMIR 2017), CC BY 4.0";
        }
        return "";
    }

    /** The short name of a feature column: its last dotted part ("echonest.audio_features.tempo" -> "tempo"). */
    public static String shortName(String feature) {
        int dot = feature.lastIndexOf('.');
        return dot < 0 ? feature : feature.substring(dot + 1);
    }
}
