package org.genrescope.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Axis ticks at "nice" values: steps of 1, 2 or 5 times a power of ten, labelled the same way in every
 * locale (a dot for decimals, a comma between thousands), so a figure exported in Germany matches one exported
 * in Ohio.
 *
 * @param values the tick positions in data units, ascending
 * @param step   the distance between neighbouring ticks (for a log axis: 0)
 * @param labels one label per tick
 */
public record Ticks(double[] values, double step, List<String> labels) {

    public Ticks {
        values = values.clone();
        labels = List.copyOf(labels);
        if (values.length != labels.size()) {
            throw new IllegalArgumentException(values.length + " tick values but " + labels.size() + " labels");
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int count() {
        return labels.size();
    }

    public double value(int i) {
        return values[i];
    }

    /**
     * Ticks inside [min, max] with at most about {@code maxCount} ticks (at least 2 are aimed for).
     * An empty range is widened around its value.
     */
    public static Ticks linear(double min, double max, int maxCount) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("tick range must be finite with min <= max, got " + min + ".." + max);
        }
        if (min == max) {
            double half = min == 0 ? 0.5 : Math.abs(min) * 0.1;
            min -= half;
            max += half;
        }
        double step = chooseStep(min, max, maxCount, false);
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        int decimals = decimalsFor(step);
        double[] values = new double[(int) (last - first + 1)];
        List<String> labels = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            values[i] = (first + i) * step;
            labels.add(format(values[i], step, decimals));
        }
        return new Ticks(values, step, labels);
    }

    /** The most ticks of a log axis: past it, only every second, third, fifth... power of ten is a tick. */
    static final int MAX_LOG_TICKS = 8;

    /**
     * Ticks for a logarithmic axis over [min, max] (both positive): powers of ten, with 2 and 5 times
     * those added when powers of ten alone would give fewer than four ticks, and only the powers whose exponent is a
     * multiple of 2, 3, 5, 10... when every power would give more than {@value #MAX_LOG_TICKS} (a loss that fell to
     * 1e-14 had 15 labels crowded on the loss chart's axis: a new user, session 22).
     */
    public static Ticks logarithmic(double min, double max) {
        if (!(min > 0) || !(max >= min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("a log axis needs 0 < min <= max, got " + min + ".." + max);
        }
        double[] values = logValues(min, max, new double[] {1});
        if (values.length < 4) {
            values = logValues(min, max, new double[] {1, 2, 5});
        }
        for (int every : new int[] {2, 3, 5, 10, 20, 50, 100}) {
            if (values.length <= MAX_LOG_TICKS) {
                break;
            }
            double[] all = logValues(min, max, new double[] {1});
            values = Arrays.stream(all).filter(v -> Math.round(Math.log10(v)) % every == 0).toArray();
        }
        List<String> labels = Arrays.stream(values).mapToObj(Ticks::formatLogTick).toList();
        return new Ticks(values, 0, labels);
    }

    private static double[] logValues(double min, double max, double[] multipliers) {
        int lowDecade = (int) Math.floor(Math.log10(min));
        int highDecade = (int) Math.ceil(Math.log10(max));
        List<Double> values = new ArrayList<>();
        for (int decade = lowDecade; decade <= highDecade; decade++) {
            for (double m : multipliers) {
                // Parsing the decimal text gives 0.2 rather than 2 * 0.1 = 0.20000000000000004.
                double v = Double.parseDouble(m + "e" + decade);
                if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) {
                    values.add(v);
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Like {@link #linear}, but the first tick is at or below {@code min} and the last at or above
     * {@code max}, so an axis can end on ticks (bars and histograms that must not touch the frame).
     */
    public static Ticks covering(double min, double max, int maxCount) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("tick range must be finite with min <= max, got " + min + ".." + max);
        }
        double step = chooseStep(min, max == min ? min + (min == 0 ? 1 : Math.abs(min) * 0.1) : max, maxCount, true);
        double low = Math.floor(min / step + 1e-9) * step;
        double high = Math.ceil(max / step - 1e-9) * step;
        if (low == high) {
            high = low + step;
        }
        int decimals = decimalsFor(step);
        long first = Math.round(low / step);
        int count = (int) (Math.round(high / step) - first + 1);
        double[] values = new double[count];
        List<String> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values[i] = (first + i) * step;
            labels.add(format(values[i], step, decimals));
        }
        return new Ticks(values, step, labels);
    }

    /**
     * As {@link #covering}, for an axis of counts: ticks at whole numbers only. A histogram whose tallest bar holds one
     * track was labelled 0, 0.5, 1.0 (a new user, session 26): half a track is no count.
     */
    public static Ticks coveringCounts(double min, double max, int maxCount) {
        Ticks ticks = covering(min, max, maxCount);
        if (ticks.step >= 1) {
            return ticks;
        }
        long first = (long) Math.floor(min + 1e-9);
        long last = Math.max(first + 1, (long) Math.ceil(max - 1e-9));
        double[] values = new double[(int) (last - first + 1)];
        List<String> labels = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            values[i] = first + i;
            labels.add(format(values[i], 1, 0));
        }
        return new Ticks(values, 1, labels);
    }

    /** The first tick value. */
    public double first() {
        return values[0];
    }

    /** The last tick value. */
    public double last() {
        return values[values.length - 1];
    }

    /**
     * The smallest nice step giving at most {@code maxCount} ticks (at least 2 are always allowed), counting
     * ticks inside the range or, when {@code enclose}, the ticks of the smallest tick range holding it.
     */
    private static double chooseStep(double min, double max, int maxCount, boolean enclose) {
        // Enclosing a range that straddles zero takes three ticks however large the step.
        int limit = Math.max(enclose ? 3 : 2, maxCount);
        double step = niceStep((max - min) / (limit - 1));
        for (int guard = 0; guard < 30 && tickCount(min, max, step, enclose) > limit; guard++) {
            step = niceStep(step * 1.5);
        }
        for (double smaller = smallerNice(step); tickCount(min, max, smaller, enclose) <= limit; smaller = smallerNice(step)) {
            step = smaller;
        }
        return step;
    }

    private static long tickCount(double min, double max, double step, boolean enclose) {
        return enclose
                ? (long) Math.ceil(max / step - 1e-9) - (long) Math.floor(min / step + 1e-9) + 1
                : (long) Math.floor(max / step + 1e-9) - (long) Math.ceil(min / step - 1e-9) + 1;
    }

    /** The nice step below {@code step}: 10 -> 5 -> 2 -> 1 -> 0.5 ... */
    private static double smallerNice(double step) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double normalised = Math.round(step / magnitude);
        return normalised == 1 ? magnitude / 2 : normalised == 2 ? magnitude : 2 * magnitude;
    }

    /** The smallest of 1, 2, 5 or 10 times a power of ten that is at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            throw new IllegalArgumentException("raw step must be positive and finite, got " + raw);
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normalised = raw / magnitude;
        double nice = normalised <= 1 + 1e-9 ? 1 : normalised <= 2 + 1e-9 ? 2 : normalised <= 5 + 1e-9 ? 5 : 10;
        return nice * magnitude;
    }

    private static int decimalsFor(double step) {
        return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    }

    /**
     * A tick label: fixed-point with as many decimals as the step needs and thousands separators ("4,000", as
     * the workbench's tables write counts), scientific when huge or tiny.
     */
    static String format(double value, double step, int decimals) {
        if (Math.abs(value) < step * 1e-6) {
            return "0"; // (first + i) * step can land on -0.0 or 1e-17 instead of zero
        }
        if (Math.abs(value) >= 1e7 || step < 1e-5) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String formatLogTick(double value) {
        if (value >= 1000 && value < 1e7) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 1e-4 && value < 1e7) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.0e", value);
    }

    /** A value shown as text in a figure (cell, summary), with {@code decimals} places, in every locale alike. */
    public static String number(double value, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }
}
