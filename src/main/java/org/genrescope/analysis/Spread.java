package org.genrescope.analysis;

import java.util.List;
import org.genrescope.model.metrics.MetricValue;

/**
 * One metric summarised over repeated runs (seeds, folds): the mean, the sample standard deviation (n - 1 in the
 * denominator, as pandas' {@code std()}) and the range of the runs where the metric was defined. Runs where it was
 * undefined are counted, never averaged in. Nothing here is NaN: a statistic the defined runs cannot give (a mean of
 * none, a deviation of one) is a {@link MetricValue#undefined} with the reason.
 *
 * @param runs      runs summarised, defined or not
 * @param undefined of those, runs where the metric was undefined
 * @param mean      mean of the defined values
 * @param sd        sample standard deviation (ddof 1) of the defined values
 * @param min       smallest defined value
 * @param max       largest defined value
 */
public record Spread(int runs, int undefined, MetricValue mean, MetricValue sd, MetricValue min, MetricValue max) {

    /** Summarises one metric's value in each run. */
    public static Spread of(List<MetricValue> values) {
        double[] defined = values.stream().filter(MetricValue::isDefined).mapToDouble(MetricValue::value).toArray();
        int undefined = values.size() - defined.length;
        if (defined.length == 0) {
            MetricValue none = MetricValue.undefined(values.isEmpty() ? "no runs" : undefinedInEveryRun(values));
            return new Spread(values.size(), undefined, none, none, none, none);
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
        return new Spread(values.size(), undefined, MetricValue.of(mean), sd, MetricValue.of(min), MetricValue.of(max));
    }

    /**
     * "undefined in every run (reason)", the reason said once when every run gives the same; else the first run's,
     * named as such ("only one cluster after leaving out 270 noise points" read as the count of every run, beside a
     * mean of 267 over three seeds: session 13's new user).
     */
    /** What a reason of every run starts with when the runs' reasons differ and the first run's is given. */
    public static final String FIRST_RUN = "the first run: ";

    private static String undefinedInEveryRun(List<MetricValue> values) {
        String first = values.get(0).undefinedReason();
        boolean same = values.stream().allMatch(v -> java.util.Objects.equals(v.undefinedReason(), first));
        return same ? "undefined in every run (" + first + ")"
                : "undefined in every run (" + FIRST_RUN + first + ")";
    }

    /** Summarises plain numbers, each defined (such as a fold's accuracy). */
    public static Spread ofNumbers(double... values) {
        return of(java.util.Arrays.stream(values).mapToObj(MetricValue::of).toList());
    }
}
