package org.genrescope.ui;

import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;
import org.genrescope.analysis.Pipeline;

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
                new Pipeline(threads), threads);
        window = new WorkbenchWindow(stage, viewModel, dialogs, notifications);
        stage.show();
        viewModel.startUp();
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
