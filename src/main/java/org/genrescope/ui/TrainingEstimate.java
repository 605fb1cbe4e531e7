package org.genrescope.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long a Train will take, from the paces earlier runs measured on this machine: each stage's seconds per unit of
 * work ({@link TrainingWork}) times the units of the run to come, plus its rest's seconds per row times the rows. A
 * stage whose pace no run has measured yet is named as unknown instead of guessed. The last run's pace stands, so the
 * estimate follows the machine as it is now.
 *
 * <p>How a run's pace is measured ({@link #paces}): for the autoencoder and K-Means, the seconds an epoch or a restart
 * took as the status bar's time left measures them (from the stage's first report to its last, {@link TimeLeft}),
 * over that step's units; what else the stage's lap (the pipeline's own, as the status line adds them up) holds is the
 * rest, per row. Other stages, and these when fewer than two steps were heard, are their lap over their units.
 */
final class TrainingEstimate {
    /** What the status bar-sized texts call each pace. */
    private static final Map<String, String> NAMES = Map.of("autoencoder", "the autoencoder's", "pca_code", "PCA's",
            "kmeans", "K-Means'", "dbscan", "DBSCAN's", "pca", "the PCA plot's", "tsne", "t-SNE's", "umap", "UMAP's");

    /**
     * An estimate: {@code seconds} for the parts with a measured pace, and the paces not measured yet (their parts are
     * not in {@code seconds}); {@code parts} is how many parts the run has (0: nothing to compute again).
     */
    record Estimate(double seconds, List<String> unmeasured, int parts) {
        /** Whether every part has a measured pace. */
        boolean complete() { return unmeasured.isEmpty(); }
        /** Whether no part has one. */
        boolean unknown() { return parts > 0 && unmeasured.size() == parts; }
    }

    /** A measured pace: seconds per unit of work, and seconds per row for the rest of the stage. */
    record Pace(double perUnit, double perRow) { }

    private TrainingEstimate() { }

    /**
     * How many times more or fewer tracks than the run that measured a pace an estimate scales it to, at most. Beyond
     * it the pace is not used: a new user's estimates from small CSVs and the bundled sample came to 8 times the real
     * time on FMA's 12,584 tracks and 17 times on a million (session 17), as a small run's epochs and restarts are
     * mostly their fixed costs (the worker's messages, the validation pass, thread hand-overs), which do not grow with
     * the data; and 9 times on FMA from the sample's 1,919 tracks, 6.6 times fewer (session 18), so 10 was too wide.
     * Within 2 times, a pace that was all fixed cost overestimates by 2 at most. At one size, over other epochs and
     * restarts, the estimates came to 0.79-1.74 times the real time (session 16).
     */
    static final double SIMILAR_SIZE = 2;

    /**
     * Whether a pace measured on {@code measuredRows} tracks is scaled to {@code rows}: within {@link #SIMILAR_SIZE}
     * either way; a pace of unknown size ({@code measuredRows} 0: kept before the size was) is.
     */
    static boolean similarSize(double measuredRows, int rows) {
        double smaller = Math.max(1, Math.min(measuredRows, rows));
        return measuredRows <= 0 || Math.max(measuredRows, rows) <= SIMILAR_SIZE * smaller;
    }

    /** The estimate of {@code parts} from {@code paces} (by pace name). */
    static Estimate of(List<TrainingWork.Part> parts, Map<String, Pace> paces) {
        double seconds = 0;
        List<String> unmeasured = new ArrayList<>();
        for (TrainingWork.Part part : parts) {
            Pace pace = paces.get(part.pace());
            if (pace == null) {
                unmeasured.add(part.pace());
            } else {
                seconds += pace.perUnit() * part.units() + pace.perRow() * part.rows();
            }
        }
        return new Estimate(seconds, List.copyOf(unmeasured), parts.size());
    }

    /**
     * The paces a run measured. {@code timingsMs}: milliseconds by stage, as {@code AnalysisResult.timingsMs};
     * {@code secondsPerStep}: seconds per epoch ("autoencoder") or restart ("kmeans") as the run's progress measured
     * them ({@link TimeLeft#secondsPerUnit}). A part with like steps and a measured step: perUnit = seconds per step /
     * (units / steps), perRow = (lap - seconds per step x steps) / rows, not below 0. Otherwise perUnit = lap / units,
     * perRow 0. Parts without units or without a lap measure nothing.
     */
    static Map<String, Pace> paces(List<TrainingWork.Part> parts, Map<String, Long> timingsMs,
                                   Map<String, Double> secondsPerStep) {
        Map<String, Pace> out = new LinkedHashMap<>();
        for (TrainingWork.Part part : parts) {
            Long ms = timingsMs.get(part.stage());
            if (ms == null || part.units() <= 0) {
                continue;
            }
            double lap = ms / 1000.0;
            Double step = secondsPerStep.get(part.pace());
            if (part.steps() > 1 && part.rows() > 0 && step != null) {
                out.put(part.pace(), new Pace(step / (part.units() / part.steps()),
                        Math.max(0, lap - step * part.steps()) / part.rows()));
            } else {
                out.put(part.pace(), new Pace(lap / part.units(), 0));
            }
        }
        return out;
    }

    /**
     * The estimate as the side panel says it: "Train takes about 4 min here (from this machine's earlier
     * trainings)"; "about 1 min, plus UMAP's time, known after its first run"; that the time is known after the first
     * training when no pace is measured; that nothing is trained again when there are no parts. {@code dataAgain}: the
     * data's stages run again too, which the estimate leaves out.
     */
    static String words(Estimate e, boolean dataAgain) {
        return words(e, dataAgain, Map.of(), 0);
    }

    /**
     * As {@link #words(Estimate, boolean)}, where {@code otherSize} holds the unmeasured paces that were measured, but
     * on a number of tracks too far from {@code rows} to scale ({@link #similarSize}), with that number: they are said
     * to be known after a training of a similar size, "(the last one here had 2,000 tracks)".
     */
    static String words(Estimate e, boolean dataAgain, Map<String, Integer> otherSize, int rows) {
        if (e.parts() == 0) {
            return dataAgain ? "Train reads the data again; the trained stages are kept."
                    : "Nothing to train: these are the trained settings.";
        }
        if (!otherSize.isEmpty() && !e.unmeasured().isEmpty() && otherSize.keySet().containsAll(e.unmeasured())) {
            String since = String.format(Locale.ROOT, " (the last one here had %,d tracks)",
                    otherSize.values().stream().max(Integer::compare).orElseThrow());
            String onRows = String.format(Locale.ROOT, "%,d tracks", rows);
            if (e.unknown()) {
                return "Train's time on " + onRows + " is known after a training of a similar size" + since + ".";
            }
            List<String> names = e.unmeasured().stream().map(p -> NAMES.getOrDefault(p, p)).toList();
            return "Train takes " + TimeLeft.duration(e.seconds()) + " here" + (dataAgain ? ", plus reading the data" : "")
                    + ", plus " + String.join(" and ", names) + " time, known after a training of a similar size"
                    + since + ".";
        }
        if (e.unknown()) {
            return "Train's time is known after a first training on this machine (none measured yet).";
        }
        String plusData = dataAgain ? ", plus reading the data" : "";
        if (e.complete()) {
            return "Train takes " + TimeLeft.duration(e.seconds()) + " here" + plusData
                    + " (from this machine's earlier trainings).";
        }
        List<String> names = e.unmeasured().stream().map(p -> NAMES.getOrDefault(p, p)).toList();
        return "Train takes " + TimeLeft.duration(e.seconds()) + " here" + plusData + ", plus " + String.join(" and ", names)
                + " time, known after " + (names.size() == 1 ? "its" : "their") + " first run.";
    }

    /**
     * The k sweep after Train, as a sentence to follow the estimate's: " The k range 2-16 then takes about 12 min more
     * in the background."; empty when there is no sweep ({@code sweep} null or without parts) or K-Means' pace is not
     * measured yet (the estimate names it already).
     */
    static String sweepWords(Estimate sweep, int kMin, int kMax) {
        if (sweep == null || sweep.parts() == 0 || !sweep.complete()) {
            return "";
        }
        return " The k range " + kMin + "-" + kMax + " then takes " + TimeLeft.duration(sweep.seconds())
                + " more in the background.";
    }

    /**
     * How the run went against its estimate: "Last training: 3 min 52 s (estimated: about 4 min)", "... (estimated: at
     * least about 1 min)" when part was unknown, "... (no estimate before it)" when all was.
     *
     * @param seconds the run's time as its status line gives it (the sum of its stages' laps)
     * @param before  the estimate when Train was pressed; null for none
     */
    static String comparison(double seconds, Estimate before) {
        String took = "Last training: " + exact(seconds);
        if (before == null || before.unknown() || before.parts() == 0) {
            return took + " (no estimate before it).";
        }
        return took + " (estimated: " + (before.complete() ? "" : "at least ") + TimeLeft.duration(before.seconds()) + ").";
    }

    /** {@code seconds} to the tenth under a minute ("52.3 s"), else in minutes and seconds ("3 min 52 s"). */
    static String exact(double seconds) {
        if (seconds < 59.95) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        if (whole < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", whole / 3600, whole % 3600 / 60);
    }
}
