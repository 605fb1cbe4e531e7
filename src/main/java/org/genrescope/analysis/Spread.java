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
            MetricValue none = MetricValue.undefined(values.isEmpty() ? "no runs"
                    : "undefined in every run (" + values.get(0).undefinedReason() + ")");
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

    /** Summarises plain numbers, each defined (such as a fold's accuracy). */
    public static Spread ofNumbers(double... values) {
        return of(java.util.Arrays.stream(values).mapToObj(MetricValue::of).toList());
    }
}
