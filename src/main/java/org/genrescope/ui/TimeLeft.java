package org.genrescope.ui;

import java.util.Locale;
import java.util.Map;

/**
 * The time a stage of like units still needs (the autoencoder's epochs, K-Means' restarts, UMAP's epochs, t-SNE's
 * iterations), from the units measured so far in this run: the time since the stage's first report over the units
 * done since then, times the units left. The first report only starts the clock (its unit's time includes the
 * stage's start, which the next ones do not), so until a second report the time left is said to be not known yet.
 * Other stages (loading, metrics: a few unlike steps) get no estimate. At a million tracks the seed recipe's 100
 * epochs and 100 restarts take about 17 minutes, and the status bar said only "epoch 12 of 100".
 *
 * <p>Reports may come from several threads (K-Means' restarts run in parallel); {@link #after} is synchronized.
 */
final class TimeLeft {
    /** The stages whose units take about the same time each, with the name of their unit. */
    static final Map<String, String> UNITS = Map.of("autoencoder", "epoch", "kmeans", "restart", "umap", "epoch",
            "tsne", "iteration");

    /** Each stage's measured span: units since its first report, and their seconds (see {@link #secondsPerUnit}). */
    private final Map<String, double[]> spans = new java.util.HashMap<>();
    private String stage;
    private long firstDone;
    private long firstNanos;
    private long lastDone;

    /**
     * Hears a report of {@code done} of {@code total} units of {@code stage} at {@code nanos} (a monotonic clock, such
     * as {@link System#nanoTime}) and says the time left: "about 7 min left for the epochs, then the clustering" (the
     * autoencoder's), "about 2 min left for the restarts", "time left known after the
     * next epoch" before it can be measured, or "" for a stage without like units, an unknown total or a stage that is
     * done.
     */
    synchronized String after(String stage, long done, long total, long nanos) {
        String unit = UNITS.get(stage);
        if (unit == null || total <= 0) {
            this.stage = null;
            return "";
        }
        if (!stage.equals(this.stage) || done < lastDone) { // a new stage, or the same stage run again
            this.stage = stage;
            firstDone = done;
            firstNanos = nanos;
        }
        lastDone = done;
        if (done >= total) {
            if (done > firstDone) {
                spans.put(stage, new double[] {done - firstDone, (nanos - firstNanos) / 1e9});
            }
            return "";
        }
        if (done <= firstDone) {
            return "time left known after the next " + unit;
        }
        double perUnit = (double) (nanos - firstNanos) / (done - firstDone);
        spans.put(stage, new double[] {done - firstDone, (nanos - firstNanos) / 1e9});
        // for this stage's units only ("for the epochs"): the clustering after the epochs gets its own estimate once it
        // runs; said, because "about 6 min left for the epochs" read as the whole training's time (session 14's new
        // user, at a million tracks, where 100 restarts took about as long again)
        return words(perUnit * (total - done) / 1e9) + " for the " + unit + "s"
                + (stage.equals("autoencoder") ? ", then the clustering" : "");
    }

    /**
     * The seconds a unit took in each stage of like units this relay heard, as measured for the time left (from the
     * stage's first report to its last, so without the stage's start): "autoencoder" seconds per epoch, "kmeans" per
     * restart (restarts running in parallel count as the wall time between their reports). A stage heard in one report
     * only is absent. The estimate before the next Train keeps these paces ({@link TrainingEstimate}).
     */
    synchronized Map<String, Double> secondsPerUnit() {
        Map<String, Double> out = new java.util.HashMap<>();
        spans.forEach((name, span) -> out.put(name, span[1] / span[0]));
        return out;
    }

    /**
     * {@code seconds} as the status bar says them: "a few seconds left" under 10 s, "about 25 s left" (to 5 s) under
     * a minute, "about 7 min left" (to the minute) under an hour, "about 1 h 05 min left" beyond.
     */
    static String words(double seconds) {
        return duration(seconds) + " left";
    }

    /**
     * {@code seconds} roughly, as {@link #words} says them without "left": "a few seconds", "about 25 s", "about 7 min",
     * "about 1 h 05 min" (also the side panel's estimate before Train, {@link TrainingEstimate}).
     */
    static String duration(double seconds) {
        if (seconds < 10) {
            return "a few seconds";
        }
        if (seconds < 57.5) {
            return String.format(Locale.ROOT, "about %d s", 5 * Math.round(seconds / 5));
        }
        long minutes = Math.max(1, Math.round(seconds / 60));
        if (minutes < 60) {
            return String.format(Locale.ROOT, "about %d min", minutes);
        }
        return String.format(Locale.ROOT, "about %d h %02d min", minutes / 60, minutes % 60);
    }
}
