package org.genrescope.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.genrescope.task.ProgressListener;

/**
 * Progress on stderr: a redrawn bar when stderr is a terminal, otherwise plain lines (a stage's start,
 * then at most one line per tenth of it) so that logs stay readable.
 */
final class ConsoleProgress implements ProgressListener {
    private static final int BAR_WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private String stage = "";
    private long lastTenth = -1;
    private long lastTotal = Long.MIN_VALUE;
    private long lastDrawNanos;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Whether stderr is probably a terminal: Java 17 cannot ask about stderr alone, so this asks about the console. */
    static boolean stderrIsTerminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public synchronized void progress(String stageName, long done, long total, String message) {
        boolean newStage = !stageName.equals(stage);
        if (newStage) {
            if (terminal && !stage.isEmpty()) {
                out.println();
            }
            stage = stageName;
            lastTenth = -1;
        }
        if (total != lastTotal) {
            // one stage may count several things in turn (a load: each file's bytes), each from its own 0 %
            lastTotal = total;
            lastTenth = -1;
        }
        if (terminal) {
            long now = System.nanoTime();
            boolean finished = total > 0 && done >= total;
            if (newStage || finished || now - lastDrawNanos > 100_000_000L) {
                lastDrawNanos = now;
                out.print("\r" + bar(done, total) + " " + stageName + ": " + message + "\u001b[K");
                out.flush();
            }
            return;
        }
        long tenth = total > 0 ? done * 10 / total : 0;
        if (newStage || tenth > lastTenth) {
            lastTenth = tenth;
            out.println(total > 0
                    ? String.format(Locale.ROOT, "%s: %s (%d%%)", stageName, message, done * 100 / total)
                    : stageName + ": " + message);
        }
    }

    /** Ends the bar's line so that later output starts on a fresh one. */
    synchronized void finish() {
        if (terminal && !stage.isEmpty()) {
            out.println();
        }
        stage = "";
    }

    private static String bar(long done, long total) {
        if (total <= 0) {
            return "[" + " ".repeat(BAR_WIDTH) + "]";
        }
        int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "]"
                + String.format(Locale.ROOT, " %3d%%", done * 100 / total);
    }
}
