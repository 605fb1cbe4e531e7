package org.genrescope.analysis;

import java.util.List;
import java.util.Objects;
import org.genrescope.model.metrics.MetricValue;

/**
 * One metric summarised over repeated runs (seeds, folds): the mean, the sample standard deviation (n - 1 in the
 * denominator, as pandas' {@code std()}) and the range of the runs where the metric was defined. Runs where it was
 * undefined are counted, never averaged in. Nothing here is NaN: a statistic the defined runs cannot give (a mean of
 * none, a deviation of one) is a {@link MetricValue#undefined} with the reason.
 *
 * @param runs       runs summarised, defined or not
 * @param undefined  of those, runs where the metric was undefined
 * @param mean       mean of the defined values
 * @param sd         sample standard deviation (ddof 1) of the defined values
 * @param min        smallest defined value
 * @param max        largest defined value
 * @param everyRun   when at least one run was summarised and the metric was undefined in every one: why, as data
 *                   (texts are made from it, never parsed back out of {@code mean}'s reason); null otherwise
 */
public record Spread(int runs, int undefined, MetricValue mean, MetricValue sd, MetricValue min, MetricValue max,
                     UndefinedInEveryRun everyRun) {

    public Spread {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(sd, "sd");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (everyRun != null && (undefined != runs || everyRun.reasons().size() != runs)) {
            throw new IllegalArgumentException("a reason of every run needs every one of the " + runs
                    + " runs undefined and a reason for each, got " + undefined + " undefined and "
                    + everyRun.reasons().size() + " reasons");
        }
    }

    /**
     * Why a metric was undefined in every run summarised.
     *
     * @param reasons each run's reason, in the order summarised (such as "only one cluster after leaving out 270
     *                noise points")
     * @param run     0-based index of the run whose reason is {@link #reason()}, among the values summarised, so a
     *                caller that knows the runs can name it (by its seed, its fold)
     */
    public record UndefinedInEveryRun(List<String> reasons, int run) {
        public UndefinedInEveryRun {
            reasons = List.copyOf(reasons);
            if (run < 0 || run >= reasons.size()) {
                throw new IllegalArgumentException("run " + run + " is not one of the " + reasons.size() + " runs");
            }
        }

        /** The reason said: run {@link #run()}'s. */
        public String reason() {
            return reasons.get(run);
        }

        /**
         * Whether every run gave {@link #reason()}; when not, it is one run's, not every run's (a count in it, "after
         * leaving out 270 noise points", read as every run's beside a mean of 267 over three seeds: session 13's new
         * user).
         */
        public boolean shared() {
            return reasons.stream().allMatch(reason()::equals);
        }

        /**
         * "undefined in every run (only one cluster)" when shared; else the run named by {@code runName}:
         * "undefined in every run (seed 1987: only one cluster after leaving out 333 noise points)".
         *
         * @param runName what the run is called where it is read ("seed 1987"); only used when not shared
         */
        public String sentence(String runName) {
            return "undefined in every run (" + (shared() ? "" : runName + ": ") + reason() + ")";
        }
    }

    /**
     * A spread of no runs, each statistic undefined with {@code reason} (a method whose every run was left out).
     */
    public static Spread none(String reason) {
        MetricValue none = MetricValue.undefined(reason);
        return new Spread(0, 0, none, none, none, none, null);
    }

    /**
     * Summarises one metric's value in each run. A run's value whose number means nothing
     * ({@link MetricValue#meaningless()}: rounding noise) counts as undefined there, its warning as the reason: a mean
     * of such numbers would read as a score.
     */
    public static Spread of(List<MetricValue> runs) {
        if (runs.isEmpty()) {
            return none("no runs");
        }
        List<MetricValue> values = runs.stream().map(v -> v.meaningless()
                ? MetricValue.undefined(v.warningIfAny().orElseThrow()) : v).toList();
        double[] defined = values.stream().filter(MetricValue::isDefined).mapToDouble(MetricValue::value).toArray();
        int undefined = values.size() - defined.length;
        if (defined.length == 0) {
            UndefinedInEveryRun why = undefinedInEveryRun(values);
            // the mean's own reason (comparison.json's "mean_undefined") is the sentence, the first run named as such
            MetricValue none = MetricValue.undefined(why.sentence("the first run"));
            return new Spread(values.size(), undefined, none, none, none, none, why);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : defined) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / defined.length;
        MetricValue sd;
        if (defined.length < 2) {
            sd = MetricValue.undefined("one defined run: no spread");
        } else {
            double squares = 0;
            for (double v : defined) {
                squares += (v - mean) * (v - mean);
            }
            sd = MetricValue.of(Math.sqrt(squares / (defined.length - 1)));
        }
        return new Spread(values.size(), undefined, MetricValue.of(mean), sd, MetricValue.of(min), MetricValue.of(max),
                null);
    }

    /** Each run's reason, the first run's said. */
    private static UndefinedInEveryRun undefinedInEveryRun(List<MetricValue> values) {
        return new UndefinedInEveryRun(values.stream().map(MetricValue::undefinedReason).toList(), 0);
    }

    /** Summarises plain numbers, each defined (such as a fold's accuracy). */
    public static Spread ofNumbers(double... values) {
        return of(java.util.Arrays.stream(values).mapToObj(MetricValue::of).toList());
    }
}
