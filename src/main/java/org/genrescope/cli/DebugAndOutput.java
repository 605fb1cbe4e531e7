package org.genrescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.genrescope.settings.InvalidSettingException;
import picocli.CommandLine.Option;

/**
 * The {@code --debug} option of the analysis commands (cluster, apply, compare, stability, sweep), as a picocli
 * mixin, and the start every one of them makes: debug logging on when asked, and an {@code --out} that is a
 * folder or does not exist yet. {@link FailureHandler} reads {@code --debug} from the parse result for stack traces.
 */
final class DebugAndOutput {
    @Option(names = "--debug", description = "Print stack traces and debug logging.")
    boolean debug;

    /**
     * Turns on debug logging if {@code --debug} was given, and checks {@code out}.
     *
     * @throws InvalidSettingException naming {@code --out} when it is an existing file
     */
    void start(Path out) {
        if (debug) {
            DebugLogging.enable();
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidSettingException("--out", out + " is a file, not a folder");
        }
    }
}
