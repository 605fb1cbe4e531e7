package org.genrescope.session;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.Pipeline;
import org.genrescope.model.clustering.Clustering;

/**
 * One result kept on disk: which data (path and SHA-256), the settings, the result in numbers, and what is slow to
 * compute again. The last session is written after each training and read at the next start (ADR 0016, where the
 * file format is described field by field).
 *
 * @param savedAt   when it was written
 * @param version   the Genrescope version that wrote it
 * @param rows      tracks after cleaning and genre grouping
 * @param summary   the result in numbers, checked on restoring
 * @param stages    the slow stages: the autoencoder's weights and a t-SNE or UMAP projection
 * @param sweep     the k sweep's full K-Means clusterings by k (the trained k among them); empty when not swept
 * @param model     what assigning new tracks needs besides the weights and the clustering (features, scaler, DBSCAN's
 *                  core points); null in a session written before Genrescope kept it
 * @param versions  the app's, Java's and each library's version ({@code Versions.all()}); empty when not kept
 * @param view      how the window showed it (colour by genre, the selection, the select mode);
 *                  {@link SessionView#NONE} when not kept
 * @param comparison the Compare tab's result on this data (session 14), restored as computed; null when none was shown
 *                  (and in the command line's session.json)
 */
public record Session(Instant savedAt, String version, int rows, ResultSummary summary, Pipeline.Saved stages,
                      Map<Integer, Clustering> sweep, FittedModel model, Map<String, String> versions,
                      SessionView view, Comparison.Result comparison) {
    /** The format's version: a file with a larger one was written by a newer Genrescope and is not read. */
    public static final int SCHEMA_VERSION = 1;
    /** The format's name, the "format" field of every file. */
    public static final String FORMAT = "genrescope-session";

    public Session {
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(stages, "stages");
        sweep = java.util.Collections.unmodifiableMap(new TreeMap<>(sweep));
        versions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(versions));
        view = view == null ? SessionView.NONE : view;
    }

    /** A session without a comparison (as written before Compare's results were kept, and by the command line). */
    public Session(Instant savedAt, String version, int rows, ResultSummary summary, Pipeline.Saved stages,
                   Map<Integer, Clustering> sweep, FittedModel model, Map<String, String> versions,
                   SessionView view) {
        this(savedAt, version, rows, summary, stages, sweep, model, versions, view, null);
    }

    /** A session without the window's view (as written before it was kept, and by the command line). */
    public Session(Instant savedAt, String version, int rows, ResultSummary summary, Pipeline.Saved stages,
                   Map<Integer, Clustering> sweep, FittedModel model, Map<String, String> versions) {
        this(savedAt, version, rows, summary, stages, sweep, model, versions, SessionView.NONE);
    }

    /** A session without the fitted model and the versions (as the workbench kept them before issue 12). */
    public Session(Instant savedAt, String version, int rows, ResultSummary summary, Pipeline.Saved stages,
                   Map<Integer, Clustering> sweep) {
        this(savedAt, version, rows, summary, stages, sweep, null, Map.of(), SessionView.NONE);
    }

    /** The session of {@code trained} (the training's result) with the k sweep's clusterings so far. */
    public static Session of(AnalysisResult trained, Map<Integer, Clustering> sweep, String version) {
        return new Session(Instant.now(), version, trained.rows(), ResultSummary.of(trained), Pipeline.Saved.of(trained),
                sweep, FittedModel.of(trained), org.genrescope.analysis.Versions.all());
    }

    /** The same session with the window's {@code view}. */
    public Session withView(SessionView view) {
        return new Session(savedAt, version, rows, summary, stages, sweep, model, versions, view, comparison);
    }

    /** The same session with the Compare tab's {@code comparison} (null: none). */
    public Session withComparison(Comparison.Result comparison) {
        return new Session(savedAt, version, rows, summary, stages, sweep, model, versions, view, comparison);
    }

    /**
     * The slow stages for a run of {@code config}: {@link #stages()}, but with the k sweep's kept clustering of
     * config's k when that k is not the trained one (the k slider left on another k of the range before the window
     * closed). The sweep clustered the same codes with the same settings, k aside, as the pipeline's cluster stage
     * would ({@code Reclustering.withK}, full quality), so its clustering is the one the cluster stage would compute,
     * and taking it saves K-Means' restarts (new user, session 15: 25 s of "restart 22 of 100" before "Restored ... (no
     * training needed)"). The pipeline still takes a stage only when its settings match.
     */
    public Pipeline.Saved stagesFor(AnalysisConfig config) {
        Clustering swept = sweep.get(config.k());
        AnalysisConfig kept = stages.config();
        if (config.k() == kept.k() || swept == null || config.algorithm() != ClusteringAlgorithm.KMEANS
                || kept.algorithm() != ClusteringAlgorithm.KMEANS || swept.size() != rows
                || swept.clusterCount() != config.k() || !swept.hasCentroids()) {
            return stages;
        }
        return new Pipeline.Saved(stages.inputSha256(), kept.with("k", config.k()), stages.autoencoder(), swept,
                stages.projection(), stages.projectionWarnings());
    }

    /** The settings it was computed with. */
    public AnalysisConfig config() {
        return stages.config();
    }

    /** The data it was computed on. */
    public Path input() {
        return stages.config().input();
    }

    /** SHA-256 of the data it was computed on. */
    public String inputSha256() {
        return stages.inputSha256();
    }

    /** The same session without its k sweep (to stay within the size limit). */
    Session withoutSweep() {
        return new Session(savedAt, version, rows, summary, stages, Map.of(), model, versions, view, comparison);
    }

    /** The same session without its projection (to stay within the size limit). */
    Session withoutProjection() {
        return new Session(savedAt, version, rows, summary, new Pipeline.Saved(stages.inputSha256(), stages.config(),
                stages.autoencoder(), stages.clustering(), null, java.util.List.of()), sweep, model, versions, view,
                comparison);
    }
}
