package org.genrescope.analysis.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.ComparisonMethod;
import org.genrescope.analysis.GenreCeiling;
import org.genrescope.analysis.Spread;
import org.genrescope.analysis.Versions;
import org.genrescope.model.metrics.ContingencyTable;

/**
 * {@code comparison.json}: the settings, each method's summary over the seeds (every metric's mean, sd with n - 1,
 * min and max, with the runs where it was undefined counted and the collapsed autoencoder runs counted), the
 * agreement between the methods' partitions of the first seed (an ARI matrix and each pair's contingency table)
 * and the genre ceiling. An undefined statistic is {@code null} with {@code <name>_undefined} giving the reason
 * (as report.json, ADR 0015).
 */
public final class ComparisonJson {
    public static final String FILE_NAME = "comparison.json";
    public static final int SCHEMA = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonJson() { }

    public static void write(Comparison.Result result, OutputStream out) throws IOException {
        out.write(MAPPER.writeValueAsBytes(toMap(result)));
    }

    /** The document as nested maps and lists, in the order it is written. */
    public static Map<String, Object> toMap(Comparison.Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("input", r.base().input().toString());
        root.put("tracks", r.tracks());
        root.put("seeds", r.seeds());
        // every setting some method used (DBSCAN's eps only by the DBSCAN runs ...), each method's own choices removed
        Map<String, Object> settings = ReportJson.settings(r.base());
        for (ComparisonMethod method : ComparisonMethod.values()) {
            ReportJson.settings(method.configure(r.base(), r.seeds().get(0))).forEach(settings::putIfAbsent);
        }
        settings.remove("representation");
        settings.remove("algorithm");
        settings.remove("seed");
        settings.remove("eps"); // chosen on each seed's code: each DBSCAN run's is its dbscan_eps
        root.put("settings", settings);
        root.put("dbscan_eps_rule", org.genrescope.model.clustering.DbscanEps.RULE);
        root.put("versions", Versions.all());
        List<Map<String, Object>> methods = new ArrayList<>();
        r.summary().forEach((method, metrics) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", method.id());
            m.put("label", method.label());
            m.put("runs", r.runs().stream().filter(run -> run.method() == method).count());
            m.put("collapsed_runs", r.collapsed().getOrDefault(method, 0));
            Map<String, Object> summary = new LinkedHashMap<>();
            List<Comparison.Run> all = r.runs().stream().filter(run -> run.method() == method).toList();
            metrics.forEach((name, spread) -> summary.put(name, spread(spread, all)));
            m.put("summary", summary);
            if (r.collapsed().getOrDefault(method, 0) > 0) {
                // the runs whose autoencoder collapsed are not a result (ADR 0006); these are the others
                Map<String, Object> kept = new LinkedHashMap<>();
                Map<String, Spread> others = r.summaryNotCollapsed().get(method);
                if (others != null) {
                    List<Comparison.Run> keptRuns = r.keptRuns(method);
                    others.forEach((name, spread) -> kept.put(name, spread(spread, keptRuns)));
                }
                m.put("summary_not_collapsed", others == null ? null : kept);
                if (others == null) {
                    m.put("summary_not_collapsed_undefined", "every run's autoencoder collapsed");
                }
            }
            methods.add(m);
        });
        root.put("methods", methods);
        root.put("agreement", agreement(r));
        root.put("genre_ceiling", ceiling(r.ceiling()));
        root.put("warnings", r.warnings());
        return root;
    }

    /** mean, sd, min, max (each null with {@code _undefined} when the runs cannot give it), runs, undefined_runs. */
    static Map<String, Object> spread(Spread s) {
        Map<String, Object> out = new LinkedHashMap<>();
        ReportJson.metric(out, "mean", s.mean());
        ReportJson.metric(out, "sd", s.sd());
        ReportJson.metric(out, "min", s.min());
        ReportJson.metric(out, "max", s.max());
        out.put("runs", s.runs());
        out.put("undefined_runs", s.undefined());
        return out;
    }

    /**
     * As {@link #spread(Spread)}, a metric undefined in every run of {@code runs} (the runs it summarises, in order)
     * with the run its reason quotes named by seed, as the window names it: "undefined in every run (seed 1987: only
     * one cluster after leaving out 333 noise points)".
     */
    private static Map<String, Object> spread(Spread s, List<Comparison.Run> runs) {
        Map<String, Object> out = spread(s);
        Spread.UndefinedInEveryRun why = s.everyRun();
        if (why != null && why.run() < runs.size()) {
            String sentence = why.sentence("seed " + runs.get(why.run()).seed());
            for (String statistic : List.of("mean", "sd", "min", "max")) {
                out.replace(statistic + "_undefined", sentence);
            }
        }
        return out;
    }

    private static Map<String, Object> agreement(Comparison.Result r) {
        List<ComparisonMethod> methods = new ArrayList<>(r.summary().keySet());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seed", r.seeds().get(0));
        out.put("methods", methods.stream().map(ComparisonMethod::id).toList());
        Double[][] matrix = new Double[methods.size()][methods.size()];
        for (int i = 0; i < methods.size(); i++) {
            matrix[i][i] = 1.0; // a partition agrees with itself
        }
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Comparison.Agreement a : r.agreement()) {
            int i = methods.indexOf(a.a());
            int j = methods.indexOf(a.b());
            Double ari = a.adjustedRand().isDefined() ? a.adjustedRand().value() : null;
            matrix[i][j] = ari;
            matrix[j][i] = ari;
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("a", a.a().id());
            pair.put("b", a.b().id());
            ReportJson.metric(pair, "adjusted_rand", a.adjustedRand());
            ContingencyTable t = a.table();
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("rows_clusters_of_a", t.truthClasses());
            table.put("columns_clusters_of_b", t.clusters());
            table.put("counts", t.toArray());
            pair.put("contingency", table);
            pairs.add(pair);
        }
        out.put("adjusted_rand", matrix);
        out.put("noise", "DBSCAN's noise is the label -1, compared as one more cluster");
        out.put("pairs", pairs);
        return out;
    }

    private static Map<String, Object> ceiling(GenreCeiling.Outcome outcome) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", "multinomial logistic regression (Smile " + Versions.all().get("smile")
                + ", L-BFGS), L2 penalty " + GenreCeiling.LAMBDA + " on the summed log-loss (scikit-learn's C = "
                + 1 / GenreCeiling.LAMBDA + "), tolerance " + GenreCeiling.TOLERANCE + ", at most "
                + GenreCeiling.MAX_ITERATIONS + " iterations");
        out.put("features", "the scaled features (the common space)");
        if (!outcome.isDefined()) {
            out.put("result", null);
            out.put("result_undefined", outcome.undefinedReason());
            return out;
        }
        GenreCeiling.Result c = outcome.result();
        out.put("cross_validation", "stratified " + c.folds() + "-fold, seeded");
        out.put("folds", c.folds());
        out.put("fold_seed", c.seed());
        out.put("tracks", c.tracks());
        out.put("genres", c.genres());
        out.put("model_scores", scores(c.model()));
        out.put("majority_baseline_scores", scores(c.baseline()));
        return out;
    }

    private static Map<String, Object> scores(List<GenreCeiling.Scores> folds) {
        Map<String, Object> out = new LinkedHashMap<>();
        scoreEntry(out, "accuracy", folds, GenreCeiling.Scores::accuracy);
        scoreEntry(out, "balanced_accuracy", folds, GenreCeiling.Scores::balancedAccuracy);
        scoreEntry(out, "macro_f1", folds, GenreCeiling.Scores::macroF1);
        return out;
    }

    private static void scoreEntry(Map<String, Object> out, String name, List<GenreCeiling.Scores> folds,
                                   ToDoubleFunction<GenreCeiling.Scores> metric) {
        Map<String, Object> entry = spread(GenreCeiling.Result.spread(folds, metric));
        entry.remove("runs");
        entry.remove("undefined_runs");
        entry.put("per_fold", folds.stream().mapToDouble(metric).boxed().toList());
        out.put(name, entry);
    }
}
