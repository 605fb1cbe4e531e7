package org.genrescope.app;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Lays out a console log line as logback's pattern {@code %d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n} does,
 * followed by the stack trace of an attached throwable, as the pattern's implicit {@code %ex} adds it.
 *
 * <p>Why not logback's {@code PatternLayout}: its class initialiser registers 66 converters as lambdas, each a
 * class the JVM spins at start-up (counted with {@code -Xlog:class+load}), for the five fields used here.
 */
final class ConsoleLayout extends LayoutBase<ILoggingEvent> {
    private static final int LOGGER_NAME_LENGTH = 20;
    private final TargetLengthBasedClassNameAbbreviator abbreviator =
            new TargetLengthBasedClassNameAbbreviator(LOGGER_NAME_LENGTH);
    private final ZoneId zone = ZoneId.systemDefault();

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        appendTime(line, LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), zone));
        line.append(' ');
        String level = event.getLevel().levelStr;
        line.append(level);
        for (int pad = level.length(); pad < 5; pad++) {
            line.append(' ');
        }
        line.append(' ').append(abbreviator.abbreviate(event.getLoggerName()));
        line.append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown));
        }
        return line.toString();
    }

    private static void appendTime(StringBuilder line, LocalTime time) {
        twoDigits(line, time.getHour());
        line.append(':');
        twoDigits(line, time.getMinute());
        line.append(':');
        twoDigits(line, time.getSecond());
        line.append('.');
        int millis = time.getNano() / 1_000_000;
        if (millis < 100) {
            line.append('0');
        }
        twoDigits(line, millis);
    }

    private static void twoDigits(StringBuilder line, int value) {
        if (value < 10) {
            line.append('0');
        }
        line.append(value);
    }
}
