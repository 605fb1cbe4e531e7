package org.genrescope.app;

import org.genrescope.cli.GenrescopeCommand;
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
            WorkbenchApp.launchWorkbench();
            return;
        }
        System.exit(GenrescopeCommand.run(args));
    }
}
