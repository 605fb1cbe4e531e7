package org.genrescope.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Configures logback for every process of the app (window, commands, training worker) in code, found by logback
 * through {@code META-INF/services}: console logging to stderr so stdout stays clean for command output, the
 * console's threshold and {@code org.genrescope}'s level from the system property {@value #LEVEL_PROPERTY}
 * (default WARN), and the libraries' chatter (Smile logs every K-Means and UMAP iteration, ND4J its start-up)
 * held at WARN.
 *
 * <p>Why code and not logback.xml: reading the XML costs a command about 0.5 s of CPU before it does any work,
 * most of it the roughly 270 lambda classes logback's XML reader and pattern layout spin and the JIT then
 * compiles ({@link ConsoleLayout} says why not the pattern layout), on a 2-core
 * machine where the training worker starting at the same time needs that core (docs/benchmarks-autoencoder.md).
 * Returning {@code DO_NOT_INVOKE_NEXT_IF_ANY} keeps logback from looking for an XML file after this.
 *
 * <p>The workbench adds a rotating file log ({@link FileLog}) when the window opens, so headless commands and
 * tests write no file.
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    /** System property holding the level for {@code org.genrescope} and the console (a logback level name). */
    public static final String LEVEL_PROPERTY = "genrescope.log.level";
    private static final String[] QUIET_LIBRARIES = {
        "org.nd4j", "org.deeplearning4j", "smile", "tech.tablesaw", "org.bytedeco"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Level level = Level.toLevel(System.getProperty(LEVEL_PROPERTY), Level.WARN);

        ConsoleLayout layout = new ConsoleLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setLevel(level.levelStr);
        threshold.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(threshold);
        console.start();

        for (String library : QUIET_LIBRARIES) {
            context.getLogger(library).setLevel(Level.WARN);
        }
        context.getLogger("org.genrescope").setLevel(level);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
