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
                settings.restore(store); // what opening.startUp() does first, before the data it opens
                open.accept(launch.path());
            }
        };
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
