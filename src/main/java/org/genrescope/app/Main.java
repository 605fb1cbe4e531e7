package org.genrescope.app;

import org.genrescope.cli.GenrescopeCommand;
import org.genrescope.ui.AppFolders;
import org.genrescope.ui.WorkbenchApp;

/**
 * The one entry point. No arguments opens the workbench; a subcommand runs headless. It does not
 * extend {@code Application}, so that {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        if (args.length == 0) {
            if (!Displays.available()) {
                System.err.println("Genrescope found no display to open its window on (DISPLAY is not set); "
                        + "run a command such as 'genrescope cluster --help' to work headless.");
                System.exit(2);
            }
            try {
                FileLog.install(AppFolders.logFile());
                WorkbenchApp.launchWorkbench();
            } catch (RuntimeException | LinkageError e) {
                // Typically a desktop without GTK 3 (JavaFX's windowing library on Linux).
                System.err.println("Genrescope could not open its window: " + e.getMessage()
                        + " (on Linux JavaFX needs GTK 3, e.g. the libgtk-3-0 package); headless commands still work, see --help.");
                System.exit(1);
            }
            return;
        }
        System.exit(GenrescopeCommand.run(args));
    }
}
