package org.genrescope.ui;

import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;
import java.util.List;
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
    private WorkbenchViewModel viewModel;
    private WorkbenchWindow window;
    private final List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The real app: settings in the user's application-data folder, native dialogs, notifications. */
    public WorkbenchApp() {
        this(() -> SettingsStore.file(AppFolders.settingsFile()), new FxDialogs(), true);
    }

    public WorkbenchApp(Supplier<SettingsStore> storeFactory, Dialogs dialogs, boolean notifications) {
        this.storeFactory = storeFactory;
        this.dialogs = dialogs;
        this.notifications = notifications;
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
        viewModel = new WorkbenchViewModel(new FxBackgroundRunner(), storeFactory.get(), new SettingsViewModel(),
                new Pipeline(threads, IsolatedAutoencoderTrainer.shared()), threads);
        // An exception that reaches the FX thread's top is a bug: logged, told as one sentence, counted for tests.
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
            uncaught.add(e);
            viewModel.fail("finish what the window was doing (a bug: please report it with the log file)", e);
        });
        window = new WorkbenchWindow(stage, viewModel, dialogs, notifications);
        stage.show();
        viewModel.startUp();
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
