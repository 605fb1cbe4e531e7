package org.genrescope.app;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.stage.Stage;
import org.genrescope.ui.WorkbenchApp;

/**
 * The application JavaFX launches: the workbench itself, plus a note of whether its window opened. JavaFX
 * throws every failure out of {@code Application.launch}, from a toolkit that cannot start to a failing
 * {@code stop()} at the very end; only the first kind means "could not open its window". {@code launch}
 * creates this class itself, so the note is a static flag.
 */
public final class WorkbenchLauncher extends Application {
    private static final AtomicBoolean OPENED = new AtomicBoolean();
    private final WorkbenchApp workbench = new WorkbenchApp();

    /** Whether a window was shown in this JVM (its start method returned). */
    static boolean opened() {
        return OPENED.get();
    }

    @Override
    public void init() throws Exception {
        workbench.init();
    }

    @Override
    public void start(Stage stage) throws Exception {
        // Main hands over at most one argument, the data to open (genrescope PATH)
        getParameters().getRaw().stream().findFirst().ifPresent(path -> workbench.open(dataPath(path)));
        workbench.start(stage);
        OPENED.set(true);
    }

    /** The typed path; one the file system cannot even name (a NUL byte) stays a path that does not exist. */
    static Path dataPath(String typed) {
        try {
            return Path.of(typed);
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of(typed.replace('\0', '?'));
        }
    }

    @Override
    public void stop() throws Exception {
        workbench.stop();
    }
}
