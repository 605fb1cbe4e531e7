package org.genrescope.analysis;

import java.util.List;
import java.util.Map;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.TrackTable;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.features.FittedScaler;
import org.genrescope.features.GroupingReport;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.model.embedding.TrainedAutoencoder;
import org.genrescope.model.metrics.ExternalScores;
import org.genrescope.model.projection.Projection2D;

/**
 * Everything one analysis produced; the CLI writes it and the workbench shows it. Immutable as far as its own
 * fields go: the arrays given to it are copied, and {@link #genreCodes()} and {@link #modelCentroids()} return
 * copies (read single entries with {@link #genreCode} in loops). The components it holds guard
 * their own arrays the same way ({@code FeatureMatrix}, {@code Clustering}, {@code Projection2D}).
 *
 * <p>Its cluster profiles ({@link #profiles()}, {@link #centroids()}) are computed once, at the first call, and kept:
 * the window's tabs, the report and the cluster table each read them, and at a million tracks each computation is
 * seconds. Thread-safe.
 */
public final class AnalysisResult {
    private final AnalysisConfig config;
    private final InputInfo input;
    private final CleaningReport cleaning;
    private final GroupingReport grouping;
    private final TrackTable tracks;
    private final List<String> genreNames;
    private final int[] genreCodes;
    private final FeatureMatrix scaled;
    private final FittedScaler scaler;
    private final FeatureMatrix representation;
    private final CodeDecoder decoder;
    private final Clustering clustering;
    private final InternalScores clusteringSpace;
    private final InternalScores featureSpace;
    private final ExternalScores vsGenre;
    private final ContingencyTable contingency;
    private final TrainedAutoencoder autoencoder;
    private final double[] modelCentroids;
    private final Projection2D projection;
    private final Map<String, Long> timingsMs;
    private final List<String> warnings;
    private final List<String> reusedStages;
    /** {@link #profiles()}, computed at the first call (seconds at a million tracks); guarded by this. */
    private List<ClusterProfile> profiles;
    /** {@link #centroids()}, from the same profiles; guarded by this. */
    private double[] centroids;

    /**
     * A result of these parts; the arrays, lists and map are copied.
     *
     * @param config          the settings used
     * @param input           which input
     * @param cleaning        what loading and cleaning did
     * @param grouping        what genre grouping did
     * @param tracks          the kept tracks, with their labels after grouping, in input order
     * @param genreNames      genre names in code order (sorted); {@code genreCodes[i]} indexes it, -1 where unlabelled
     * @param genreCodes      each track's genre as an index into genreNames
     * @param scaled          the scaled features
     * @param scaler          the fitted scaling (to map values back to original units)
     * @param representation  what was clustered (z)
     * @param decoder         maps the clustered space back to the scaled features
     * @param clustering      labels (noise -1), centroids in the clustered space (K-Means), inertia
     * @param clusteringSpace internal scores in the clustered space
     * @param featureSpace    internal scores in the scaled feature space (comparable across representations)
     * @param vsGenre         agreement with the genres; null when the data has no labels
     * @param contingency     genres x clusters counts; null when the data has no labels
     * @param autoencoder     the trained autoencoder when the representation is one, else null
     * @param modelCentroids  the model's view of each cluster in original feature units, k x d row-major: K-Means
     *                        centroids (or DBSCAN cluster means in the clustered space) decoded through the
     *                        representation and the inverse scaling; null where the scaling cannot be inverted
     *                        (the seed scaling). What a cluster holds is {@link #profiles()}, not this
     * @param projection      the 2-D projection; null when none was asked for
     * @param timingsMs       milliseconds per stage, in stage order
     * @param warnings        things the user should know (sampled silhouette, unknown genre names ...)
     * @param reusedStages    stages whose results were taken from an earlier run with the same settings
     */
    public AnalysisResult(AnalysisConfig config, InputInfo input, CleaningReport cleaning, GroupingReport grouping,
                          TrackTable tracks, List<String> genreNames, int[] genreCodes, FeatureMatrix scaled,
                          FittedScaler scaler, FeatureMatrix representation, CodeDecoder decoder,
                          Clustering clustering,
                          InternalScores clusteringSpace, InternalScores featureSpace, ExternalScores vsGenre,
                          ContingencyTable contingency, TrainedAutoencoder autoencoder, double[] modelCentroids,
                          Projection2D projection, Map<String, Long> timingsMs,
                          List<String> warnings, List<String> reusedStages) {
        this.config = config;
        this.input = input;
        this.cleaning = cleaning;
        this.grouping = grouping;
        this.tracks = tracks;
        this.genreNames = List.copyOf(genreNames);
        this.genreCodes = genreCodes.clone();
        this.scaled = scaled;
        this.scaler = scaler;
        this.representation = representation;
        this.decoder = decoder;
        this.clustering = clustering;
        this.clusteringSpace = clusteringSpace;
        this.featureSpace = featureSpace;
        this.vsGenre = vsGenre;
        this.contingency = contingency;
        this.autoencoder = autoencoder;
        this.modelCentroids = modelCentroids == null ? null : modelCentroids.clone();
        this.projection = projection;
        this.timingsMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMs));
        this.warnings = List.copyOf(warnings);
        this.reusedStages = List.copyOf(reusedStages);
    }

    public AnalysisConfig config() {
        return config;
    }

    public InputInfo input() {
        return input;
    }

    public CleaningReport cleaning() {
        return cleaning;
    }

    public GroupingReport grouping() {
        return grouping;
    }

    public TrackTable tracks() {
        return tracks;
    }

    public List<String> genreNames() {
        return genreNames;
    }

    public FeatureMatrix scaled() {
        return scaled;
    }

    public FittedScaler scaler() {
        return scaler;
    }

    public FeatureMatrix representation() {
        return representation;
    }

    public CodeDecoder decoder() {
        return decoder;
    }

    public Clustering clustering() {
        return clustering;
    }

    public InternalScores clusteringSpace() {
        return clusteringSpace;
    }

    public InternalScores featureSpace() {
        return featureSpace;
    }

    public ExternalScores vsGenre() {
        return vsGenre;
    }

    public ContingencyTable contingency() {
        return contingency;
    }

    public TrainedAutoencoder autoencoder() {
        return autoencoder;
    }

    public Projection2D projection() {
        return projection;
    }

    public Map<String, Long> timingsMs() {
        return timingsMs;
    }

    public List<String> warnings() {
        return warnings;
    }

    public List<String> reusedStages() {
        return reusedStages;
    }

    /** A copy of each track's genre code (an index into {@link #genreNames()}, -1 where unlabelled). */
    public int[] genreCodes() {
        return genreCodes.clone();
    }

    /** Track i's genre code, -1 where unlabelled. */
    public int genreCode(int track) {
        return genreCodes[track];
    }

    /** A copy of the model's decoded centres in original units, k x d row-major; null where not invertible. */
    public double[] modelCentroids() {
        return modelCentroids == null ? null : modelCentroids.clone();
    }

    /**
     * Each cluster's members' statistics (mean, quartiles) in original units, computed from the raw values of
     * {@link #tracks()} once, at the first call (a sort per cluster and feature: seconds at a million tracks), by
     * whichever thread calls first; an unmodifiable list.
     */
    public synchronized List<ClusterProfile> profiles() {
        if (profiles == null) {
            profiles = List.copyOf(ClusterProfiles.of(tracks, clustering));
        }
        return profiles;
    }

    /**
     * Each cluster's members' mean in original feature units (tempo in BPM), k x d row-major, for the window's
     * bars: a copy of what {@link #profiles()}' means gave at the first call. A cluster K-Means left empty has no
     * mean; it gets 0 here because the bar figures accept only finite values (its legend says 0 tracks). Read
     * {@link #profiles()}, where an empty cluster has no statistics, for anything else.
     */
    public synchronized double[] centroids() {
        if (centroids == null) {
            double[] means = ClusterProfiles.means(profiles(), tracks.featureNames().size());
            for (int i = 0; i < means.length; i++) {
                means[i] = Double.isNaN(means[i]) ? 0.0 : means[i];
            }
            centroids = means;
        }
        return centroids.clone();
    }

    public int rows() {
        return tracks.rows();
    }

    public boolean hasGenres() {
        return vsGenre != null;
    }
}
