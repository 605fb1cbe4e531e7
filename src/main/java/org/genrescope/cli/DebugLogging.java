package org.genrescope.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

/**
 * Turns on debug logging for a command run with {@code --debug}. org.genrescope.app.ConsoleLogging takes the level
 * for {@code org.genrescope} and the console's threshold from the system property {@value #LEVEL_PROPERTY}, but
 * reads it only while logback configures itself, which has happened long before a command parses its options
 * (the first logger created does it). So setting the property is not enough: logback is configured again by the
 * same configurator, which keeps org.genrescope.app.ConsoleLogging the one description of the console logging.
 */
final class DebugLogging {
    static final String LEVEL_PROPERTY = "genrescope.log.level";

    private DebugLogging() {
    }

    /** Logs {@code org.genrescope} at DEBUG to stderr from now on. */
    static void enable() {
        configure("DEBUG");
    }

    /**
     * Sets the console logging's level property ({@code null} clears it: WARN) and configures logback again. Does nothing
     * more when another SLF4J backend is bound.
     */
    static void configure(String level) {
        if (level == null) {
            System.clearProperty(LEVEL_PROPERTY);
        } else {
            System.setProperty(LEVEL_PROPERTY, level);
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.reset();
            try {
                new ContextInitializer(context).autoConfig();
            } catch (JoranException e) {
                // only a broken logback set-up gets here; say so and go on without debug output
                System.err.println("genrescope: could not configure debug logging: " + e.getMessage());
            }
        }
    }
}
