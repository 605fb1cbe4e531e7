package org.genrescope.analysis;

import org.genrescope.settings.InvalidSettingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import org.genrescope.data.DataLoadException;
import org.genrescope.data.DataLoader;
import org.genrescope.data.TablesawStart;
import org.genrescope.data.TrackTable;
import org.genrescope.features.FeatureMatrices;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.features.FittedScaler;
import org.genrescope.features.GenreGrouping;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.metrics.InternalMetrics;
import org.genrescope.model.embedding.EpochListener;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.model.embedding.TrainedAutoencoder;
import org.genrescope.data.CleaningReport;
import org.genrescope.features.GroupingReport;
import org.genrescope.model.projection.Projection2D;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.Failures;
import org.genrescope.task.ProgressListener;

/**
 * Runs one analysis from file to metrics: load and clean, group genres, scale, build the clustered
 * representation, cluster and score, project to 2-D. The CLI and the workbench both use it.
 *
 * <p>One pipeline remembers what it computed: a later run recomputes only the stages whose settings
 * changed ({@link StageKeys}). Changing k re-uses the loaded data, the scaling and the representation
 * (a trained encoder) and the projection; changing the projection re-uses the clustering. A cancelled
 * run throws {@link org.genrescope.task.CancelledException} and leaves every cached stage as it was.
 * One pipeline runs one analysis at a time.
 */
public final class Pipeline {
    private final int threads;
    private final AutoencoderTraining trainer;
    /** Runs the input's hashing beside the load. */
    private final Executor background;
    private final StageCache<StageKeys.Key, Loaded> loads = new StageCache<>(1);
    private final StageCache<StageKeys.Key, Grouped> groupings = new StageCache<>(1);
    private final StageCache<StageKeys.Key, Scaled> scalings = new StageCache<>(1);
    /**
     * The trained encoders and their codes: the two most recent always (a change of k or of the projection re-uses
     * them), and up to 16 while their codes take at most {@link #CACHED_SHARE_OF_HEAP} of the heap, so that data
     * opened again in the same window (FMA after a few other files, from Open Recent) is not trained again (a new
     * user, session 18): an FMA autoencoder's codes are 1.7 MB, a million tracks' 80 MB.
     */
    private final StageCache<StageKeys.Key, Represented> representations = new StageCache<>(16, 2,
            r -> 8L * r.z().rows() * r.z().columns(), () -> this.maxHeapBytes / CACHED_SHARE_OF_HEAP);
    private final StageCache<StageKeys.Key, ClusterStage.Clustered> clusterings = new StageCache<>(32);
    /** The 2-D projections: the four most recent, and up to 16 within the same share of the heap (16 MB a million). */
    private final StageCache<StageKeys.Key, Projected> projections = new StageCache<>(16, 4,
            Pipeline::bytesOf, () -> this.maxHeapBytes / CACHED_SHARE_OF_HEAP);
    /** The share of the heap that representations, and projections, kept past their most recent few may take. */
    static final int CACHED_SHARE_OF_HEAP = 32;
    /**
     * The heap a loaded table is measured against when deciding to keep it ({@link #keepsLoaded}), and the cached
     * stages' budget.
     */
    private volatile long maxHeapBytes = Runtime.getRuntime().maxMemory();
    /** Stages saved by an earlier session, used where they match (ADR 0016); null for none. */
    private volatile Saved saved;

    /**
     * A pipeline that clusters, scores and projects on {@code threads} threads and has its autoencoders trained by
     * {@code trainer} (the application passes {@code IsolatedAutoencoderTrainer.shared()}; tests may pass their own).
     *
     * @param threads at least 1
     */
    public Pipeline(int threads, AutoencoderTraining trainer) {
        this(threads, trainer, ForkJoinPool.commonPool());
    }

    /** A pipeline whose background work (hashing the input while it loads) runs on {@code background}. */
    Pipeline(int threads, AutoencoderTraining trainer, Executor background) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        TablesawStart.inBackground();
        this.threads = threads;
        this.trainer = java.util.Objects.requireNonNull(trainer, "trainer");
        this.background = background;
    }

    private record Loaded(TrackTable table, InputInfo input) { }

    /** The grouping stage's value, with what loading said: a run that finds it cached needs no loaded table. */
    private record Grouped(GenreGrouping.Result result, InputInfo input, CleaningReport cleaning) { }

    private record Scaled(FittedScaler scaler, FeatureMatrix raw, FeatureMatrix scaled) { }

    /**
     * The data as the model will see it, before any representation is built: what {@link #prepare} returns, and the
     * first stages of {@link #run}, taken from the same caches.
     *
     * @param config     the settings it was prepared with
     * @param input      which input, with its hash
     * @param cleaning   what loading and cleaning did
     * @param grouping   what genre grouping did
     * @param tracks     the kept tracks after grouping, in input order
     * @param genreNames genres in code order (sorted)
     * @param genreCodes each track's genre as an index into genreNames, -1 where unlabelled (a copy is handed out)
     * @param raw        the tracks' features in original units
     * @param scaled     the same features scaled as {@code config} says
     */
    public record Prepared(AnalysisConfig config, InputInfo input, CleaningReport cleaning, GroupingReport grouping,
                           TrackTable tracks, List<String> genreNames, int[] genreCodes, FeatureMatrix raw,
                           FeatureMatrix scaled) {
        public Prepared {
            genreNames = List.copyOf(genreNames);
            genreCodes = genreCodes.clone();
        }

        @Override
        public int[] genreCodes() {
            return genreCodes.clone();
        }
    }

    /**
     * The first three stages' values within one run, with their keys. It holds what loading said, not the loaded
     * table: past the grouping only the grouped table goes on (see {@link #keepsLoaded}).
     */
    private record Front(StageKeys.Key representBase, InputInfo input, CleaningReport cleaning,
                         GenreGrouping.Result grouped, Scaled scaled, List<String> genreNames, int[] genreCodes) { }

    private record Represented(Representations.Built built) {
        FeatureMatrix z() {
            return built.z();
        }
    }

    /** A projection stage's result; {@code projection} is null when the settings ask for none. */
    private record Projected(Projection2D projection, List<String> warnings) { }

    private static long bytesOf(Projected projected) {
        return projected.projection() == null ? 0 : 8L * projected.projection().xy().length;
    }

    /**
     * The slow stages of an earlier run, as a saved session holds them (ADR 0016): a run with the same data (by
     * SHA-256) and the same settings up to a stage takes the stage from here instead of recomputing it.
     *
     * @param inputSha256        {@link InputInfo#sha256()} of the data they were computed on
     * @param config             the settings they were computed with
     * @param autoencoder        the trained autoencoder's weights, or null (another representation)
     * @param clustering         the clustering of config's k (K-Means' restarts are the slowest of the fast stages), or
     *                           null; only scored again when used
     * @param projection         a t-SNE or UMAP projection, or null (PCA and none are recomputed in milliseconds)
     * @param projectionWarnings the projection's notes (points UMAP placed approximately ...)
     */
    public record Saved(String inputSha256, AnalysisConfig config, TrainedAutoencoder.Weights autoencoder,
                        Clustering clustering, Projection2D projection, List<String> projectionWarnings) {
        public Saved {
            java.util.Objects.requireNonNull(inputSha256, "inputSha256");
            java.util.Objects.requireNonNull(config, "config");
            projectionWarnings = List.copyOf(projectionWarnings);
        }

        /** What of {@code result} is worth saving: its autoencoder and a projection other than PCA. */
        public static Saved of(AnalysisResult result) {
            ProjectionMethod method = result.config().projection();
            boolean slowProjection = result.projection() != null
                    && (method == ProjectionMethod.TSNE || method == ProjectionMethod.UMAP);
            return new Saved(result.input().sha256(), result.config(),
                    result.autoencoder() == null ? null : result.autoencoder().weights(), result.clustering(),
                    slowProjection ? result.projection() : null,
                    slowProjection ? result.warnings().stream().filter(Reclustering::isProjectionNote).toList()
                            : List.of());
        }

        /**
         * Whether a run of {@code config} on data hashed {@code sha256} may take {@code stage} ("represent",
         * "cluster" or "project") from here: same data, and no setting of that stage or any before it changed (the
         * input's path may differ: a moved folder with the same files is the same data).
         */
        public boolean matches(AnalysisConfig config, String sha256, String stage) {
            boolean present = switch (stage) {
                case StageKeys.REPRESENT -> autoencoder != null;
                case StageKeys.CLUSTER -> clustering != null;
                default -> projection != null;
            };
            return present && inputSha256.equals(sha256)
                    && !config.withInput(this.config.input()).stagesChangedFrom(this.config).contains(stage);
        }
    }

    /**
     * Whether the saved autoencoder will likely serve a run of {@code config}: same input and settings (the data's hash
     * is checked when it is known). Then the training worker is not started ahead, since it would only take a core
     * from the start.
     */
    private boolean savedModelFits(AnalysisConfig config) {
        Saved offered = saved;
        return offered != null && offered.config().input().toAbsolutePath().normalize()
                .equals(config.input().toAbsolutePath().normalize())
                && offered.matches(config, offered.inputSha256(), StageKeys.REPRESENT);
    }

    /** Decides which loaded tables to keep as if the heap were {@code bytes} (tests of {@link #keepsLoaded}). */
    void assumeMaxHeap(long bytes) {
        this.maxHeapBytes = bytes;
    }

    /** Offers {@code stages} (a saved session's) to the runs that follow; null withdraws them. */
    public void offer(Saved stages) {
        this.saved = stages;
    }

    public AnalysisResult run(AnalysisConfig config, ProgressListener progress, CancellationToken cancel)
            throws DataLoadException, IOException {
        return run(config, progress, EpochListener.NONE, cancel);
    }

    /**
     * Loads, cleans, groups genres and scales as {@code config} says, through the same stage caches as {@link #run}
     * (so a run after it, or a second prepare with the same input settings, reads nothing again). Starts the
     * autoencoder trainer when the config trains one, since a run usually follows.
     *
     * @throws DataLoadException naming the file, line and column that cannot be read
     * @throws InvalidSettingException when too few tracks remain after grouping
     * @throws org.genrescope.task.CancelledException when {@code cancel} is cancelled; the caches stay as they were
     */
    public synchronized Prepared prepare(AnalysisConfig config, ProgressListener progress, CancellationToken cancel)
            throws DataLoadException, IOException {
        if (config.representation() == Representation.AUTOENCODER && !savedModelFits(config)) {
            trainer.prestart();
        }
        PendingStages stages = new PendingStages();
        Front front = front(config, progress, cancel, stages, new ArrayList<>(), new ArrayList<>(), new StageClock());
        stages.commit();
        return new Prepared(config, front.input(), front.cleaning(), front.grouped().report(),
                front.grouped().tracks(), front.genreNames(), front.genreCodes(), front.scaled().raw(),
                front.scaled().scaled());
    }

    /**
     * Runs the analysis; {@code epochs} hears each autoencoder epoch's losses (for a live loss chart).
     */
    public AnalysisResult run(AnalysisConfig config, ProgressListener progress, EpochListener epochs,
                              CancellationToken cancel) throws DataLoadException, IOException {
        return run(config, progress, epochs, FormingLayout.Listener.NONE, cancel);
    }

    /**
     * As above; {@code forming} hears t-SNE's or UMAP's layout as it forms, with this run's clusters, for the window
     * to draw until the result replaces it (never part of the result).
     */
    public synchronized AnalysisResult run(AnalysisConfig config, ProgressListener progress, EpochListener epochs,
                                           FormingLayout.Listener forming, CancellationToken cancel)
            throws DataLoadException, IOException {
        StageClock clock = new StageClock();
        PendingStages stages = new PendingStages();
        List<String> reused = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (config.representation() == Representation.AUTOENCODER && !savedModelFits(config)) {
            // The training worker's JVM and ND4J take a while to start; do it while the data loads.
            trainer.prestart();
        }
        Front front = front(config, progress, cancel, stages, reused, warnings, clock);
        GenreGrouping.Result grouped = front.grouped();
        TrackTable tracks = grouped.tracks();
        Scaled scaled = front.scaled();
        StageKeys.Key scaleKey = front.representBase();

        StageKeys.Key representKey = StageKeys.of(scaleKey, StageKeys.REPRESENT, config);
        Represented represented = stages.get(representations, representKey);
        Saved offered = saved;
        String sha256 = front.input().sha256();
        if (represented == null && offered != null && config.representation() == Representation.AUTOENCODER
                && offered.matches(config, sha256, StageKeys.REPRESENT)) {
            represented = restored(config, scaled.scaled(), offered.autoencoder());
            stages.put(representations, representKey, represented);
            reused.add("represent");
            reused.add(RESTORED);
        } else if (represented == null) {
            represented = new Represented(Representations.build(config, scaled.scaled(), trainer, progress, epochs, cancel));
            stages.put(representations, representKey, represented);
        } else {
            reused.add("represent");
        }
        warnings.addAll(represented.built().warnings());
        clock.lap("represent");
        cancel.throwIfCancelled();

        List<String> genreNames = front.genreNames();
        int[] genreCodes = front.genreCodes();
        StageKeys.Key clusterKey = StageKeys.of(representKey, StageKeys.CLUSTER, config);
        ClusterStage.Clustered clustered = stages.get(clusterings, clusterKey);
        // the kept clustering holds only for the same codes: the restored autoencoder's, or codes made without chance
        boolean sameCodes = config.representation() != Representation.AUTOENCODER || reused.contains(RESTORED);
        if (clustered == null && offered != null && sameCodes && offered.matches(config, sha256, StageKeys.CLUSTER)
                && offered.clustering().size() == represented.z().rows()) {
            clustered = new ClusterStage(threads, InternalMetrics.DEFAULT_SILHOUETTE_MAX_POINTS).run(config,
                    offered.clustering(), represented.z(), scaled.scaled(), represented.built().decoder(),
                    scaled.scaler(), genreNames.isEmpty() ? null : genreCodes, progress, cancel);
            stages.put(clusterings, clusterKey, clustered);
            if (!reused.contains(RESTORED)) {
                reused.add(RESTORED); // PCA or the features: the codes were recomputed, the clusters were kept
            }
        } else if (clustered == null) {
            clustered = new ClusterStage(threads, InternalMetrics.DEFAULT_SILHOUETTE_MAX_POINTS).run(config,
                    represented.z(), scaled.scaled(), represented.built().decoder(), scaled.scaler(),
                    genreNames.isEmpty() ? null : genreCodes, progress, cancel);
            stages.put(clusterings, clusterKey, clustered);
        } else {
            reused.add("cluster");
        }
        warnings.addAll(clustered.warnings());
        clock.lap("cluster");
        cancel.throwIfCancelled();

        StageKeys.Key projectKey = StageKeys.of(representKey, StageKeys.PROJECT, config);
        Projected projected = stages.get(projections, projectKey);
        if (projected == null && offered != null && offered.matches(config, sha256, StageKeys.PROJECT)
                && offered.projection().size() == represented.z().rows()) {
            projected = new Projected(offered.projection(), offered.projectionWarnings());
            stages.put(projections, projectKey, projected);
            reused.add("project");
            if (!reused.contains(RESTORED)) {
                reused.add(RESTORED);
            }
        } else if (projected == null) {
            Projector.Result p = Projector.project(config, represented.z(), clustered.clustering(), threads, progress,
                    forming, cancel);
            projected = new Projected(p.projection(), p.warnings());
            stages.put(projections, projectKey, projected);
        } else {
            reused.add("project");
        }
        warnings.addAll(projected.warnings());
        clock.lap("project");

        stages.commit(); // only now: a run that was cancelled or failed above leaves the cache as it was
        return new AnalysisResult(config, front.input(), front.cleaning(), grouped.report(), tracks, genreNames,
                genreCodes, scaled.scaled(), scaled.scaler(), represented.z(), represented.built().decoder(),
                clustered.clustering(),
                clustered.inClusteringSpace(), clustered.inFeatureSpace(), clustered.vsGenre(), clustered.contingency(),
                represented.built().autoencoder(), clustered.centroids(), projected.projection(), clock.laps(), warnings,
                reused);
    }

    /**
     * Named among a result's {@link AnalysisResult#reusedStages()} when a stage came from a saved session rather than
     * from this pipeline's own cache.
     */
    public static final String RESTORED = "restored";

    /** A saved autoencoder re-evaluated on this run's scaled data: the same codes it gave when it was saved. */
    private static Represented restored(AnalysisConfig config, FeatureMatrix scaled, TrainedAutoencoder.Weights w) {
        double[] x = scaled.sharedValues(); // restoring and encoding only read it: no copy, as in Representations
        TrainedAutoencoder model = TrainedAutoencoder.restore(config.autoencoderConfig(), w, x, scaled.rows());
        return new Represented(Representations.of(config, scaled, x, model));
    }

    /** Why a loaded table is too small to cluster, with what cleaning dropped. */
    static String tooFewRows(CleaningReport report) {
        if (report.rowsRead() < 2) {
            return "the file has only " + report.rowsRead() + " data row" + (report.rowsRead() == 1 ? "" : "s")
                    + ", too few to cluster";
        }
        StringBuilder dropped = new StringBuilder();
        report.droppedByReason().forEach((reason, n) -> dropped.append(dropped.length() == 0 ? "" : ", ")
                .append(reason).append(": ").append(n));
        boolean missing = report.droppedByReason().keySet().stream().anyMatch(r -> r.contains("missing"));
        return "cleaning kept only " + report.rowsKept() + " of " + report.rowsRead() + " rows"
                + (dropped.length() == 0 ? "" : " (dropped: " + dropped + ")") + ", too few to cluster"
                + (missing ? "; --missing mean or median keeps rows with missing values" : "");
    }

    /** The load, group and scale stages, read from or added to {@code stages}. */
    private Front front(AnalysisConfig config, ProgressListener progress, CancellationToken cancel,
                        PendingStages stages, List<String> reused, List<String> warnings, StageClock clock)
            throws DataLoadException, IOException {
        StageKeys.Key loadKey = StageKeys.load(config);
        StageKeys.Key groupKey = StageKeys.of(loadKey, StageKeys.GROUP, config);
        Grouped grouping = stages.get(groupings, groupKey);
        if (grouping != null) {
            // the loaded table may not have been kept (keepsLoaded); its grouping holds all that follows needs
            reused.add("load");
            clock.lap("load");
            reused.add("group");
        } else {
            grouping = loadAndGroup(config, loadKey, groupKey, progress, cancel, stages, reused, clock);
        }
        GenreGrouping.Result grouped = grouping.result();
        InputInfo input = grouping.input();
        CleaningReport cleaning = grouping.cleaning();
        TrackTable tracks = grouped.tracks();
        grouped.report().unknownDropGenres().forEach(g ->
                warnings.add("--drop-genres: the data has no genre named '" + g + "'"));
        if (tracks.rows() < 2) {
            throw new InvalidSettingException("--drop-genres", "after cleaning and grouping only " + tracks.rows()
                    + " track(s) remain, too few to cluster");
        }
        clock.lap("group");

        StageKeys.Key scaleKey = StageKeys.of(groupKey, StageKeys.SCALE, config);
        Scaled scaled = stages.get(scalings, scaleKey);
        if (scaled == null) {
            progress.progress("scale", 0, 1, "scaling with " + config.scaling().id());
            FeatureMatrix raw = FeatureMatrices.of(tracks); // the grouped table's own values, not a copy
            FittedScaler scaler = config.scaling().fit(raw);
            scaled = new Scaled(scaler, raw, scaler.transform(raw));
            stages.put(scalings, scaleKey, scaled);
        } else {
            reused.add("scale");
        }
        clock.lap("scale");
        cancel.throwIfCancelled();
        List<String> genreNames = genreNames(tracks);
        return new Front(scaleKey, input, cleaning, grouped, scaled, genreNames, genreCodes(tracks, genreNames));
    }

    /** The load stage (from the cache or the files) and the grouping of its table, put in the pending stages. */
    private Grouped loadAndGroup(AnalysisConfig config, StageKeys.Key loadKey, StageKeys.Key groupKey,
                                 ProgressListener progress, CancellationToken cancel, PendingStages stages,
                                 List<String> reused, StageClock clock) throws DataLoadException, IOException {
        Loaded loaded = stages.get(loads, loadKey);
        boolean loadedNow = loaded == null;
        if (loadedNow) {
            loaded = load(config, progress, cancel);
        } else {
            reused.add("load");
        }
        clock.lap("load");
        cancel.throwIfCancelled();
        if (loaded.table().rows() < 2) {
            // cleaning, not genre grouping, left too few: say so about the file (issue 9: never a --drop-genres
            // message for a file whose rows were all dropped on reading)
            throw new DataLoadException(config.input(), 0, null, tooFewRows(loaded.table().report()));
        }
        progress.progress("group", 0, 1, "grouping genres");
        GenreGrouping.Result result = GenreGrouping.apply(loaded.table(), config.grouping());
        Grouped grouped = new Grouped(result, loaded.input(), loaded.table().report());
        stages.put(groupings, groupKey, grouped);
        if (loadedNow && keepsLoaded(loaded.table(), result.tracks(), maxHeapBytes)) {
            stages.put(loads, loadKey, loaded);
        }
        return grouped; // unless cached, the loaded table's memory goes back before the scaled copy is made
    }

    /** The part of the maximum heap a loaded table's features may take and still be kept once grouped. */
    static final int LOADED_SHARE_OF_HEAP = 8;

    /**
     * Whether the load stage keeps {@code loaded} once {@code grouped} is made from it: always when the grouping kept
     * every row (the two share their feature matrix), else only when its features take at most an eighth of the heap.
     * A larger one would stay beside the grouped table and the scaled matrix (three copies of the data: 1.2 GB at
     * FMA's full shape, the most of a 2 GB heap) only to spare reading the files again when a grouping setting
     * changes; without it a run holds two.
     */
    static boolean keepsLoaded(TrackTable loaded, TrackTable grouped, long maxHeapBytes) {
        long featureBytes = 8L * loaded.rows() * loaded.featureNames().size();
        return loaded.features() == grouped.features() || featureBytes <= maxHeapBytes / LOADED_SHARE_OF_HEAP;
    }

    /** Each stage's cached keys, least recently used first (for tests of the caching). */
    synchronized Map<String, List<Object>> cachedKeys() {
        Map<String, List<Object>> keys = new LinkedHashMap<>();
        keys.put("load", List.copyOf(loads.keys()));
        keys.put("group", List.copyOf(groupings.keys()));
        keys.put("scale", List.copyOf(scalings.keys()));
        keys.put("represent", List.copyOf(representations.keys()));
        keys.put("cluster", List.copyOf(clusterings.keys()));
        keys.put("project", List.copyOf(projections.keys()));
        return keys;
    }

    /**
     * Whether this pipeline's cache holds the code and the clusters a run of {@code config} would show, with the input
     * files as they are on disk now: such a run loads and scales the data again but trains nothing. Not synchronized
     * (each cache is), so that the window may ask while the pipeline runs; reads the input's file stamps, not its data.
     *
     * @return false also when the input cannot be listed
     */
    public boolean holdsResultFor(AnalysisConfig config) {
        try {
            StageKeys.Key scale = StageKeys.of(StageKeys.of(StageKeys.load(config), StageKeys.GROUP, config),
                    StageKeys.SCALE, config);
            StageKeys.Key represent = StageKeys.of(scale, StageKeys.REPRESENT, config);
            return representations.peek(represent) != null
                    && clusterings.peek(StageKeys.of(represent, StageKeys.CLUSTER, config)) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets every cached stage, e.g. when the user asks to reload the data. */
    public void clearCache() {
        loads.clear();
        groupings.clear();
        scalings.clear();
        representations.clear();
        clusterings.clear();
        projections.clear();
    }

    private Loaded load(AnalysisConfig config, ProgressListener progress, CancellationToken cancel)
            throws DataLoadException, IOException {
        // The hash runs beside the load; a load that fails or is cancelled stops it, so no thread goes on
        // reading a large input for a result nobody will use.
        CancellationSource stopHashing = new CancellationSource();
        CancellationToken hashCancel = () -> stopHashing.isCancelled() || cancel.isCancelled();
        FutureTask<String> fingerprint = new FutureTask<>(() -> InputFingerprint.sha256(config.input(), hashCancel));
        background.execute(fingerprint);
        TrackTable table;
        boolean loaded = false;
        try {
            progress.progress("load", 0, -1, "reading " + config.input());
            table = DataLoader.load(config.input(), config.importOptions(), progress, cancel);
            loaded = true;
        } finally {
            if (!loaded) {
                stopHashing.cancel();
                fingerprint.cancel(false); // not interrupting: an interrupt would close a shared pool thread's file
            }
        }
        InputInfo input = new InputInfo(config.input(), await(fingerprint), table.format(), table.report().rowsRead());
        return new Loaded(table, input);
    }

    /** The distinct genre labels, sorted: genre codes index this list. */
    static List<String> genreNames(TrackTable tracks) {
        TreeSet<String> names = new TreeSet<>();
        for (String g : tracks.genres()) {
            if (g != null) {
                names.add(g);
            }
        }
        return List.copyOf(names);
    }

    /** Each track's genre as an index into {@code names}; -1 where unlabelled. */
    static int[] genreCodes(TrackTable tracks, List<String> names) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[] codes = new int[tracks.rows()];
        for (int i = 0; i < codes.length; i++) {
            String g = tracks.genres()[i];
            codes[i] = g == null ? -1 : index.get(g);
        }
        return codes;
    }

    private static String await(FutureTask<String> hashing) throws IOException {
        try {
            return hashing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing the input");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw Failures.unwrap(e);
        }
    }

    /**
     * What one run reads from and adds to the caches, applied only when the run completes (ADR 0008): reading
     * does not even refresh an entry's recency until then, so a cancelled or failed run leaves every cache, its
     * order of eviction included, exactly as it was.
     */
    private static final class PendingStages {
        private final List<Runnable> changes = new ArrayList<>();

        <K, V> V get(StageCache<K, V> cache, K key) {
            V value = cache.peek(key);
            if (value != null) {
                changes.add(() -> cache.touch(key));
            }
            return value;
        }

        <K, V> void put(StageCache<K, V> cache, K key, V value) {
            changes.add(() -> cache.put(key, value));
        }

        void commit() {
            changes.forEach(Runnable::run);
        }
    }

    /** Milliseconds per stage, in order. */
    private static final class StageClock {
        private final Map<String, Long> laps = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, (now - last) / 1_000_000);
            last = now;
        }

        Map<String, Long> laps() {
            return laps;
        }
    }
}
