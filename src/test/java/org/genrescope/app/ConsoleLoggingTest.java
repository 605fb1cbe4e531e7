package org.genrescope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The console logging set up in code must be what logback.xml described: same lines, same levels, stderr. */
class ConsoleLoggingTest {

    /** The layout logback.xml had: the reference the code's layout must match. */
    private static PatternLayout logbacksPatternLayout(LoggerContext context) {
        PatternLayout reference = new PatternLayout();
        reference.setContext(context);
        reference.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
        reference.start();
        return reference;
    }

    private static ConsoleLayout consoleLayout(LoggerContext context) {
        ConsoleLayout layout = new ConsoleLayout();
        layout.setContext(context);
        layout.start();
        return layout;
    }

    @Test
    void linesAreThoseOfLogbacksOwnPatternLayout() {
        LoggerContext context = new LoggerContext();
        PatternLayout reference = logbacksPatternLayout(context);
        ConsoleLayout layout = consoleLayout(context);
        Logger logger = context.getLogger("org.genrescope.model.embedding.IsolatedAutoencoderTrainer");
        for (Level level : new Level[] {Level.WARN, Level.INFO, Level.DEBUG, Level.ERROR}) {
            for (long time : new long[] {0L, 1_700_000_000_007L, 1_700_000_059_999L, 1_700_003_600_120L}) {
                LoggingEvent event = new LoggingEvent("x", logger, level, "trained {} steps in {} ms",
                        null, new Object[] {500, 1234});
                event.setTimeStamp(time);
                assertEquals(reference.doLayout(event), layout.doLayout(event));
            }
        }
    }

    @Test
    void aThrowableFollowsItsLineAsThePatternsImplicitExceptionDoes() {
        LoggerContext context = new LoggerContext();
        PatternLayout reference = logbacksPatternLayout(context);
        ConsoleLayout layout = consoleLayout(context);
        LoggingEvent event = new LoggingEvent("x", context.getLogger("smile"), Level.ERROR, "failed",
                new IOException("disk full", new IllegalStateException("inner")), null);
        assertEquals(reference.doLayout(event), layout.doLayout(event));
    }

    @Test
    void librariesStayAtWarnAndTheAppTakesTheLevelProperty() {
        String before = System.getProperty(ConsoleLogging.LEVEL_PROPERTY);
        try {
            LoggerContext context = new LoggerContext();
            new ConsoleLogging().configure(context);
            assertEquals(Level.WARN, context.getLogger("org.genrescope").getLevel());
            assertEquals(Level.WARN, context.getLogger("org.nd4j").getLevel());
            assertEquals(Level.WARN, context.getLogger("smile").getLevel());
            ConsoleAppender<?> console = assertInstanceOf(ConsoleAppender.class,
                    context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"));
            assertEquals("System.err", console.getTarget());

            System.setProperty(ConsoleLogging.LEVEL_PROPERTY, "DEBUG");
            LoggerContext debug = new LoggerContext();
            new ConsoleLogging().configure(debug);
            assertEquals(Level.DEBUG, debug.getLogger("org.genrescope").getLevel());
            assertEquals(Level.WARN, debug.getLogger("org.deeplearning4j").getLevel());
        } finally {
            if (before == null) {
                System.clearProperty(ConsoleLogging.LEVEL_PROPERTY);
            } else {
                System.setProperty(ConsoleLogging.LEVEL_PROPERTY, before);
            }
        }
    }

    @Test
    void logbackFindsTheConfiguratorAndReadsNoXml() throws IOException {
        try (var services = ConsoleLogging.class.getResourceAsStream(
                "/META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
            assertNotNull(services, "the service file that names the configurator");
            assertEquals(ConsoleLogging.class.getName(), new String(services.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertNotNull(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"),
                "the test JVM's logback was configured by ConsoleLogging");
        assertTrue(ConsoleLogging.class.getResource("/logback.xml") == null, "no second description of the logging");
    }
}
