package org.genrescope.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.data.DataLoadException;

/**
 * A problem as the window shows it: one sentence, and the technical report behind a Details button.
 *
 * @param sentence what went wrong, in one sentence a user can act on
 * @param details  the technical report: for a bad setting or file the exceptions' messages, for anything else
 *                 (a bug) the exception chain with its stack trace, for the log and a bug report
 */
public record UserError(String sentence, String details) {

    /**
     * {@link #of}, and the failure logged: a user's own error (a bad setting or file) as a warning with its message,
     * anything else as an error with its stack trace.
     */
    public static UserError logged(String doing, Throwable t) {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WorkbenchViewModel.class);
        if (isUsersOwn(t)) {
            log.warn("could not {}: {}", doing, t.getMessage());
        } else {
            log.error("could not {}", doing, t);
        }
        return of(doing, t);
    }

    /**
     * The sentence for a failure, in the window's words ({@link WindowWords}): the typed exceptions' own message,
     * else a generic one pointing to the log.
     */
    public static UserError of(String doing, Throwable t) {
        String sentence;
        if (t instanceof InvalidSettingException setting) {
            sentence = WindowWords.of(SettingsViewModel.describe(setting)); // named by its label, as the window shows it
        } else if (t instanceof DataLoadException) {
            sentence = WindowWords.sentence(t.getMessage());
        } else if (t instanceof org.genrescope.model.embedding.TrainingCrashedException
                || t instanceof org.genrescope.model.embedding.TrainingOutOfMemoryException
                || t instanceof org.genrescope.model.natives.NativeLibraryException) {
            sentence = WindowWords.sentence(t.getMessage()) + ".";
        } else if (t instanceof IOException) {
            sentence = "Could not " + doing + ": " + WindowWords.of(t.getMessage());
        } else if (t instanceof OutOfMemoryError) {
            sentence = "Not enough memory to " + doing + "; start Genrescope with a larger -Xmx.";
        } else {
            sentence = "Could not " + doing + " (" + t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage()) + "); the log file has the details.";
        }
        return new UserError(sentence, isUsersOwn(t) ? causes(t) : trace(t));
    }

    /** A bad setting or file: the user's to fix, with nothing of the program's inside to report. */
    private static boolean isUsersOwn(Throwable t) {
        return t instanceof InvalidSettingException || t instanceof DataLoadException;
    }

    /**
     * Each exception of the chain as "Type: message" on a line of its own, without the stack frames: a bad setting or
     * file is no bug, and a stack trace behind its Details button only looked like one (new user, session 30: t-SNE's
     * perplexity on a 30-track file).
     */
    private static String causes(Throwable t) {
        StringBuilder lines = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            lines.append(lines.length() == 0 ? "" : System.lineSeparator() + "caused by ")
                    .append(c.getClass().getSimpleName()).append(c.getMessage() == null ? "" : ": " + c.getMessage());
        }
        return lines.toString();
    }

    private static String trace(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
