package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** {@code --debug} must really turn on debug logging, although logback configured itself before the option was read. */
class DebugOptionTest {

    @AfterEach
    void backToTheDefaultLevel() {
        DebugLogging.configure(null);
    }

    @Test
    void debugLogsAtDebugLevelToStderr(@TempDir Path out) {
        // As in a real run, logback is configured (at WARN) before the command reads its options.
        assertFalse(LoggerFactory.getLogger("org.genrescope.analysis").isDebugEnabled());
        CommandRun run = CommandRun.of("cluster", "--input", SharedData.sample().toString(), "--out", out.toString(),
                "--recipe", "plain", "--representation", "features", "--projection", "none", "--restarts", "1", "--debug");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(LoggerFactory.getLogger("org.genrescope.analysis").isDebugEnabled());
        assertTrue(run.err().lines().anyMatch(l -> l.contains(" DEBUG ") && l.contains("settings: ")), run.err());
    }

    @Test
    void withoutDebugNothingIsLoggedBelowWarn(@TempDir Path out) {
        CommandRun run = CommandRun.of("cluster", "--input", SharedData.sample().toString(), "--out", out.toString(),
                "--recipe", "plain", "--representation", "features", "--projection", "none", "--restarts", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(LoggerFactory.getLogger("org.genrescope.analysis").isDebugEnabled());
        assertFalse(run.err().contains(" DEBUG "), run.err());
    }
}
