package org.genrescope.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Application;
import org.genrescope.cli.GenrescopeCommand;
import org.genrescope.ui.AppFolders;
import org.slf4j.LoggerFactory;

/**
 * The one entry point. No arguments opens the workbench on the last data, one path opens it on that data
 * ({@code genrescope PATH}); a subcommand runs headless. It does not
 * extend {@code Application}, so that {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() { }

    /**
     * What a command line asks for: the window (on the given data, or on the last data when {@code path} is null), or
     * a headless command.
     *
     * @param window whether the workbench window opens
     * @param path   the FMA folder or CSV to open in it, as typed; null for the last data (or a command)
     */
    record Launch(boolean window, String path) { }

    /**
     * No arguments opens the window on the last data; one argument that is neither an option nor a command's name is
     * the data to open in it ({@code genrescope PATH}, as desktop applications open the file they are given, whether
     * or not it exists: the window says what is wrong with it); anything else is a headless command.
     */
    static Launch launch(String[] args, Set<String> commands) {
        return launch(args, () -> commands);
    }

    /**
     * As above, asking for the commands' names only when one argument leaves the choice open: building them is
     * building picocli's model of every command (about 30 ms of CPU when {@code run} builds it again), and a command
     * line such as {@code cluster --input ...} is a command by its length alone.
     */
    static Launch launch(String[] args, Supplier<Set<String>> commands) {
        if (args.length == 0) {
            return new Launch(true, null);
        }
        if (args.length == 1 && !args[0].startsWith("-") && !args[0].isBlank() && !commands.get().contains(args[0])) {
            return new Launch(true, args[0]);
        }
        return new Launch(false, null);
    }

    /** The names of the headless commands (cluster, bench, ..., help). */
    static Set<String> commands() {
        return GenrescopeCommand.commandLine(null).getSubcommands().keySet();
    }

    public static void main(String[] args) {
        GenrescopeCommand.startTrainingEarly(args);
        Launch launch = launch(args, Main::commands);
        if (launch.window()) {
            if (!Displays.available()) {
                System.err.println("Genrescope found no display to open its window on (DISPLAY is not set); "
                        + "run a command such as 'genrescope cluster --help' to work headless.");
                System.exit(2);
            }
            Path logFile = AppFolders.logFile();
            try {
                FileLog.install(logFile);
            } catch (RuntimeException e) {
                // The window is still worth opening; the console log goes on.
                System.err.println("Genrescope could not open its log file " + logFile + ": " + e.getMessage());
            }
            String[] data = launch.path() == null ? new String[0] : new String[] {launch.path()};
            System.exit(runWorkbench(() -> Application.launch(WorkbenchLauncher.class, data), WorkbenchLauncher::opened,
                    logFile, System.err));
        }
        System.exit(GenrescopeCommand.run(args));
    }

    /**
     * Runs the window until it closes and returns the exit code: 0, or 1 after a failure. A failure before the
     * window opened (typically a desktop without GTK 3, JavaFX's windowing library on Linux) is reported as not
     * being able to open the window; a later one as what it is, with the log file that holds its details.
     *
     * @param launch runs JavaFX until the window closes; may throw
     * @param opened whether the window had opened when {@code launch} threw
     */
    static int runWorkbench(Runnable launch, BooleanSupplier opened, Path logFile, PrintStream err) {
        try {
            launch.run();
            return 0;
        } catch (RuntimeException | LinkageError e) {
            if (!opened.getAsBoolean()) {
                err.println("Genrescope could not open its window: " + e.getMessage()
                        + " (on Linux JavaFX needs GTK 3, e.g. the libgtk-3-0 package); headless commands still work, "
                        + "see --help.");
            } else {
                LoggerFactory.getLogger(Main.class).error("the workbench stopped after an error", e);
                err.println("Genrescope stopped after an error: " + e.getMessage() + " (details in " + logFile + ").");
            }
            return 1;
        }
    }
}
