package org.genrescope.model.clustering;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Smile logs every K-Means iteration at INFO; tests comparing with it turn that off. */
public final class SmileQuiet {
    private SmileQuiet() {
    }

    public static void silence() {
        if (LoggerFactory.getLogger("smile") instanceof Logger logger) {
            logger.setLevel(Level.WARN);
        }
    }
}
