package org.genrescope.ui;

import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;
import java.nio.file.Path;
import java.util.List;
import org.genrescope.analysis.Versions;
import org.genrescope.session.SessionKeeper;
import org.genrescope.analysis.Pipeline;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;

/**
 * The workbench application: wires the view models to the window by hand (no framework) and opens it.
 * Tests construct it with their own settings store and dialogs.
 */
public final class WorkbenchApp extends Application {
    private final Supplier<SettingsStore> storeFactory;
    private final Dialogs dialogs;
    private final boolean notifications;
    /** Where the last session is kept (ADR 0016); null keeps none. */
    private final Path sessionFile;
    /** What the command line asked to open ({@code genrescope PATH}); null for the last data. */
    private Path requested;
    private SessionKeeper keeper;
    private WorkbenchViewModel viewModel;
    private WorkbenchWindow window;
    private final List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The real app: settings and last session in the user's application-data folder, native dialogs, notifications. */
    public WorkbenchApp() {
        this(() -> SettingsStore.file(AppFolders.settingsFile()), new FxDialogs(), true, AppFolders.sessionFile());
    }

    /** An app that keeps no session (tests of the window). */
    public WorkbenchApp(Supplier<SettingsStore> storeFactory, Dialogs dialogs, boolean notifications) {
        this(storeFactory, dialogs, notifications, null);
    }

    /** An app that keeps its last session in {@code sessionFile} (null: none). */
    public WorkbenchApp(Supplier<SettingsStore> storeFactory, Dialogs dialogs, boolean notifications, Path sessionFile) {
        this.storeFactory = storeFactory;
        this.dialogs = dialogs;
        this.notifications = notifications;
        this.sessionFile = sessionFile;
    }

    /** Opens {@code path} (an FMA folder or a CSV) at start instead of the last data; call before {@link #start}. */
    public void open(Path path) {
        this.requested = path;
    }

    /** Starts JavaFX and opens the window; returns when the window closes. */
    public static void launchWorkbench() {
        Application.launch(WorkbenchApp.class);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                org.slf4j.LoggerFactory.getLogger(WorkbenchApp.class).error("uncaught on {}", thread.getName(), e));
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        Pipeline pipeline = new Pipeline(threads, IsolatedAutoencoderTrainer.shared());
        keeper = sessionFile == null ? SessionKeeper.none(pipeline)
                : new SessionKeeper(sessionFile, pipeline, Versions.app());
        viewModel = new WorkbenchViewModel(new FxBackgroundRunner(), storeFactory.get(), new SettingsViewModel(),
                pipeline, threads, keeper);
        viewModel.foresee(requested); // the first frames name the command line's data, not the last session's
        // An exception that reaches the FX thread's top is a bug: logged, told as one sentence, counted for tests.
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
            uncaught.add(e);
            viewModel.fail("finish what the window was doing (a bug: please report it with the log file)", e);
        });
        window = new WorkbenchWindow(stage, viewModel, dialogs, notifications);
        // the compiler threads at nice 10 by default, the others off (docs/benchmarks.md, sessions 10, 25, 26)
        if (BackgroundPriority.COMPILER_NICE != 0 || BackgroundPriority.C2_NICE != 0
                || BackgroundPriority.CONCURRENT_GC_NICE != 0) {
            Thread jvmThreads = new Thread(() -> {
                BackgroundPriority.lowerCompilerThreads();
                BackgroundPriority.lowerConcurrentGcThreads();
            }, "jvm-thread-priority");
            jvmThreads.setDaemon(true); // a renice of the JIT's and G1's threads, off the FX thread (it starts a process)
            jvmThreads.start();
        }
        // The start's first frames, so that the FX thread never waits for the window's first paint (about 230 ms of
        // the render thread in software; benchmarks.md, "Opening and loading after the first frame (session 11)"):
        // the window is mapped with its content transparent (a frame of its background, and the X server's expose of
        // the new window, which repaints the whole scene, are then cheap; transparent, not invisible, so that the
        // first focus goes where it always did), its layout settled within a pulse; the content shown once that frame
        // is drawn; the load started once the content's frame is drawn, as its progress is a new frame. Nothing may
        // animate meanwhile (the status bar's bar stays still until the start runs): a frame drawn is seen only when
        // the render thread rests (FirstFrame; an indeterminate bar delayed the load by 6 s, session 17).
        javafx.scene.Parent content = stage.getScene().getRoot();
        content.setOpacity(0);
        FirstFrame.settleLayout(stage.getScene(), 2);
        stage.show();
        FirstFrame.thenRun(() -> {
            content.setOpacity(1);
            // then the tabs not on screen, a pulse each, before the load competes for the CPUs (DeferredTabContent)
            FirstFrame.thenRun(() -> DeferredTabContent.attachOnePerPulse(window.tabPane.getTabs(), () -> {
                // JavaFX's row and cell code compiled before a real table fills; the load after it, not beside it
                TableWarmUp.start(stage.getScene(), () -> viewModel.startUp(requested, window::open));
            }));
        });
    }

    /** Finishes writing the last session (the window has closed, which asked for it). */
    @Override
    public void stop() {
        if (keeper != null) {
            keeper.close(10);
        }
    }

    /** Exceptions that reached the FX thread's top since start (for end-to-end tests: there must be none). */
    public List<Throwable> uncaught() {
        return List.copyOf(uncaught);
    }

    /** The window's view model (for end-to-end tests). */
    public WorkbenchViewModel viewModel() {
        return viewModel;
    }

    /** Where points are drawn (for end-to-end tests). */
    ScatterCanvas scatter() {
        return window.tabs.scatter;
    }

    WorkbenchWindow window() {
        return window;
    }
}
