package org.genrescope.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.genrescope.session.SessionKeeper;

/**
 * The workbench's start: reads the last session in the background (offering it to the pipeline), then opens the
 * command line's PATH or the last data, and keeps what to say above the first data opened (a PATH that could not be
 * opened, a session file that could not be used). No toolkit (ADR 0014).
 */
final class StartUp {
    private final SessionKeeper keeper;
    private String note = "";

    StartUp(SessionKeeper keeper) {
        this.keeper = keeper;
    }

    /**
     * What the start will open, for the status bar and the title from the window's first frame: a new user read
     * "Ready" and "No data open", shown for 6-8 s while the last session was read before the last data began to load,
     * as "nothing will open" (session 15).
     *
     * @param name   the data's name as the title says it while it opens (as {@code OpenDataViewModel.loadingName})
     * @param status the status bar's sentence: "Opening fma_metadata (last used)..."
     */
    record Announcement(String name, String status) { }

    /**
     * What a start with {@code requested} (the command line's PATH; null for none) opens, decided as {@link #run} and
     * {@code OpenDataViewModel.startUp} decide it: the path; else the last data when it is still there; else the
     * bundled sample, saying why (the first start, the sample was last used, the last data is gone). Reads the store
     * and asks the file system whether two paths exist; nothing else.
     */
    static Announcement announce(SettingsStore store, Path requested) {
        Path last = store.get(Preferences.LAST_DATA).orElse(null);
        LaunchPath launch = LaunchPath.of(requested, last);
        if (!launch.opensLastData()) {
            String name = String.valueOf(launch.path().getFileName());
            return new Announcement(name, "Opening " + name + "...");
        }
        if (OpenDataViewModel.lastDataToReopen(store).isPresent()) {
            String name = String.valueOf(last.getFileName());
            return new Announcement(name, "Opening " + name + " (last used)...");
        }
        boolean lastWasSample = store.get(Preferences.LAST_DATA_SYNTHETIC).orElse(false);
        String why = last == null ? "first start" : lastWasSample ? "last used"
                : "the last data, " + last + ", is not there";
        return new Announcement(DataSet.SAMPLE_NAME, "Opening the bundled sample data (" + why + ")...");
    }

    /**
     * Starts: {@code requested} (null for none) is opened with {@code open}, else the last data with {@code opening}.
     */
    void run(BackgroundRunner runner, SettingsStore store, SettingsViewModel settings, OpenDataViewModel opening,
             Path requested, Consumer<Path> open) {
        Consumer<String> begin = sessionNote -> {
            LaunchPath launch = LaunchPath.of(requested, store.get(Preferences.LAST_DATA).orElse(null));
            note = (launch.problem() + " " + sessionNote).strip();
            if (launch.opensLastData()) {
                opening.startUp();
            } else {
                open.accept(launch.path());
            }
        };
        // the settings at once and once, so the controls show the last ones (k, restarts...) while the session is
        // read: they showed the defaults for the 6-15 s of the read and then jumped (new user, session 16), and a
        // setting the user changes meanwhile stays
        settings.restore(store);
        if (keeper.keeps()) {
            runner.run(keeper::read, begin, failure -> begin.accept(""));
        } else {
            begin.accept(""); // nothing to read: the load is the first background job, as it always was
        }
    }

    /**
     * The note above newly opened data: the start's note (only for the first data) and the sample's; tells the keeper
     * that data opened, so that its first result is explained against the last session.
     */
    String opened(String sampleNote) {
        String text = (note + " " + sampleNote).strip();
        note = "";
        keeper.opened();
        return text;
    }
}
