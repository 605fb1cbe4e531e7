package org.genrescope.ui;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the workbench opens at start: the path given on the command line ({@code genrescope PATH}), or the last data
 * when none was given, when it is the last data anyway, or when it cannot be opened (then with one sentence saying
 * why).
 *
 * @param path          the path to open; null when the last data opens
 * @param problem       why the given path is not opened, one sentence; empty when there is nothing to say
 */
record LaunchPath(Path path, String problem) {
    /** Decides for {@code requested} (null: none given) when the last data opened was {@code last} (null: none). */
    static LaunchPath of(Path requested, Path last) {
        if (requested == null) {
            return new LaunchPath(null, "");
        }
        Path path = requested.toAbsolutePath().normalize();
        String problem = problem(path);
        if (problem != null) {
            return new LaunchPath(null, problem);
        }
        return path.equals(last) ? new LaunchPath(null, "") : new LaunchPath(path, "");
    }

    /** Whether the last data opens (as a start without a path does). */
    boolean opensLastData() {
        return path == null;
    }

    /** Why {@code path} cannot be opened, as one sentence; null when it can be tried. */
    static String problem(Path path) {
        if (!Files.exists(path)) {
            return "Genrescope could not open " + path + ": there is no such file or folder; the last data is open "
                    + "instead.";
        }
        if (!Files.isReadable(path) || Files.isDirectory(path) && !Files.isExecutable(path)) {
            return "Genrescope could not open " + path + ": it cannot be read (permissions); the last data is open "
                    + "instead.";
        }
        if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
            return "Genrescope could not open " + path + ": it is neither a folder nor a file; the last data is open "
                    + "instead.";
        }
        return null;
    }
}
