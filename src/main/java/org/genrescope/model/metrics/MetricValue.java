package org.genrescope.model.metrics;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A metric's outcome: either a finite number (possibly with a warning that it is degenerate) or "undefined"
 * with the reason. It exists so that no caller can print NaN, or a meaningless number, as if it were a score:
 * the console, the report and the window all ask {@link #isDefined()} and show the reason otherwise.
 *
 * <p>"Undefined" follows the metric's definition, not scikit-learn's return value: where scikit-learn returns a
 * conventional number for a case the formula does not cover (Calinski-Harabasz with no within-cluster spread,
 * where it returns 1.0), the reason says so.
 *
 * @param value           the metric, finite when defined; NaN when undefined
 * @param undefinedReason why the metric is undefined (a phrase such as "only one cluster"); null when defined
 * @param warning         why a defined value should not be trusted (a phrase); null when none
 */
public record MetricValue(double value, String undefinedReason, String warning) {

    public MetricValue {
        if (undefinedReason == null) {
            if (!Double.isFinite(value)) {
                // A metric that computed to NaN or infinity is undefined; callers name the reason, never the NaN.
                throw new IllegalArgumentException("a defined metric must be finite, got " + value);
            }
        } else {
            if (undefinedReason.isBlank()) {
                throw new IllegalArgumentException("an undefined metric needs a reason");
            }
            value = Double.NaN;
            if (warning != null) {
                throw new IllegalArgumentException("an undefined metric has a reason, not a warning");
            }
        }
    }

    /** A finite value with nothing to warn about. */
    public static MetricValue of(double value) {
        return new MetricValue(value, null, null);
    }

    /** A finite value that is degenerate for the given reason (shown beside it). */
    public static MetricValue degenerate(double value, String warning) {
        return new MetricValue(value, null, Objects.requireNonNull(warning, "warning"));
    }

    /**
     * A finite value that only measures floating-point rounding (Calinski-Harabasz of clusters that are repeated
     * points: the within-cluster spread it divides by is rounding noise). It keeps scikit-learn's number for the
     * report, but its number means nothing, so it is shown as {@link #MEANINGLESS} ({@link #meaningless()}).
     *
     * @param detail what follows the warning's fixed start, such as " (4.8e-31 of the total): ..."
     */
    public static MetricValue roundingNoise(double value, String detail) {
        return degenerate(value, ROUNDING_NOISE + Objects.requireNonNull(detail, "detail"));
    }

    /** How a {@link #roundingNoise} warning starts; the warning travels as text (reports, sessions), and so does this. */
    public static final String ROUNDING_NOISE = "the within-cluster spread is rounding noise";

    /** What the console and the window show in place of a {@link #meaningless()} value's number. */
    public static final String MEANINGLESS = "meaningless";

    /**
     * Whether the number itself means nothing ({@link #roundingNoise}): shown as {@link #MEANINGLESS} with its warning,
     * never compared with another value. A degenerate value that is not meaningless (a metric against a single
     * genre) keeps its number beside the warning: it is scikit-learn's exact value, it only says little.
     */
    public boolean meaningless() {
        return isRoundingNoise(warning);
    }

    /** Whether {@code warning} (a metric's warning as written, null for none) is a {@link #roundingNoise} one. */
    public static boolean isRoundingNoise(String warning) {
        return warning != null && warning.startsWith(ROUNDING_NOISE);
    }

    /** A metric the data leaves undefined, with why (such as "only one cluster"). */
    public static MetricValue undefined(String reason) {
        return new MetricValue(Double.NaN, Objects.requireNonNull(reason, "reason"), null);
    }

    public boolean isDefined() {
        return undefinedReason == null;
    }

    /** The value when defined; empty otherwise (never NaN). */
    public Optional<Double> valueIfDefined() {
        return isDefined() ? Optional.of(value) : Optional.empty();
    }

    /** The warning of a defined but degenerate value. */
    public Optional<String> warningIfAny() {
        return Optional.ofNullable(warning);
    }

    /**
     * The value formatted with {@code pattern} (a {@link String#format} pattern for one double, root locale), or
     * {@code "undefined (reason)"}; a warning follows in brackets.
     */
    public String format(String pattern) {
        if (!isDefined()) {
            return "undefined (" + undefinedReason + ")";
        }
        String number = String.format(Locale.ROOT, pattern, value);
        return warning == null ? number : number + " (warning: " + warning + ")";
    }
}
