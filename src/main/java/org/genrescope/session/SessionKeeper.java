package org.genrescope.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Representation;
import org.genrescope.model.clustering.Clustering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's last session (ADR 0016): read at start and offered to the pipeline, so that a start on the same
 * data with the same settings shows the last result without training; written after each training and when the k
 * sweep completes, in the background, the newest result winning. Says why a start computes again. Not thread-safe:
 * call it from one thread (the UI's), except {@link #read}, which belongs on a background thread.
 */
public final class SessionKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(SessionKeeper.class);

    private final Path file;
    private final Pipeline pipeline;
    private final String version;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "genrescope-session-writer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Session> pending = new AtomicReference<>();
    private volatile Session last;
    /**
     * The session the first result on newly opened data is explained against (the one kept when it opened; saving
     * that result replaces {@link #last}); null when there is nothing to explain.
     */
    private Session explainAgainst;
    /** The name of a session file the user opened ({@link #adopt}), until its data opens; null otherwise. */
    private String adoptedName;
    /** The name {@link #explainAgainst} was opened under; null when it is the last session. */
    private String explainName;

    /** A keeper that keeps nothing: reads no session and writes none (tests of the window that need no disk). */
    public static SessionKeeper none(Pipeline pipeline) {
        return new SessionKeeper(null, pipeline, "");
    }

    /** A keeper of {@code file} that offers what it reads to {@code pipeline}; {@code version} goes into the file. */
    public SessionKeeper(Path file, Pipeline pipeline, String version) {
        this.file = file;
        this.pipeline = pipeline;
        this.version = version;
    }

    /**
     * Reads the last session and offers its stages to the pipeline; a file that cannot be used is left alone (the
     * next training replaces it).
     *
     * @return a sentence saying why the file was not used; empty when it was, or when there is none
     */
    public String read() {
        if (file == null) {
            return "";
        }
        SessionFile.Read read = SessionFile.read(file);
        if (!read.note().isEmpty()) {
            LOG.warn("{}", read.note());
        }
        last = read.session();
        pipeline.offer(last == null ? null : last.stages());
        return read.note();
    }

    /** Whether it keeps a file at all ({@link #none} does not). */
    public boolean keeps() {
        return file != null;
    }

    /** The session read at start (or last written); null for none. */
    public Session last() {
        return last;
    }

    /** Data has opened: its first result is explained against the last session (or the one {@link #adopt}ed). */
    public void opened() {
        explainAgainst = last;
        explainName = adoptedName;
        adoptedName = null;
    }

    /**
     * The session the user opened (File > Open session) whose data has just opened and whose first result is not
     * explained yet; null otherwise. Its view is put back even when that result came from the window's own stage
     * cache (the same window saving and opening a session) rather than from the session.
     */
    public Session openedByUser() {
        return explainName != null ? explainAgainst : null;
    }

    /**
     * A session the user opened (File > Open session) becomes the last one: its stages are offered to the pipeline,
     * and the first result on the data opened next is explained against it under {@code name} (its file's name).
     */
    public void adopt(Session session, String name) {
        last = session;
        adoptedName = name;
        pipeline.offer(session.stages());
    }

    /**
     * Saves {@code trained} with the sweep's clusterings as a session in {@code target} (File > Save session), now, on
     * the calling thread (a background one), atomically.
     *
     * @return the bytes written
     * @throws IOException when the file cannot be written; a file already there then stays as it was
     */
    public long saveAs(Path target, AnalysisResult trained, Map<Integer, Clustering> sweep) throws IOException {
        return saveAs(target, trained, sweep, SessionView.NONE);
    }

    /** As {@link #saveAs(Path, AnalysisResult, Map)}, with how the window showed it. */
    public long saveAs(Path target, AnalysisResult trained, Map<Integer, Clustering> sweep, SessionView view)
            throws IOException {
        return saveAs(target, trained, sweep, view, null);
    }

    /** As {@link #saveAs(Path, AnalysisResult, Map, SessionView)}, with the Compare tab's result (null: none). */
    public long saveAs(Path target, AnalysisResult trained, Map<Integer, Clustering> sweep, SessionView view,
                       Comparison.Result comparison) throws IOException {
        return SessionFile.write(target, Session.of(trained, sweep, version).withView(view).withComparison(comparison));
    }

    /**
     * Why the first training on newly opened data computes the slow stages again, as far as the settings tell before
     * the data's hash is known: " (settings changed: latent size 5 -> 6)", or empty.
     */
    public String whyTraining(AnalysisConfig config) {
        Session s = explainAgainst;
        if (s == null || !samePlace(s.input(), config.input())) {
            return "";
        }
        return RecomputeReason.of(s, config, s.inputSha256()).map(r -> " (" + r + ")").orElse("");
    }

    /**
     * Whether the first training on newly opened data will likely be a restore: a session is to be explained against,
     * it was made from the same file, and its settings are the current ones. Only the data's SHA-256, known after
     * the load, can still make it a training; the status then says "computed again" ({@link #explain}).
     */
    public boolean mayRestore(AnalysisConfig config) {
        Session s = explainAgainst;
        return s != null && samePlace(s.input(), config.input())
                && RecomputeReason.of(s, config, s.inputSha256()).isEmpty();
    }

    /**
     * Before the first training on newly opened data: offers the pipeline the session's stages for {@code config}
     * ({@link Session#stagesFor}: the k sweep's kept clustering when the k slider was left on another k than the
     * trained one), so that a restore clusters nothing the session kept. Nothing when there is no session to restore.
     */
    public void offerFor(AnalysisConfig config) {
        Session s = explainAgainst;
        if (s != null) {
            pipeline.offer(s.stagesFor(config));
        }
    }

    /**
     * Why the first training on newly opened data, a likely restore ({@link #mayRestore}), clusters again instead of
     * taking the session's clustering: "; clustering again (settings changed: restarts 100 -> 50)", or empty.
     */
    public String whyClustering(AnalysisConfig config) {
        Session s = explainAgainst;
        if (s == null || !samePlace(s.input(), config.input())) {
            return "";
        }
        return RecomputeReason.clustering(s, config).map(r -> "; clustering again (" + r + ")").orElse("");
    }

    /**
     * What the status bar says about a finished training, before the result's own description (which says whether it
     * was restored): that a restored result differs from the one saved, or why it was computed again; empty for a
     * restored result as saved, a training the user asked for, or one on other data than the last session's.
     */
    public String explain(AnalysisResult r) {
        Session s = explainAgainst;
        String name = explainName;
        explainAgainst = null;
        explainName = null;
        if (s == null) {
            return "";
        }
        if (name != null) {
            return opened(s, name, r);
        }
        Optional<String> why = RecomputeReason.of(s, r.config(), r.input().sha256());
        // the same data and slow settings: the session's clustering was taken unless a setting of it changed
        Optional<String> clusteredAgain = why.isPresent() || !s.inputSha256().equals(r.input().sha256())
                ? Optional.empty() : RecomputeReason.clustering(s, r.config());
        if (clusteredAgain.isPresent()) {
            return "Clustered again: " + clusteredAgain.get() + ". ";
        }
        if (r.reusedStages().contains(Pipeline.RESTORED)) {
            List<String> differences = s.summary().k() == r.config().k()
                    ? s.summary().differences(ResultSummary.of(r)) : List.of();
            // the status line that follows says it was restored; here only whether it came out as saved
            return differences.isEmpty() ? ""
                    : "The restored result differs from the one saved (" + differences.get(0)
                    + (differences.size() > 1 ? " and " + (differences.size() - 1) + " more" : "") + "). ";
        }
        return why.map(w -> "Computed again: " + w + ". ").orElse("");
    }

    /**
     * {@link #explain} for a session the user opened: what came of it, said first. The numbers are compared whether
     * the result was restored from the session or taken from this window's own stage cache (the same window saving and
     * opening a session): either way nothing was trained.
     */
    private String opened(Session s, String name, AnalysisResult r) {
        if (!s.inputSha256().equals(r.input().sha256())) {
            return "Session " + name + ": the data changed since it was saved (its SHA-256 differs), so the results "
                    + "were computed afresh and may differ from the saved ones. ";
        }
        Optional<String> why = RecomputeReason.of(s, r.config(), r.input().sha256());
        if (why.isPresent()) {
            return "Session " + name + " opened; computed again: " + why.get() + ". ";
        }
        List<String> differences = s.summary().k() == r.config().k()
                ? s.summary().differences(ResultSummary.of(r)) : List.of();
        return differences.isEmpty() ? "Session " + name + " opened, its numbers reproduced. "
                : "Session " + name + " opened, but the result differs from the one saved (" + differences.get(0)
                + (differences.size() > 1 ? " and " + (differences.size() - 1) + " more" : "") + "). ";
    }

    /**
     * The k sweep's clusterings the last session kept that hold for {@code trained}: same data, same settings of
     * every stage up to the clustering (k aside), and the same representation (the restored autoencoder, or a
     * representation computed without randomness); empty otherwise.
     */
    public Map<Integer, Clustering> keptSweep(AnalysisResult trained) {
        Session s = last;
        if (s == null || s.sweep().isEmpty() || trained.config().algorithm() != ClusteringAlgorithm.KMEANS
                || !s.inputSha256().equals(trained.input().sha256()) || trained.rows() != s.rows()) {
            return Map.of();
        }
        AnalysisConfig now = trained.config().withInput(s.input()).with("k", s.config().k());
        List<String> changed = now.stagesChangedFrom(s.config());
        boolean sameCodes = trained.config().representation() != Representation.AUTOENCODER
                || trained.reusedStages().contains(Pipeline.RESTORED);
        return changed.isEmpty() && sameCodes ? s.sweep() : Map.of();
    }

    /**
     * Saves {@code trained} with the sweep's clusterings so far as the last session, in the background; a newer save
     * before it is written replaces it. A result whose autoencoder collapsed is not kept (it is not a result).
     */
    public void save(AnalysisResult trained, Map<Integer, Clustering> sweep) {
        save(trained, sweep, SessionView.NONE);
    }

    /** As {@link #save(AnalysisResult, Map)}, with how the window showed it (colour by genre, the selection). */
    public void save(AnalysisResult trained, Map<Integer, Clustering> sweep, SessionView view) {
        save(trained, sweep, view, null);
    }

    /**
     * As {@link #save(AnalysisResult, Map, SessionView)}, with the Compare tab's result (null: none), which comes back
     * with the result at the next start.
     */
    public void save(AnalysisResult trained, Map<Integer, Clustering> sweep, SessionView view,
                     Comparison.Result comparison) {
        if (file == null || trained == null) {
            return;
        }
        if (trained.autoencoder() != null && trained.autoencoder().collapsed()) {
            return;
        }
        Session session = Session.of(trained, sweep, version).withView(view).withComparison(comparison);
        last = session;
        pipeline.offer(session.stages());
        if (pending.getAndSet(session) == null) {
            try {
                writer.execute(this::writePending);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed (the window is gone): what was pending at close was written; a late result is not kept
                LOG.warn("a result arrived after the session writer closed; it is not kept in {}", file);
            }
        }
    }

    private void writePending() {
        Session session = pending.getAndSet(null);
        if (session == null) {
            return;
        }
        try {
            long bytes = SessionFile.write(file, session);
            LOG.info("kept the session in {} ({} bytes)", file, bytes);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not keep the session in {}", file, e);
        }
    }

    /** Writes what is pending and stops the writer, waiting up to {@code seconds} (the window is closing). */
    public void close(long seconds) {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(seconds, TimeUnit.SECONDS)) {
                LOG.warn("the session was still being written to {} when the window closed", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean samePlace(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
