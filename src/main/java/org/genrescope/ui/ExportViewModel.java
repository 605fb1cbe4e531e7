package org.genrescope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.plot.Figure;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;

/**
 * Exports in the background: one figure, or everything (File > Export all) with progress in the status bar and
 * cancellable ({@link #cancel}, Esc); remembers the size, DPI and folder last chosen.
 */
public final class ExportViewModel {
    private final BackgroundRunner runner;
    private final SettingsStore store;
    private final ProgressViewModel progress;
    private final BiConsumer<String, Throwable> fail;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private CancellationSource cancel = new CancellationSource();
    /** Bumped by every export, so that a finished older one does not speak over a newer one. */
    private long generation;

    public ExportViewModel(BackgroundRunner runner, SettingsStore store, ProgressViewModel progress,
                           BiConsumer<String, Throwable> fail) {
        this.runner = runner;
        this.store = store;
        this.progress = progress;
        this.fail = fail;
    }

    /** Writes {@code figure} as the dialog chose, in the background. */
    public void exportFigure(Figure figure, Dialogs.FigureExport choice) {
        rememberSize(choice.size());
        if (choice.target().getParent() != null) {
            rememberFolder(choice.target().getParent());
        }
        long own = begin();
        exporting.set(true);
        runner.run(() -> {
            Exports.figure(figure, choice.target(), choice.format(), choice.size());
            return choice.target();
        }, path -> {
            if (own == generation) {
                exporting.set(false);
                progress.say("Exported " + path);
            }
        }, failure -> {
            if (own == generation) {
                exporting.set(false);
                fail.accept("export the figure to " + choice.target(), failure);
            }
        });
    }

    /** Writes the result, the cleaned data and every figure into {@code choice}'s folder, cancellable. */
    public void exportAll(AnalysisResult result, DataSet data, Dialogs.FolderExport choice) {
        Path folder = choice.folder();
        rememberSize(choice.size());
        rememberFolder(folder);
        long own = begin();
        CancellationSource token = cancel;
        exporting.set(true);
        progress.started("Exporting into " + folder + "...");
        runner.run(() -> Exports.all(result, data, folder, choice.size(), progress.relay(() -> own == generation
                && exporting.get()), token), files -> {
            if (own == generation) {
                exporting.set(false);
                progress.say("Exported " + files.size() + " files into " + folder);
            }
        }, failure -> {
            if (own != generation) {
                return;
            }
            exporting.set(false);
            if (failure instanceof CancelledException) {
                progress.say("Export cancelled; the files written into " + folder + " so far stay.");
            } else {
                progress.say("Export failed.");
                fail.accept("export into " + folder, failure);
            }
        });
    }

    private long begin() {
        cancel.cancel();
        cancel = new CancellationSource();
        return ++generation;
    }

    /** Stops the export in progress. */
    public void cancel() {
        cancel.cancel();
    }

    /** The figure size and DPI last chosen for an export (single figure or all), else the default. */
    public Exports.Size exportSize() {
        try {
            return new Exports.Size(store.get(Preferences.EXPORT_WIDTH).orElseThrow(),
                    store.get(Preferences.EXPORT_HEIGHT).orElseThrow(), store.get(Preferences.EXPORT_DPI).orElseThrow());
        } catch (IllegalArgumentException | NoSuchElementException e) { // damaged or absent
            return Exports.Size.DEFAULT;
        }
    }

    private void rememberSize(Exports.Size size) {
        store.put(Preferences.EXPORT_WIDTH, size.width());
        store.put(Preferences.EXPORT_HEIGHT, size.height());
        store.put(Preferences.EXPORT_DPI, size.dpi());
    }

    private void rememberFolder(Path folder) {
        store.put(Preferences.EXPORT_FOLDER, folder.toAbsolutePath());
    }

    /**
     * Where an export's file chooser starts: the folder of the last export, else the user's pictures folder,
     * else the home folder; never the data's folder, which holds the input rather than figures.
     */
    public Path lastFolder() {
        return store.get(Preferences.EXPORT_FOLDER).filter(Files::isDirectory)
                .orElseGet(() -> picturesOrHome(Path.of(System.getProperty("user.home")), System.getenv()));
    }

    /**
     * The pictures folder the XDG user-dirs file names ({@code XDG_PICTURES_DIR} in
     * {@code $XDG_CONFIG_HOME/user-dirs.dirs}, else {@code ~/.config/user-dirs.dirs}), else {@code home/Pictures},
     * whichever exists first; else {@code home}.
     */
    static Path picturesOrHome(Path home, java.util.Map<String, String> environment) {
        String config = environment.get("XDG_CONFIG_HOME");
        Path dirs = (config == null || config.isBlank() ? home.resolve(".config") : Path.of(config)).resolve("user-dirs.dirs");
        try {
            if (Files.isRegularFile(dirs)) {
                for (String line : Files.readAllLines(dirs)) {
                    String t = line.strip();
                    if (t.startsWith("XDG_PICTURES_DIR=")) {
                        String value = t.substring("XDG_PICTURES_DIR=".length()).replace("\"", "");
                        Path pictures = value.startsWith("$HOME") ? Path.of(home + value.substring(5)) : Path.of(value);
                        if (pictures.isAbsolute() && Files.isDirectory(pictures)) {
                            return pictures;
                        }
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // an unreadable or odd user-dirs file only means we fall back to ~/Pictures
        }
        Path pictures = home.resolve("Pictures");
        return Files.isDirectory(pictures) ? pictures : home;
    }

    /** Whether an export runs. */
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }
}
