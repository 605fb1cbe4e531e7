package org.genrescope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which data to open: recent files, the folder a chooser starts in, and what a dropped or chosen path is (an FMA
 * folder, one of its files, or a flat CSV whose header is read in the background before the column dialog shows).
 */
public final class OpenDataViewModel {
    static final int RECENT_LIMIT = 8;

    private final BackgroundRunner runner;
    private final SettingsStore store;
    private final Consumer<Path> openFolder;
    private final BiConsumer<Path, CsvMapping> openCsv;
    private final BiConsumer<String, Throwable> fail;
    private final ObservableList<String> recent = FXCollections.observableArrayList();

    public OpenDataViewModel(BackgroundRunner runner, SettingsStore store, Consumer<Path> openFolder,
                             BiConsumer<Path, CsvMapping> openCsv, BiConsumer<String, Throwable> fail) {
        this.runner = runner;
        this.store = store;
        this.openFolder = openFolder;
        this.openCsv = openCsv;
        this.fail = fail;
        store.get(Preferences.RECENT).ifPresent(recent::addAll);
    }

    /**
     * Opens {@code path}: a folder, or FMA's tracks.csv, echonest.csv or genres.csv, as an FMA folder; any other file
     * as a flat CSV, whose header is read in the background and then offered to {@code chooseColumns} on the UI
     * thread (empty: the user cancelled).
     */
    public void open(Path path, Function<CsvMappingViewModel, Optional<CsvMapping>> chooseColumns) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.equals("tracks.csv") || name.equals("echonest.csv") || name.equals("genres.csv")) {
            openFolder.accept(path.toAbsolutePath().getParent());
            return;
        }
        runner.run(() -> Files.isDirectory(path) ? null : CsvMappingViewModel.readHeader(path), header -> {
            if (header == null) {
                openFolder.accept(path);
            } else {
                chooseColumns.apply(new CsvMappingViewModel(header)).ifPresent(m -> openCsv.accept(path, m));
            }
        }, failure -> fail.accept("open " + path, failure));
    }

    /** Puts {@code path} first in the recent files and remembers its folder for the next chooser. */
    void remember(Path path) {
        String text = path.toAbsolutePath().toString();
        recent.remove(text);
        recent.add(0, text);
        while (recent.size() > RECENT_LIMIT) {
            recent.remove(recent.size() - 1);
        }
        store.put(Preferences.RECENT, List.copyOf(recent));
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            store.put(Preferences.LAST_FOLDER, parent);
        }
    }

    /** Where to start a file chooser: the folder of the last opened data, else the working folder. */
    public Path lastFolder() {
        return store.get(Preferences.LAST_FOLDER).filter(Files::isDirectory).orElse(Path.of(".").toAbsolutePath());
    }

    /** The recently opened files and folders, newest first (read-only). */
    public ObservableList<String> recent() { return FXCollections.unmodifiableObservableList(recent); }
}
