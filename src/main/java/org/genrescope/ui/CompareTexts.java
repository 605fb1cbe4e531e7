package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.ComparisonMethod;
import org.genrescope.analysis.GenreCeiling;
import org.genrescope.analysis.Spread;
import org.genrescope.model.clustering.ClusteringLabels;
import org.genrescope.model.clustering.DbscanEps;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.model.metrics.MetricNames;

/**
 * The Compare tab's tables as texts: each metric per method (mean ± sd over the seeds, "undefined: reason" where
 * every run left it undefined, never NaN), the ARI between the methods' partitions, the contingency table of a pair,
 * and the genre ceiling. Plain Java, tested without a toolkit.
 */
public final class CompareTexts {
    private CompareTexts() { }

    /** The methods in table order: the study first, then what it should beat, then DBSCAN. */
    public static final List<ComparisonMethod> METHODS = ComparisonMethod.SHOWN_ORDER;

    /**
     * One row of the metrics table, in two forms: the full one, and a compact one for a page too narrow for the
     * full table (1024 x 700 with the settings open: its last column was behind a scroll bar, session 15).
     *
     * @param metric        the metric and where it is measured, in words
     * @param cells         one per {@link #METHODS} entry
     * @param tooltip       the metric's full name, then each method's mean, sd, range and undefined runs (the same
     *                      for both forms: it holds what the compact one leaves out)
     * @param compactMetric {@code metric} in fewer words ("Calinski-Harabasz, own" for "..., own space"), which
     *                      {@link #caption} explains
     * @param compactCells  {@code cells} in fewer characters: an undefined value as "undefined" (its reason in the
     *                      tooltip), "1.234±0.056" without the spaces, "(2/3)" for "(2 of 3 runs)", the
     *                      reconstruction error to four decimals
     */
    public record Row(String metric, List<String> cells, String tooltip, String compactMetric,
                      List<String> compactCells) {
        public Row {
            cells = List.copyOf(cells);
            compactCells = List.copyOf(compactCells);
            if (cells.size() != compactCells.size()) {
                throw new IllegalArgumentException(cells.size() + " cells but " + compactCells.size() + " compact");
            }
        }

        /** A row that has one form only (the genre ceiling's). */
        public Row(String metric, List<String> cells, String tooltip) {
            this(metric, cells, tooltip, metric, cells);
        }

        /** The metric's name in the form asked for. */
        public String metric(boolean compact) {
            return compact ? compactMetric : metric;
        }

        /** The cells in the form asked for. */
        public List<String> cells(boolean compact) {
            return compact ? compactCells : cells;
        }
    }

    private record Line(String key, String label, String compactLabel, String pattern, String compactPattern,
                        Predicate<ComparisonMethod> appliesTo) {
        Line(String key, String label, String compactLabel, String pattern, Predicate<ComparisonMethod> appliesTo) {
            this(key, label, compactLabel, pattern, pattern, appliesTo);
        }
    }

    private static final Predicate<ComparisonMethod> ALL = m -> true;
    private static final String WITH_GENRES = " with genres";

    /**
     * A metric's row label: its name as {@link MetricNames} gives it inside a sentence (the table's labels are lower
     * case but for names: "silhouette, scaled features", "Davies-Bouldin, own space"), then {@code what}.
     */
    private static String named(String key, String what) {
        return MetricNames.of(key).inSentence() + what;
    }

    private static final List<Line> LINES = List.of(
            new Line("common_davies_bouldin", named("davies_bouldin", ", scaled features"),
                    named("davies_bouldin", ", features"), "%.3f", ALL),
            new Line("own_davies_bouldin", named("davies_bouldin", ", own space"), named("davies_bouldin", ", own"),
                    "%.3f", ALL),
            new Line("common_calinski_harabasz", named("calinski_harabasz", ", scaled features"),
                    named("calinski_harabasz", ", features"), "%,.0f", ALL),
            new Line("own_calinski_harabasz", named("calinski_harabasz", ", own space"),
                    named("calinski_harabasz", ", own"), "%,.0f", ALL),
            new Line("common_silhouette", named("silhouette", ", scaled features"), named("silhouette", ", features"),
                    "%.3f", ALL),
            new Line("own_silhouette", named("silhouette", ", own space"), named("silhouette", ", own"), "%.3f", ALL),
            new Line("genre_adjusted_rand", named("adjusted_rand", WITH_GENRES), named("adjusted_rand", WITH_GENRES),
                    "%.4f", ALL),
            new Line("genre_normalized_mutual_info", named("normalized_mutual_info", WITH_GENRES),
                    named("normalized_mutual_info", WITH_GENRES), "%.4f", ALL),
            new Line("genre_adjusted_mutual_info", named("adjusted_mutual_info", WITH_GENRES),
                    named("adjusted_mutual_info", WITH_GENRES), "%.4f", ALL),
            new Line("genre_v_measure", named("v_measure", WITH_GENRES), named("v_measure", WITH_GENRES), "%.4f", ALL),
            new Line("genre_purity", named("purity", ""), named("purity", ""), "%.4f", ALL),
            new Line("clusters_non_empty", "clusters", "clusters", "%.1f", ALL),
            new Line("noise", "noise tracks", "noise tracks", "%,.1f", m -> m == ComparisonMethod.AUTOENCODER_DBSCAN),
            new Line("dbscan_eps", "DBSCAN eps (k-distance knee)", "DBSCAN eps (knee)", "%.4f",
                    m -> m == ComparisonMethod.AUTOENCODER_DBSCAN),
            new Line("inertia", "inertia, own space", "inertia, own", "%,.1f",
                    m -> m != ComparisonMethod.AUTOENCODER_DBSCAN),
            new Line("reconstruction_mse", "reconstruction MSE", "reconstruction MSE", "%.5f", "%.4f",
                    ComparisonMethod::trainsAnAutoencoder));

    /** How many rows {@link #rows} gives for a comparison: one per metric, and the collapsed runs'. */
    public static int rowCount() {
        return LINES.size() + 1;
    }

    /** The metrics table of {@code r}: one row per metric, then the collapsed runs; empty for null. */
    public static List<Row> rows(Comparison.Result r) {
        List<Row> out = new ArrayList<>();
        if (r == null) {
            return out;
        }
        // collapsed runs are no result: counted in the last row, left out of every mean, sd and range here
        Map<ComparisonMethod, Map<String, Spread>> kept = r.keptSummary();
        for (Line line : LINES) {
            List<String> cells = new ArrayList<>();
            List<String> compact = new ArrayList<>();
            List<String> tips = new ArrayList<>();
            for (ComparisonMethod m : METHODS) {
                Spread s = kept.containsKey(m) ? kept.get(m).get(line.key()) : null;
                if (s == null || !line.appliesTo().test(m)) {
                    cells.add("–");
                    compact.add("–");
                    continue;
                }
                cells.add(meanSd(s, line.pattern()));
                compact.add(compactMeanSd(s, line.compactPattern()));
                int left = r.collapsed().getOrDefault(m, 0);
                // each seed's own value named by its seed: a reason such as "after leaving out 270 noise points" is
                // one seed's, and read unnamed beside the mean it looked like a second count of the same thing
                tips.add(m.label() + ": " + (s.mean().isDefined() ? tip(s, line.pattern())
                        : s.everyRun() != null ? "undefined in every run"
                        : s.mean().undefinedReason()) + (left == 0 ? ""
                        : " (" + left + " collapsed run" + (left == 1 ? "" : "s") + " left out)")
                        + "\n    " + bySeed(r, m, line));
            }
            String rule = line.key().equals("dbscan_eps") ? "eps is " + DbscanEps.RULE + ", on each seed's code\n" : "";
            out.add(new Row(line.label(), cells, line.label() + "\n" + rule + String.join("\n", tips),
                    line.compactLabel(), compact));
        }
        List<String> collapsed = new ArrayList<>();
        for (ComparisonMethod m : METHODS) {
            long runs = r.runs().stream().filter(run -> run.method() == m).count();
            int n = r.collapsed().getOrDefault(m, 0);
            collapsed.add(m.trainsAnAutoencoder() ? n + " of " + runs + (n > 0 ? ", left out" : "") : "–");
        }
        out.add(new Row("autoencoder collapsed", collapsed, "Runs whose autoencoder collapsed are not a result: they "
                + "are counted here and left out of the means, deviations and ranges above (comparison.json also "
                + "gives the means with them)."));
        return out;
    }

    /**
     * Each seed's value of {@code line}'s metric for {@code m}, named by its seed: "seed 1: 270, seed 2: 312";
     * an undefined one with its reason ("seed 1: undefined (only one cluster after leaving out 270 noise points)"),
     * a collapsed run as left out. Counts (noise, clusters) as whole numbers, the rest as in the table.
     */
    private static String bySeed(Comparison.Result r, ComparisonMethod m, Line line) {
        String pattern = line.key().equals("noise") || line.key().equals("clusters_non_empty") ? "%,.0f"
                : line.pattern();
        List<String> out = new ArrayList<>();
        for (Comparison.Run run : r.runs()) {
            if (run.method() != m) {
                continue;
            }
            org.genrescope.model.metrics.MetricValue v = run.metrics().get(line.key());
            String value = run.collapsed() ? "autoencoder collapsed, left out"
                    : v == null ? "–" : v.isDefined() ? v.format(pattern) : "undefined (" + v.undefinedReason() + ")";
            out.add("seed " + run.seed() + ": " + value);
        }
        return String.join(out.stream().anyMatch(x -> x.contains("undefined")) ? "\n    " : ", ", out);
    }

    /**
     * The heading over the metrics table, saying over how many seeds its means are: "Each method's metrics: mean ± sd
     * over 3 seeds"; "..., seed 1 alone" for one.
     */
    public static String metricsHeading(Comparison.Result r) {
        if (r == null) {
            return "Each method's metrics over the seeds";
        }
        return r.seeds().size() == 1 ? "Each method's metrics, seed " + r.seeds().get(0) + " alone"
                : "Each method's metrics: mean ± sd over " + r.seeds().size() + " seeds";
    }

    /** The heading over the ARI matrix, naming the one seed whose partitions it compares. */
    public static String agreementHeading(Comparison.Result r) {
        return "Agreement between the methods (ARI)" + (r == null ? "" : ", seed " + r.seeds().get(0));
    }

    /**
     * The heading over the genre ceiling's table, naming its folds and the seed of their assignment: its ± is over
     * those folds, not over the seeds as in the metrics' table.
     */
    public static String ceilingHeading(Comparison.Result r) {
        GenreCeiling.Result c = r == null || r.ceiling() == null ? null : r.ceiling().result();
        return "Genre ceiling: how much genre the features hold" + (c == null ? ""
                : String.format(java.util.Locale.ROOT, " (± over %d folds, seed %d)", c.folds(), c.seed()));
    }

    /** The heading over the contingency table, naming the one seed whose clusters (and noise) it counts. */
    public static String contingencyHeading(Comparison.Result r) {
        return "Contingency of two methods' clusters" + (r == null ? "" : ", seed " + r.seeds().get(0)
                + " (its noise row is that seed's)");
    }

    /**
     * "1.234 ± 0.056"; "1.234" for one run; "(2 of 3 runs)" added when some runs left it undefined; "undefined:
     * reason" when no run defined it, the reason every run gave ("only one cluster" shortened to "one cluster", the
     * noise it left out being in the row's tooltip), or "undefined: reasons differ by seed" when the runs' reasons
     * differ otherwise (the tooltip gives each seed's): one seed's reason in a cell would read as every seed's.
     */
    public static String meanSd(Spread s, String pattern) {
        if (!s.mean().isDefined()) {
            Spread.UndefinedInEveryRun why = s.everyRun();
            String reason = why == null ? s.mean().undefinedReason() : why.reason();
            if (why == null ? reason.startsWith(ONE_CLUSTER)
                    : why.reasons().stream().allMatch(each -> each.startsWith(ONE_CLUSTER))) {
                // every run had one cluster; DBSCAN's runs differ in the noise they left out, said per seed in the tip
                return "undefined: one cluster";
            }
            return UNDEFINED + (why == null || why.shared() ? reason : DIFFER);
        }
        String text = s.mean().format(pattern) + (s.sd().isDefined() ? " ± " + s.sd().format(pattern) : "");
        return s.undefined() == 0 ? text : text + " (" + (s.runs() - s.undefined()) + " of " + s.runs() + " runs)";
    }

    /** How an internal metric's reason starts when the partition has one cluster (noise left out, for DBSCAN). */
    private static final String ONE_CLUSTER = "only one cluster";

    /**
     * {@link #meanSd} in fewer characters, for the compact table: "undefined" alone (the row's tooltip gives each
     * seed's reason; the Clusters tab's table says it so too), "1.234±0.056" without the spaces, "(2/3)" for "(2 of 3
     * runs)".
     */
    public static String compactMeanSd(Spread s, String pattern) {
        if (!s.mean().isDefined()) {
            return "undefined";
        }
        // no spaces around "±", and "(2/3)": the compact table was still cut at 1024 x 700 by "1.382 ± 0.261 (2 of 3)"
        // cells (new user, session 30: DBSCAN undefined in one of three runs)
        String text = s.mean().format(pattern) + (s.sd().isDefined() ? "±" + s.sd().format(pattern) : "");
        return s.undefined() == 0 ? text : text + " (" + (s.runs() - s.undefined()) + "/" + s.runs() + ")";
    }

    private static String tip(Spread s, String pattern) {
        if (!s.mean().isDefined()) {
            return s.mean().undefinedReason();
        }
        return "mean " + s.mean().format(pattern) + ", sd " + (s.sd().isDefined() ? s.sd().format(pattern)
                : "undefined (one run)") + ", range " + s.min().format(pattern) + " to " + s.max().format(pattern)
                + (s.undefined() > 0 ? ", undefined in " + s.undefined() + " of " + s.runs() + " runs" : "");
    }

    /**
     * The ARI between the methods' partitions of the first seed, in {@link #METHODS} order: 1 on the diagonal,
     * symmetric, "undefined: reason" where ARI is undefined; empty for null.
     */
    public static List<List<String>> ariMatrix(Comparison.Result r) {
        List<List<String>> out = new ArrayList<>();
        if (r == null) {
            return out;
        }
        for (ComparisonMethod a : METHODS) {
            List<String> row = new ArrayList<>();
            for (ComparisonMethod b : METHODS) {
                row.add(a == b ? "1" : agreement(r, a, b).map(x -> x.adjustedRand().isDefined()
                        ? x.adjustedRand().format("%.3f") : "undefined: " + x.adjustedRand().undefinedReason())
                        .orElse("–"));
            }
            out.add(row);
        }
        return out;
    }

    private static java.util.Optional<Comparison.Agreement> agreement(Comparison.Result r, ComparisonMethod a,
                                                                      ComparisonMethod b) {
        return r.agreement().stream().filter(x -> (x.a() == a && x.b() == b) || (x.a() == b && x.b() == a))
                .findFirst();
    }

    /**
     * A contingency table in words: row and column headings (cluster numbers, "noise" for DBSCAN's), counts by
     * row and column.
     */
    public record Contingency(String rowsName, String columnsName, List<String> rowLabels, List<String> columnLabels,
                              int[][] counts) { }

    /** The tracks by cluster of {@code a} (rows) and of {@code b} (columns), first seed; null for null or a == b. */
    public static Contingency contingency(Comparison.Result r, ComparisonMethod a, ComparisonMethod b) {
        if (r == null || a == null || b == null || a == b) {
            return null;
        }
        Comparison.Agreement x = agreement(r, a, b).orElse(null);
        if (x == null) {
            return null;
        }
        ContingencyTable t = x.table();
        boolean transposed = x.a() != a;
        int[][] counts = new int[transposed ? t.clusterCount() : t.classCount()][transposed ? t.classCount()
                : t.clusterCount()];
        for (int i = 0; i < t.classCount(); i++) {
            for (int j = 0; j < t.clusterCount(); j++) {
                if (transposed) {
                    counts[j][i] = t.count(i, j);
                } else {
                    counts[i][j] = t.count(i, j);
                }
            }
        }
        List<String> classes = labels(t.truthClasses());
        List<String> clusters = labels(t.clusters());
        return new Contingency(a.label(), b.label(), transposed ? clusters : classes, transposed ? classes : clusters,
                counts);
    }

    private static List<String> labels(int[] ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> id == ClusteringLabels.NOISE ? "noise"
                : String.valueOf(id)).toList();
    }

    /** The ceiling's rows: accuracy, balanced accuracy, macro F1; each with the model's and the baseline's score. */
    public static List<Row> ceilingRows(GenreCeiling.Outcome outcome) {
        if (outcome == null || !outcome.isDefined()) {
            return List.of();
        }
        GenreCeiling.Result c = outcome.result();
        List<String> names = List.of("accuracy", "balanced accuracy", "macro F1");
        List<ToDoubleFunction<GenreCeiling.Scores>> metrics = List.of(GenreCeiling.Scores::accuracy,
                GenreCeiling.Scores::balancedAccuracy, GenreCeiling.Scores::macroF1);
        List<Row> out = new ArrayList<>();
        for (int m = 0; m < names.size(); m++) {
            Spread model = GenreCeiling.Result.spread(c.model(), metrics.get(m));
            Spread baseline = GenreCeiling.Result.spread(c.baseline(), metrics.get(m));
            out.add(new Row(names.get(m), List.of(meanSd(model, "%.3f"), meanSd(baseline, "%.3f")),
                    "logistic regression: " + tip(model, "%.3f") + "\nmajority genre: " + tip(baseline, "%.3f")
                            + "\nover the " + c.folds() + " folds"));
        }
        return out;
    }

    /** How the ceiling was measured, or why there is none. */
    public static String ceilingCaption(GenreCeiling.Outcome outcome) {
        if (outcome == null) {
            return "";
        }
        if (!outcome.isDefined()) {
            return "No ceiling: " + outcome.undefinedReason() + ".";
        }
        GenreCeiling.Result c = outcome.result();
        return String.format(Locale.ROOT, "Genre predicted from the same scaled features by multinomial logistic "
                + "regression (L2, C = %.0f), stratified %d-fold cross-validation, fold seed %d, %,d tracks, %d genres;"
                + " mean ± sd over the folds. The clusters' agreement with genres is read against this.",
                1 / GenreCeiling.LAMBDA, c.folds(), c.seed(), c.tracks(), c.genres());
    }

    /**
     * What the comparison ran: tracks, k, latent size, seeds, which seeds' autoencoders collapsed and that those runs
     * are left out of the means, DBSCAN's rule, and whose partitions the ARI compares.
     */
    public static String caption(Comparison.Result r) {
        if (r == null) {
            return "";
        }
        List<Long> collapsed = r.collapsedSeeds();
        String left = collapsed.isEmpty() ? "no autoencoder collapsed" : "the autoencoder collapsed with seed"
                + (collapsed.size() == 1 ? " " : "s ") + seedText(collapsed) + ": those runs are counted in the "
                + "last row and left out of the AE methods' means";
        return String.format(Locale.ROOT, "%,d tracks, k = %d, latent size %d, seeds %s: mean ± sd (n - 1) over the "
                + "seeds; %s. AE: autoencoder; (scaled) features: the same space for every method; own (space): the one the "
                + "method clustered. Davies-Bouldin lower is better, the others higher. DBSCAN (minPts %d): "
                + "eps at the knee of the k-distance graph (hover its row). ARI between methods: seed %d.", r.tracks(),
                r.base().k(), r.base().latent(), seedText(r.seeds()), left, r.base().minPoints(), r.seeds().get(0));
    }

    /**
     * Why the compact table's "undefined" cells are undefined, for the caption under it (the compact cells leave the
     * reason out to fit, and a reason only in a tooltip is one a reader never sees): one sentence per method and
     * reason, naming the metrics in their compact form, e.g. "Undefined for AE + DBSCAN: one cluster (silhouette,
     * features; silhouette, own)." A reason that differs by seed sends the reader to the row's tooltip. Empty when no
     * cell is undefined.
     *
     * @param rows  {@link #rows} of one comparison (the collapsed runs' row has no undefined cell)
     * @param names each method's column heading, in {@link #METHODS} order
     */
    public static String undefinedNote(List<Row> rows, List<String> names) {
        Map<String, List<String>> metricsByWhy = new java.util.LinkedHashMap<>();
        for (int m = 0; m < names.size(); m++) {
            for (Row row : rows) {
                String full = row.cells().get(m);
                if (full.startsWith(UNDEFINED)) {
                    metricsByWhy.computeIfAbsent(names.get(m) + ": " + full.substring(UNDEFINED.length()),
                            x -> new ArrayList<>()).add(row.metric(true));
                }
            }
        }
        return metricsByWhy.entrySet().stream()
                .map(e -> "Undefined for " + e.getKey() + " (" + String.join("; ", e.getValue()) + ")"
                        + (e.getKey().endsWith(DIFFER) ? ": hover a row for each seed's" : "") + ".")
                .collect(Collectors.joining(" "));
    }

    private static final String UNDEFINED = "undefined: ";
    private static final String DIFFER = "reasons differ by seed";

    /** "1, 2, 3". */
    public static String seedText(List<Long> seeds) {
        return seeds.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
