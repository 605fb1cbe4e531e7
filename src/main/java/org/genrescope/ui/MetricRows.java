package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.InternalScores;
import org.genrescope.model.metrics.MetricNames;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.model.metrics.ExternalScores;

/** The metrics panel's rows: each metric's meaning, which direction is better, both spaces and the change. */
public final class MetricRows {
    /** The cell of a value that means nothing: the metric is undefined here (the reason is in the row's note). */
    public static final String UNDEFINED = "undefined";

    /** Why agreement with genres means nothing when every labelled track has the same genre. */
    static final String ONE_GENRE = "every labelled track has the same genre, so agreement with genres says nothing "
            + "about the clusters";
    /** What follows a degenerate value (a number with a warning; the warning is in the row's note). */
    public static final String DEGENERATE = " \u26a0";
    /** What follows a metric's name when it was computed on a sample (the sample is in the row's note). */
    public static final String SAMPLED = "sampled";

    private MetricRows() { }

    /** Rows for {@code r}; {@code previous} (may be null) gives the change column. */
    public static List<MetricRow> of(AnalysisResult r, AnalysisResult previous) {
        List<MetricRow> rows = new ArrayList<>();
        internal(rows, r, previous, "silhouette",
                "how much closer tracks are to their own cluster than to the next (-1..1)", InternalScores::silhouetteMetric);
        internal(rows, r, previous, "davies_bouldin", "how much clusters overlap relative to their spread",
                InternalScores::daviesBouldinMetric);
        internal(rows, r, previous, "calinski_harabasz", "spread between clusters over spread within them",
                InternalScores::calinskiHarabaszMetric);
        if (r.vsGenre() != null) {
            external(rows, r, previous, "adjusted_rand", "agreement with the genres, corrected for chance (0 = chance, 1 = same)",
                    ExternalScores::adjustedRand);
            external(rows, r, previous, "adjusted_mutual_info", "information shared with the genres, corrected for chance",
                    ExternalScores::adjustedMutualInfo);
            external(rows, r, previous, "normalized_mutual_info", "information shared with the genres (0..1)",
                    ExternalScores::normalizedMutualInfo);
            external(rows, r, previous, "homogeneity", "whether each cluster holds one genre only",
                    ExternalScores::homogeneity);
            external(rows, r, previous, "completeness", "whether each genre lies in one cluster only",
                    ExternalScores::completeness);
            external(rows, r, previous, "v_measure", "harmonic mean of homogeneity and completeness",
                    ExternalScores::vMeasure);
            external(rows, r, previous, "fowlkes_mallows", "pairs of tracks grouped alike by genre and cluster",
                    ExternalScores::fowlkesMallows);
            external(rows, r, previous, "purity", "share of tracks in their cluster's most common genre",
                    ExternalScores::purity);
        }
        return rows;
    }

    /** The row of the internal metric report.json calls {@code key}, named and judged as {@link MetricNames} says. */
    private static void internal(List<MetricRow> rows, AnalysisResult r, AnalysisResult previous, String key,
                                 String meaning, Function<InternalScores, MetricValue> metric) {
        MetricNames.Name name = MetricNames.of(key);
        MetricValue now = metric.apply(r.clusteringSpace());
        MetricValue earlier = previous == null ? null : metric.apply(previous.clusteringSpace());
        // a number that means nothing is no point to measure a change from
        double before = earlier == null || earlier.meaningless() ? Double.NaN
                : earlier.valueIfDefined().orElse(Double.NaN);
        MetricValue features = metric.apply(r.featureSpace());
        String sample = key.equals("silhouette") ? sampleNote(r) : "";
        // the sample's size and seed go in the note: in the name they widened the panel by 300 px at a million tracks
        MetricRow row = row(name.name() + (sample.isEmpty() ? "" : " (" + SAMPLED + ")"), meaning,
                name.higherIsBetter(), now, features, before);
        rows.add(sample.isEmpty() ? row : row.withNote(sample));
    }

    /**
     * How a sampled silhouette was computed ("Computed on a sample of 20,000 of 958,040 points, seed 1986."), per
     * space where the two differ; empty when every point entered it.
     */
    static String sampleNote(AnalysisResult r) {
        String c = r.clusteringSpace().silhouetteSampleNote(r.config().seed());
        String f = r.featureSpace().silhouetteSampleNote(r.config().seed());
        if (f.isEmpty() || f.equals(c)) {
            return c.isEmpty() ? "" : "Computed on a " + c + ".";
        }
        return (c.isEmpty() ? "" : "clustered: computed on a " + c + ".\n") + "features: computed on a " + f + ".";
    }

    /** The row of the agreement with genres report.json calls {@code key}, named as {@link MetricNames} says. */
    private static void external(List<MetricRow> rows, AnalysisResult r, AnalysisResult previous, String key,
                                 String meaning, ToDoubleFunction<ExternalScores> metric) {
        MetricNames.Name name = MetricNames.of(key);
        double now = metric.applyAsDouble(r.vsGenre());
        double before = previous == null || previous.vsGenre() == null ? Double.NaN
                : metric.applyAsDouble(previous.vsGenre());
        if (Double.isFinite(now) && r.contingency() != null && r.contingency().truthClasses().length == 1) {
            // defined (scikit-learn gives a number) but compared with a constant: marked, never shown bare
            rows.add(row(name.name(), meaning, name.higherIsBetter(), MetricValue.degenerate(now, ONE_GENRE), null,
                    before));
            return;
        }
        rows.add(row(name.name(), meaning, name.higherIsBetter(), now, before));
    }

    private static MetricRow row(String name, String meaning, boolean higherIsBetter, double now, double before) {
        return row(name, meaning, higherIsBetter, Double.isFinite(now) ? MetricValue.of(now)
                : MetricValue.undefined("not computed"), null, before);
    }

    /**
     * A metric's row: an undefined value reads "undefined" and a degenerate one carries a warning sign, never a NaN or
     * a number that means nothing (issue 9), with the reason in the note; {@code features} is null where the metric
     * has one value only. Its change is judged only between two defined values.
     */
    private static MetricRow row(String name, String meaning, boolean higherIsBetter, MetricValue now,
                                 MetricValue features, double before) {
        String change = "";
        Boolean improved = null;
        if (now.isDefined() && !now.meaningless() && Double.isFinite(before)) {
            double delta = now.value() - before;
            change = ColumnFormat.METRIC.signed(delta);
            if (change.matches("[+-]0[.,0]*")) {
                change = "±0"; // a change the shown decimals cannot show is no change to colour
            } else {
                improved = higherIsBetter == delta > 0;
            }
        }
        return new MetricRow(name, meaning, higherIsBetter ? "higher" : "lower", format(now),
                features == null ? "" : format(features), change, improved, note(now, features));
    }

    /**
     * A metric value as the table shows it: the number, {@link #UNDEFINED}, the number and {@link #DEGENERATE}, or
     * {@link MetricValue#MEANINGLESS} and {@link #DEGENERATE} where the number only measures rounding (a 32-digit
     * Calinski-Harabasz of repeated points, case k-above-distinct-points).
     */
    static String format(MetricValue v) {
        if (!v.isDefined()) {
            return UNDEFINED;
        }
        return (v.meaningless() ? MetricValue.MEANINGLESS : format(v.value()))
                + (v.warningIfAny().isPresent() ? DEGENERATE : "");
    }

    /** Why the values are undefined or degenerate: one sentence, or one per space when the two differ. */
    static String note(MetricValue clustered, MetricValue features) {
        String c = reason(clustered);
        String f = features == null ? "" : reason(features);
        if (f.isEmpty() || f.equals(c)) {
            return c.isEmpty() ? "" : WindowWords.capitalised(c) + "."; // the same reason in both spaces is said once
        }
        return (c.isEmpty() ? "" : "clustered: " + c + ".\n") + "features: " + f + ".";
    }

    private static String reason(MetricValue v) {
        return v.isDefined() ? v.warningIfAny().map(w -> "warning: " + w).orElse("") : "undefined: " + v.undefinedReason();
    }

    /** A metric as the table shows it: {@link ColumnFormat#METRIC}, one format for every row and column. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        // a value this large is degenerate (it carries its warning): fixed notation would print 40 digits of noise,
        // and beyond its size its digits mean nothing, so the cell stays narrow (the scatter keeps the width)
        return Math.abs(v) >= 1e7 ? String.format(Locale.ROOT, "%.2e", v) : ColumnFormat.METRIC.format(v);
    }
}
