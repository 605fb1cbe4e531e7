package org.genrescope.ui;

import java.nio.file.Path;

/**
 * The user's application-data folder: {@code genrescope.home} when set (tests point it at a temporary folder),
 * else {@code $XDG_DATA_HOME/genrescope}, else {@code ~/.local/share/genrescope}.
 */
public final class AppFolders {
    private AppFolders() { }

    public static Path home() {
        String override = System.getProperty("genrescope.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "genrescope");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "genrescope");
    }

    /** The folder of the rotating log files. */
    public static Path logs() {
        return home().resolve("logs");
    }

    /** The current log file (older ones are rolled over next to it). */
    public static Path logFile() {
        return logs().resolve("genrescope.log");
    }

    /**
     * The last session: the result last shown, with its trained model, kept so that the next start shows it without
     * training (ADR 0016); the same format as a saved session.
     */
    public static Path sessionFile() {
        return home().resolve("last-session.genrescope");
    }

    /** The remembered window state, data and settings. */
    public static Path settingsFile() {
        return home().resolve("workbench.properties");
    }
}
