package org.genrescope.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.ComparisonMethod;
import org.genrescope.analysis.ComparisonMetrics;
import org.genrescope.analysis.GenreCeiling;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.model.metrics.ExternalMetrics;
import org.genrescope.model.metrics.MetricValue;

/**
 * A session's {@code comparison} field (session 14, ADR 0016): the Compare tab's {@link Comparison.Result} as it was
 * computed, and back. Kept is what the runs gave (each run's metrics, each pair's contingency table, the genre
 * ceiling's per-fold scores, the notes); the summaries over the seeds (means, deviations, ranges, the runs left out as
 * collapsed) are derived again by {@link Comparison#summarised}, the very code the comparison itself ends with, so
 * the restored tables show the computed numbers to the last digit. Each pair's ARI is kept and checked against the
 * ARI of its table on reading. {@code comparison.json} ({@code analysis.report.ComparisonJson}) is a report of the
 * summaries, not this: it cannot be read back into a result.
 */
final class ComparisonSessionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ComparisonSessionJson() { }

    /** {@code r} as the session's {@code comparison} object. */
    static ObjectNode write(Comparison.Result r) {
        ObjectNode out = NODES.objectNode();
        ObjectNode settings = out.putObject("settings");
        AnalysisConfig.SCHEMA.toText(r.base()).forEach((k, v) -> {
            if (!k.equals("input")) {
                settings.put(k, v);
            }
        });
        ArrayNode seeds = out.putArray("seeds");
        r.seeds().forEach(seeds::add);
        out.put("tracks", r.tracks());
        ArrayNode runs = out.putArray("runs");
        for (Comparison.Run run : r.runs()) {
            ObjectNode n = runs.addObject();
            n.put("method", run.method().id());
            n.put("seed", run.seed());
            n.put("collapsed", run.collapsed());
            ObjectNode metrics = n.putObject("metrics");
            run.metrics().forEach((name, v) -> metrics.set(name, metric(v)));
        }
        ArrayNode agreement = out.putArray("agreement");
        for (Comparison.Agreement a : r.agreement()) {
            ObjectNode n = agreement.addObject();
            n.put("a", a.a().id());
            n.put("b", a.b().id());
            n.set("adjusted_rand", metric(a.adjustedRand()));
            ContingencyTable t = a.table();
            ints(n.putArray("rows"), t.truthClasses());
            ints(n.putArray("columns"), t.clusters());
            ArrayNode counts = n.putArray("counts");
            for (int[] row : t.toArray()) {
                ints(counts.addArray(), row);
            }
        }
        out.set("genre_ceiling", ceiling(r.ceiling()));
        ArrayNode warnings = out.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return out;
    }

    /**
     * Reads a {@code comparison} object of the session of {@code input}.
     *
     * @throws SessionFormatException naming the first field that is missing or of the wrong shape: an unknown
     *                                method, a run of a seed not compared or twice, a metric missing, a contingency
     *                                table no labeling could give or of another number of tracks, an ARI that is not
     *                                its table's, ceiling scores of another number of folds
     */
    static Comparison.Result read(JsonNode n, Path input) throws SessionFormatException {
        if (!n.isObject()) {
            throw new SessionFormatException("comparison is not an object");
        }
        Map<String, String> settingsText = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = field(n, "settings", JsonNode::isObject, "an object").fields();
             it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            settingsText.put(e.getKey(), e.getValue().asText());
        }
        AnalysisConfig base;
        try {
            base = AnalysisConfig.SCHEMA.withText(AnalysisConfig.SCHEMA.defaults(Map.of("input", input)), settingsText);
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException("comparison.settings: " + e.getMessage(), e);
        }
        List<Long> seeds = new ArrayList<>();
        for (JsonNode seed : field(n, "seeds", JsonNode::isArray, "a list")) {
            if (!seed.isIntegralNumber() || !seed.canConvertToLong()) {
                throw new SessionFormatException("comparison.seeds holds " + seed + ", not a seed");
            }
            seeds.add(seed.longValue());
        }
        if (seeds.isEmpty() || new HashSet<>(seeds).size() != seeds.size()) {
            throw new SessionFormatException("comparison.seeds is not a list of distinct seeds");
        }
        int tracks = positive(n, "tracks");
        List<Comparison.Run> runs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode run : field(n, "runs", JsonNode::isArray, "a list")) {
            ComparisonMethod method = method(run, "method");
            JsonNode seedNode = run.path("seed");
            if (!seedNode.isIntegralNumber() || !seeds.contains(seedNode.longValue())) {
                throw new SessionFormatException("comparison.runs has a run of seed " + seedNode
                        + ", not one of the seeds compared");
            }
            long seed = seedNode.longValue();
            if (!seen.add(method.id() + "/" + seed)) {
                throw new SessionFormatException("comparison.runs has " + method.id() + " with seed " + seed + " twice");
            }
            JsonNode collapsed = run.path("collapsed");
            if (!collapsed.isBoolean()) {
                throw new SessionFormatException("comparison.runs: collapsed is not true or false");
            }
            JsonNode metricsNode = field(run, "metrics", JsonNode::isObject, "an object");
            Map<String, MetricValue> metrics = new LinkedHashMap<>();
            for (String name : ComparisonMetrics.NAMES) { // a metric a newer Genrescope adds is not shown here
                if (!metricsNode.has(name)) {
                    throw new SessionFormatException("comparison.runs: " + method.id() + " with seed " + seed
                            + " has no " + name);
                }
                metrics.put(name, metric(metricsNode.get(name), "comparison.runs." + name));
            }
            runs.add(new Comparison.Run(method, seed, collapsed.booleanValue(), metrics));
        }
        if (runs.isEmpty()) {
            throw new SessionFormatException("comparison.runs is empty");
        }
        List<Comparison.Agreement> agreement = new ArrayList<>();
        for (JsonNode pair : field(n, "agreement", JsonNode::isArray, "a list")) {
            agreement.add(agreement(pair, tracks));
        }
        List<String> warnings = new ArrayList<>();
        for (JsonNode w : field(n, "warnings", JsonNode::isArray, "a list")) {
            warnings.add(w.asText());
        }
        GenreCeiling.Outcome ceiling = ceiling(field(n, "genre_ceiling", JsonNode::isObject, "an object"));
        return Comparison.summarised(base, seeds, tracks, runs, agreement, ceiling, warnings);
    }

    private static Comparison.Agreement agreement(JsonNode pair, int tracks) throws SessionFormatException {
        ComparisonMethod a = method(pair, "a");
        ComparisonMethod b = method(pair, "b");
        if (a == b) {
            throw new SessionFormatException("comparison.agreement compares " + a.id() + " with itself");
        }
        int[] rows = ints(field(pair, "rows", JsonNode::isArray, "a list"), "comparison.agreement.rows");
        int[] columns = ints(field(pair, "columns", JsonNode::isArray, "a list"), "comparison.agreement.columns");
        JsonNode countsNode = field(pair, "counts", JsonNode::isArray, "a list");
        int[][] counts = new int[countsNode.size()][];
        for (int i = 0; i < counts.length; i++) {
            if (!countsNode.get(i).isArray()) {
                throw new SessionFormatException("comparison.agreement.counts holds " + countsNode.get(i)
                        + ", not a row of counts");
            }
            counts[i] = ints(countsNode.get(i), "comparison.agreement.counts");
        }
        ContingencyTable table;
        try {
            table = ContingencyTable.ofCounts(rows, columns, counts);
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException("comparison.agreement of " + a.id() + " and " + b.id() + ": "
                    + e.getMessage(), e);
        }
        if (table.total() != tracks) {
            throw new SessionFormatException("comparison.agreement of " + a.id() + " and " + b.id() + " counts "
                    + table.total() + " tracks of " + tracks);
        }
        MetricValue ari = metric(field(pair, "adjusted_rand", x -> true, "a metric"), "comparison.agreement.adjusted_rand");
        double again = ExternalMetrics.adjustedRand(table);
        boolean same = ari.isDefined() ? Double.doubleToLongBits(again) == Double.doubleToLongBits(ari.value())
                : !Double.isFinite(again);
        if (!same) {
            throw new SessionFormatException("comparison.agreement of " + a.id() + " and " + b.id() + " has ARI "
                    + (ari.isDefined() ? ari.value() : "undefined") + ", but its table's is " + again);
        }
        return new Comparison.Agreement(a, b, ari, table);
    }

    /** A defined metric as its number; a degenerate one as {value, warning}; an undefined one as {undefined}. */
    private static JsonNode metric(MetricValue v) {
        if (!v.isDefined()) {
            ObjectNode out = NODES.objectNode();
            out.put("undefined", v.undefinedReason());
            return out;
        }
        if (v.warning() != null) {
            ObjectNode out = NODES.objectNode();
            out.put("value", v.value());
            out.put("warning", v.warning());
            return out;
        }
        return NODES.numberNode(v.value());
    }

    private static MetricValue metric(JsonNode n, String where) throws SessionFormatException {
        if (n.isNumber() && Double.isFinite(n.doubleValue())) {
            return MetricValue.of(n.doubleValue());
        }
        if (n.isObject() && n.path("undefined").isTextual() && !n.get("undefined").asText().isBlank()) {
            return MetricValue.undefined(n.get("undefined").asText());
        }
        if (n.isObject() && n.path("value").isNumber() && Double.isFinite(n.get("value").doubleValue())
                && n.path("warning").isTextual()) {
            return MetricValue.degenerate(n.get("value").doubleValue(), n.get("warning").asText());
        }
        throw new SessionFormatException(where + " is " + n + ", not a number or {\"undefined\": reason}");
    }

    private static JsonNode ceiling(GenreCeiling.Outcome outcome) {
        ObjectNode out = NODES.objectNode();
        if (!outcome.isDefined()) {
            out.put("undefined", outcome.undefinedReason());
            return out;
        }
        GenreCeiling.Result c = outcome.result();
        out.put("folds", c.folds());
        out.put("fold_seed", c.seed());
        out.put("tracks", c.tracks());
        out.put("genres", c.genres());
        scores(out.putArray("model"), c.model());
        scores(out.putArray("baseline"), c.baseline());
        return out;
    }

    private static void scores(ArrayNode out, List<GenreCeiling.Scores> folds) {
        for (GenreCeiling.Scores s : folds) {
            out.addArray().add(s.accuracy()).add(s.balancedAccuracy()).add(s.macroF1());
        }
    }

    private static GenreCeiling.Outcome ceiling(JsonNode n) throws SessionFormatException {
        if (n.has("undefined")) {
            String reason = n.get("undefined").asText("");
            if (reason.isBlank()) {
                throw new SessionFormatException("comparison.genre_ceiling.undefined gives no reason");
            }
            return new GenreCeiling.Outcome(null, reason);
        }
        int folds = positive(n, "folds");
        JsonNode seed = n.path("fold_seed");
        if (!seed.isIntegralNumber() || !seed.canConvertToLong()) {
            throw new SessionFormatException("comparison.genre_ceiling.fold_seed is not a seed");
        }
        return new GenreCeiling.Outcome(new GenreCeiling.Result(folds, seed.longValue(), positive(n, "tracks"),
                positive(n, "genres"), scores(n, "model", folds), scores(n, "baseline", folds)), null);
    }

    private static List<GenreCeiling.Scores> scores(JsonNode n, String field, int folds)
            throws SessionFormatException {
        JsonNode a = field(n, field, JsonNode::isArray, "a list");
        if (a.size() != folds) {
            throw new SessionFormatException("comparison.genre_ceiling." + field + " has " + a.size() + " folds' scores"
                    + " for " + folds + " folds");
        }
        List<GenreCeiling.Scores> out = new ArrayList<>();
        for (JsonNode fold : a) {
            if (!fold.isArray() || fold.size() != 3 || !fold.get(0).isNumber() || !fold.get(1).isNumber()
                    || !fold.get(2).isNumber()) {
                throw new SessionFormatException("comparison.genre_ceiling." + field + " holds " + fold
                        + ", not [accuracy, balanced accuracy, macro F1]");
            }
            out.add(new GenreCeiling.Scores(fold.get(0).doubleValue(), fold.get(1).doubleValue(),
                    fold.get(2).doubleValue()));
        }
        return out;
    }

    private static ComparisonMethod method(JsonNode n, String field) throws SessionFormatException {
        String id = n.path(field).asText("");
        for (ComparisonMethod m : ComparisonMethod.values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new SessionFormatException("comparison names the method \"" + id + "\", which Genrescope does not know");
    }

    private static JsonNode field(JsonNode n, String name, java.util.function.Predicate<JsonNode> shape, String what)
            throws SessionFormatException {
        JsonNode f = n.get(name);
        if (f == null || !shape.test(f)) {
            throw new SessionFormatException("comparison." + name + " is missing or not " + what);
        }
        return f;
    }

    private static int positive(JsonNode n, String name) throws SessionFormatException {
        JsonNode f = n.get(name);
        if (f == null || !f.isIntegralNumber() || !f.canConvertToInt() || f.intValue() < 1) {
            throw new SessionFormatException("comparison's " + name + " is missing or not a whole number above 0");
        }
        return f.intValue();
    }

    private static void ints(ArrayNode out, int[] values) {
        for (int v : values) {
            out.add(v);
        }
    }

    private static int[] ints(JsonNode a, String where) throws SessionFormatException {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).isIntegralNumber() || !a.get(i).canConvertToInt()) {
                throw new SessionFormatException(where + " holds " + a.get(i) + ", not a whole number");
            }
            out[i] = a.get(i).intValue();
        }
        return out;
    }
}
