package org.genrescope.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.BundledSample;
import org.genrescope.analysis.Comparison;
import org.genrescope.session.Session;
import org.genrescope.session.SessionFormatException;
import org.genrescope.session.SessionJson;
import org.genrescope.session.SessionKeeper;
import org.genrescope.session.SessionView;

/**
 * File > Open session and Save session (issue 12): a session is the format the workbench keeps its last result in
 * (ADR 0016), under a name the user chooses. Saving writes the trained result with its k sweep; opening applies the
 * session's settings, offers its kept stages to the pipeline and opens its data (and, when its result is restored,
 * colours, selects and compares as the session was shown), so that the same data gives the same
 * numbers without training, and changed data (another SHA-256) is said in one sentence. A file that cannot be used
 * is one sentence naming it and what is wrong. No toolkit (ADR 0014).
 */
public final class SessionsViewModel {
    /** The file name extension offered in the choosers. */
    public static final String EXTENSION = ".genrescope";
    /**
     * The largest session file opened: the command line writes its session.json without the workbench's 64 MB
     * limit, so a saved session may be larger than the last one kept; 1 GiB still fits in memory as text.
     */
    static final long MAX_BYTES = 1L << 30;

    private final BackgroundRunner runner;
    private final SettingsStore store;
    private final SessionKeeper keeper;
    private final SettingsViewModel settings;
    private final OpenDataViewModel opening;
    private final ProgressViewModel progress;
    private final Supplier<AnalysisResult> trained;
    private final KSweepViewModel sweep;
    private final Supplier<SessionView> view;
    private final Supplier<Comparison.Result> comparison;
    private final BiConsumer<String, Throwable> fail;

    SessionsViewModel(BackgroundRunner runner, SettingsStore store, SessionKeeper keeper, SettingsViewModel settings,
                      OpenDataViewModel opening, ProgressViewModel progress, Supplier<AnalysisResult> trained,
                      KSweepViewModel sweep, Supplier<SessionView> view, Supplier<Comparison.Result> comparison,
                      BiConsumer<String, Throwable> fail) {
        this.runner = runner;
        this.store = store;
        this.keeper = keeper;
        this.settings = settings;
        this.opening = opening;
        this.progress = progress;
        this.trained = trained;
        this.sweep = sweep;
        this.view = view;
        this.comparison = comparison;
        this.fail = fail;
    }

    /**
     * Saves the trained result, its settings, data hash, fitted model, k sweep, view and the Compare tab's result into
     * {@code file}, in the
     * background; the status bar says where, a failure is one sentence.
     */
    public void save(Path file) {
        AnalysisResult r = trained.get();
        if (r == null) {
            progress.say("Nothing to save yet: train first.");
            return;
        }
        if (r.autoencoder() != null && r.autoencoder().collapsed()) {
            progress.say("The autoencoder collapsed, which is not a result, so no session was saved; train again.");
            return;
        }
        var clusterings = sweep.clusterings();
        SessionView shownAs = view.get();
        Comparison.Result compared = comparison.get();
        runner.run(() -> keeper.saveAs(file, r, clusterings, shownAs, compared), bytes -> {
            opening.remember(file);
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                store.put(Preferences.SESSION_FOLDER, folder);
            }
            progress.say(String.format(Locale.ROOT, "Saved the session to %s (%,d KB).", file, (bytes + 1023) / 1024));
        }, failure -> fail.accept("save the session to " + file, failure));
    }

    /**
     * Where the session choosers start: the folder the user last saved a session in, else their Documents folder
     * ({@code ~/Documents}), else their home; never the data's folder (a read-only data set is a poor place for a
     * study's sessions, and researchers keep their work apart from the data they read).
     */
    public Path folder() {
        Path home = Path.of(System.getProperty("user.home"));
        return store.get(Preferences.SESSION_FOLDER).filter(Files::isDirectory)
                .orElseGet(() -> Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents") : home);
    }

    /**
     * Opens the session in {@code file}: reads it in the background, then applies its settings and opens its data,
     * which trains (or restores, when the data's SHA-256 is the session's) as any opened data does.
     */
    public void open(Path file) {
        progress.started("Reading the session " + file.getFileName() + "...");
        runner.run(() -> read(file), read -> {
            progress.say("Opening the data of session " + file.getFileName() + "...");
            keeper.adopt(read.session(), file.getFileName().toString());
            settings.apply(read.session().config());
            opening.openWith(read.data(), isSample(read.data()), DataColumns.of(settings));
        }, failure -> {
            progress.say("Could not open the session " + file.getFileName() + "; nothing changed.");
            fail.accept("open the session " + file, failure);
        });
    }

    /**
     * A session read, and where its data is.
     *
     * @param session the session
     * @param data    its data: the path it names, or for the bundled sample (whose copy a jar puts in a temporary
     *                folder that is gone after the app closes) the sample's folder now; the SHA-256 decides whether it
     *                is the same data
     */
    record Read(Session session, Path data) { }

    /**
     * Reads and checks a session file.
     *
     * @throws IOException with what is wrong, as the end of "Could not open the session FILE: ...": it does not exist,
     *                     cannot be read, is too large, is not a session (SessionJson's reasons), or its data is gone
     */
    static Read read(Path file) throws IOException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("it is a folder, not a session file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IOException("it is " + size / (1 << 20) + " MB, more than the " + (MAX_BYTES >> 20)
                        + " MB a session may be");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readAllBytes();
            }
        } catch (NoSuchFileException e) {
            throw new IOException("it does not exist", e);
        } catch (AccessDeniedException e) {
            throw new IOException("it cannot be read (permission denied)", e);
        }
        Session session;
        try {
            session = SessionJson.read(bytes);
        } catch (SessionFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        Path data = session.input();
        if (!Files.exists(data) && data.getFileName() != null
                && data.getFileName().equals(Path.of(BundledSample.FOLDER).getFileName())) {
            data = BundledSample.folder();
        }
        if (!Files.exists(data)) {
            throw new IOException("its data, " + data + ", is not there any more (moved or deleted)");
        }
        return new Read(session, data);
    }

    /** The bundled sample (a synthetic folder by its name), whose notes say it is synthetic. */
    private static boolean isSample(Path data) {
        return Files.isRegularFile(data.resolve(org.genrescope.data.DataCredit.SYNTHETIC_MARKER))
                && Path.of(BundledSample.FOLDER).getFileName().equals(data.getFileName());
    }
}
