package org.genrescope.session;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Pipeline;
import org.genrescope.features.ScalerParameters;
import org.genrescope.files.PlainJson;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.embedding.Activation;
import org.genrescope.model.embedding.TrainedAutoencoder;
import org.genrescope.model.projection.Projection2D;

/**
 * A {@link Session} as JSON and back, in the format ADR 0016 describes field by field. Numbers are written as Java
 * prints a double (the shortest text that reads back to the same bits), so weights and metrics survive exactly.
 * Reading checks every shape and says in one sentence what is wrong; it never trusts a field it did not check.
 */
public final class SessionJson {
    /** For reading, and for writing a tree {@link PlainJson} does not write (none today); built when first used. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    /** The tree's nodes, as the mapper's {@code createObjectNode} makes them, without building a mapper to write. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SessionJson() { }

    /** The session as UTF-8 JSON (compact, as the mapper writes it: PlainJson writes the same bytes). */
    public static byte[] write(Session s) {
        ObjectNode root = NODES.objectNode();
        root.put("format", Session.FORMAT);
        root.put("schema_version", Session.SCHEMA_VERSION);
        root.put("saved_at", s.savedAt().toString());
        root.put("genrescope_version", s.version());
        ObjectNode versions = root.putObject("versions");
        s.versions().forEach(versions::put);
        ObjectNode data = root.putObject("data");
        data.put("path", s.input().toAbsolutePath().toString());
        data.put("sha256", s.inputSha256());
        data.put("tracks", s.rows());
        ObjectNode settings = root.putObject("settings");
        AnalysisConfig.SCHEMA.toText(s.config()).forEach((k, v) -> {
            if (!k.equals("input")) {
                settings.put(k, v);
            }
        });
        root.set("results", summary(s.summary()));
        ObjectNode model = root.putObject("model");
        TrainedAutoencoder.Weights w = s.stages().autoencoder();
        if (w == null) {
            model.putNull("autoencoder");
        } else {
            model.set("autoencoder", autoencoder(w));
        }
        if (s.stages().clustering() == null) {
            model.putNull("clustering");
        } else {
            model.set("clustering", clustering(s.stages().clustering()));
        }
        if (s.model() != null) {
            fittedModel(model, s.model());
        }
        Projection2D p = s.stages().projection();
        if (p == null) {
            model.putNull("projection");
        } else {
            model.set("projection", projection(p, s.stages().projectionWarnings()));
        }
        ObjectNode sweep = root.putObject("k_sweep");
        s.sweep().forEach((k, c) -> sweep.set(Integer.toString(k), clustering(c)));
        if (!s.view().equals(SessionView.NONE)) { // the command line's session.json has no window to restore
            ObjectNode view = root.putObject("view");
            view.put("colour_by", s.view().colourByGenre() ? "genre" : "cluster");
            ArrayNode selected = view.putArray("selected_tracks");
            s.view().selectedTrackIds().forEach(selected::add);
            view.put("select_mode", s.view().lassoSelect() ? "lasso" : "box");
        }
        if (s.comparison() != null) { // the Compare tab's result; the command line's session.json has none
            root.set("comparison", ComparisonSessionJson.write(s.comparison()));
        }
        try {
            if (!PlainJson.isPlain(root)) {
                return Mapper.JSON.writeValueAsBytes(root);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
                PlainJson.write(root, g);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Jackson's message without the parser's own bookkeeping ("(start marker at [Source: ...") a user cannot use. */
    private static String withoutParserSource(String message) {
        int source = message.indexOf(" (start marker");
        if (source < 0) {
            source = message.indexOf(" at [Source");
        }
        return source < 0 ? message : message.substring(0, source);
    }

    /**
     * Refuses text that does not even start as a JSON object (a data table, a note) by what it is, in the user's
     * words, before Jackson would name the token it did not expect.
     */
    private static void notJsonAtAll(byte[] json) throws SessionFormatException {
        String text = new String(json, 0, Math.min(json.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
        String start = text.replace("\uFEFF", "").stripLeading();
        if (start.isEmpty()) {
            throw new SessionFormatException("it is not a Genrescope session (the file is empty)");
        }
        if (start.charAt(0) == '{') {
            return;
        }
        String firstLine = start.lines().findFirst().orElse("");
        if (firstLine.length() > 60) {
            firstLine = firstLine.substring(0, 60) + "\u2026";
        }
        boolean table = firstLine.chars().filter(c -> c == ',' || c == ';' || c == '\t').count() >= 2;
        throw new SessionFormatException("it is not a Genrescope session (a session is a JSON object; its first line "
                + "reads \"" + firstLine + "\"" + (table ? ", a data table's header: open it as data instead" : "")
                + ")");
    }

    /**
     * Reads a session.
     *
     * @throws SessionFormatException when the text is not JSON, not a session, of a newer schema version, or a field
     *                                is missing or of the wrong shape
     */
    public static Session read(byte[] json) throws SessionFormatException {
        notJsonAtAll(json);
        JsonNode root;
        try {
            root = Mapper.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
                throw new SessionFormatException("it is not valid JSON (it ends" + (where.isEmpty() ? "" : " at " + where)
                        + " before its last closing bracket: the file is cut off)", e);
            }
            throw new SessionFormatException("it is not valid JSON (" + (where.isEmpty() ? "" : where + ": ")
                    + withoutParserSource(firstLine(e.getOriginalMessage())) + ")", e);
        } catch (IOException e) {
            throw new SessionFormatException("it is not valid JSON (" + firstLine(e.getMessage()) + ")", e);
        }
        if (root == null || !root.isObject() || !Session.FORMAT.equals(root.path("format").asText(null))) {
            throw new SessionFormatException("it is not a Genrescope session (no \"format\": \"" + Session.FORMAT + "\")");
        }
        int version = integer(root, "schema_version");
        if (version > Session.SCHEMA_VERSION) {
            throw new SessionFormatException("it was written by a newer Genrescope (schema version " + version
                    + "; this one reads up to " + Session.SCHEMA_VERSION + ")");
        }
        if (version < 1) {
            throw new SessionFormatException("its schema version " + version + " is not one Genrescope ever wrote");
        }
        try {
            Instant savedAt = Instant.parse(text(root, "saved_at"));
            JsonNode data = object(root, "data");
            Path input = Path.of(text(data, "path"));
            String sha256 = text(data, "sha256");
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new SessionFormatException("data.sha256 is not a SHA-256 in hex");
            }
            int rows = integer(data, "tracks");
            Map<String, String> settings = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object(root, "settings").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                settings.put(e.getKey(), e.getValue().asText());
            }
            AnalysisConfig config = AnalysisConfig.SCHEMA.withText(
                    AnalysisConfig.SCHEMA.defaults(Map.of("input", input)), settings);
            ResultSummary summary = summary(object(root, "results"));
            JsonNode model = object(root, "model");
            TrainedAutoencoder.Weights w = model.path("autoencoder").isObject() ? autoencoder(model.get("autoencoder"))
                    : null;
            Clustering clustering = model.path("clustering").isObject() ? clustering(model.get("clustering"), rows)
                    : null;
            Projection2D projection = null;
            List<String> projectionNotes = List.of();
            if (model.path("projection").isObject()) {
                projection = projection(model.get("projection"), rows);
                projectionNotes = texts(model.get("projection"), "notes");
            }
            Map<Integer, Clustering> sweep = new TreeMap<>();
            JsonNode ks = root.path("k_sweep");
            for (Iterator<Map.Entry<String, JsonNode>> it = ks.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sweep.put(Integer.parseInt(e.getKey()), clustering(e.getValue(), rows));
            }
            FittedModel fitted = model.has("features") ? fittedModel(model, w, clustering) : null;
            Map<String, String> versions = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("versions").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                versions.put(e.getKey(), e.getValue().asText());
            }
            return new Session(savedAt, root.path("genrescope_version").asText(""), rows, summary,
                    new Pipeline.Saved(sha256, config, w, clustering, projection, projectionNotes), sweep, fitted,
                    versions, view(root.path("view"), rows), comparison(root.path("comparison"), input));
        } catch (DateTimeParseException e) {
            throw new SessionFormatException("saved_at is not a time: " + e.getParsedString(), e);
        } catch (IllegalArgumentException e) {
            // a setting that does not validate, a negative size, a k that is not a number ...
            throw new SessionFormatException(firstLine(e.getMessage()), e);
        }
    }

    /** The Compare tab's result: absent (a session written before it was kept, or none shown) is null. */
    private static org.genrescope.analysis.Comparison.Result comparison(JsonNode n, Path input)
            throws SessionFormatException {
        return n.isMissingNode() || n.isNull() ? null : ComparisonSessionJson.read(n, input);
    }

    /**
     * The window's view: absent (a session written before it was kept, or by the command line) is
     * {@link SessionView#NONE}; present, it must be {@code colour_by} "cluster" or "genre", at most one id per track, and {@code select_mode}
     * "box" (also when absent, as written before session 14) or "lasso".
     */
    private static SessionView view(JsonNode view, int rows) throws SessionFormatException {
        if (view.isMissingNode() || view.isNull()) {
            return SessionView.NONE;
        }
        if (!view.isObject()) {
            throw new SessionFormatException("view is not an object");
        }
        String colour = view.path("colour_by").asText("cluster");
        if (!colour.equals("cluster") && !colour.equals("genre")) {
            throw new SessionFormatException("view.colour_by is \"" + colour + "\", not \"cluster\" or \"genre\"");
        }
        JsonNode selected = view.path("selected_tracks");
        List<String> ids = new java.util.ArrayList<>();
        if (!selected.isMissingNode()) {
            if (!selected.isArray() || selected.size() > rows) {
                throw new SessionFormatException("view.selected_tracks is not a list of at most " + rows + " track ids");
            }
            for (JsonNode id : selected) {
                if (!id.isTextual()) {
                    throw new SessionFormatException("view.selected_tracks holds " + id + ", not a track id as text");
                }
                ids.add(id.asText());
            }
        }
        String mode = view.path("select_mode").asText("box");
        if (!mode.equals("box") && !mode.equals("lasso")) {
            throw new SessionFormatException("view.select_mode is \"" + mode + "\", not \"box\" or \"lasso\"");
        }
        return new SessionView(colour.equals("genre"), ids, mode.equals("lasso"));
    }

    private static ObjectNode summary(ResultSummary s) {
        ObjectNode out = NODES.objectNode();
        out.put("k", s.k());
        ArrayNode sizes = out.putArray("cluster_sizes");
        s.clusterSizes().forEach(sizes::add);
        out.put("noise", s.noise());
        ObjectNode metrics = out.putObject("metrics");
        s.metrics().forEach((name, v) -> {
            if (v == null) {
                metrics.putNull(name);
            } else {
                metrics.put(name, v);
            }
        });
        return out;
    }

    private static ResultSummary summary(JsonNode n) throws SessionFormatException {
        List<Integer> sizes = new ArrayList<>();
        for (JsonNode size : array(n, "cluster_sizes")) {
            sizes.add(size.asInt());
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object(n, "metrics").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            metrics.put(e.getKey(), e.getValue().isNumber() ? e.getValue().doubleValue() : null);
        }
        return new ResultSummary(integer(n, "k"), sizes, integer(n, "noise"), metrics);
    }

    /** model.features, model.scaler and (DBSCAN) model.core_points: what apply needs besides weights and clusters. */
    private static void fittedModel(ObjectNode model, FittedModel m) {
        ArrayNode features = model.putArray("features");
        m.features().forEach(features::add);
        ObjectNode scaler = model.putObject("scaler");
        scaler.put("kind", m.scaler().kind());
        m.scaler().values().forEach((name, values) -> doubles(scaler.putArray(name), values));
        if (m.corePoints() == null) {
            model.putNull("core_points");
        } else {
            ObjectNode cores = model.putObject("core_points");
            cores.put("width", m.corePoints().width());
            doubles(cores.putArray("codes"), m.corePoints().codes());
            ArrayNode labels = cores.putArray("labels");
            for (int label : m.corePoints().labels()) {
                labels.add(label);
            }
        }
    }

    private static FittedModel fittedModel(JsonNode model, TrainedAutoencoder.Weights w, Clustering clustering)
            throws SessionFormatException {
        List<String> features = texts(model, "features");
        if (features.isEmpty() || (w != null && w.widths()[0] != features.size())) {
            throw new SessionFormatException("model.features names " + features.size() + " features"
                    + (w == null ? "" : " for an autoencoder reading " + w.widths()[0]));
        }
        JsonNode scalerNode = object(model, "scaler");
        Map<String, double[]> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = scalerNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("kind")) {
                values.put(e.getKey(), doubles(scalerNode, e.getKey()));
            }
        }
        ScalerParameters scaler = new ScalerParameters(text(scalerNode, "kind"), values);
        try {
            scaler.restore(features.size()); // checked here, so that a session read is a session that applies
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException("model.scaler: " + e.getMessage(), e);
        }
        FittedModel.CorePoints cores = null;
        if (model.path("core_points").isObject()) {
            JsonNode c = model.get("core_points");
            int width = integer(c, "width");
            double[] codes = doubles(c, "codes");
            int[] labels = ints(c, "labels");
            int clusters = clustering == null ? 0 : clustering.clusterCount();
            for (int label : labels) {
                if (label < 0 || label >= clusters) {
                    throw new SessionFormatException("model.core_points has label " + label + " of " + clusters
                            + " clusters");
                }
            }
            if (width < 1 || codes.length != (long) labels.length * width) {
                throw new SessionFormatException("model.core_points holds " + codes.length + " numbers for "
                        + labels.length + " points of width " + width);
            }
            cores = new FittedModel.CorePoints(width, codes, labels);
        }
        return new FittedModel(features, scaler, cores);
    }

    private static ObjectNode autoencoder(TrainedAutoencoder.Weights w) {
        ObjectNode out = NODES.objectNode();
        ArrayNode widths = out.putArray("widths");
        for (int width : w.widths()) {
            widths.add(width);
        }
        out.put("code_layer", w.codeLayer());
        ArrayNode layers = out.putArray("layers");
        double[][] weights = w.weights();
        double[][] biases = w.biases();
        for (int l = 0; l < weights.length; l++) {
            ObjectNode layer = layers.addObject();
            layer.put("activation", w.activations().get(l).name());
            doubles(layer.putArray("weights"), weights[l]);
            doubles(layer.putArray("biases"), biases[l]);
        }
        doubles(out.putArray("loss_per_epoch"), w.lossPerEpoch());
        doubles(out.putArray("validation_loss_per_epoch"), w.validationLossPerEpoch());
        out.put("kept_epoch", w.keptEpoch());
        return out;
    }

    private static TrainedAutoencoder.Weights autoencoder(JsonNode n) throws SessionFormatException {
        int[] widths = ints(n, "widths");
        List<Activation> activations = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (JsonNode layer : array(n, "layers")) {
            activations.add(Activation.valueOf(text(layer, "activation")));
            weights.add(doubles(layer, "weights"));
            biases.add(doubles(layer, "biases"));
        }
        return new TrainedAutoencoder.Weights(widths, integer(n, "code_layer"), activations,
                weights.toArray(new double[0][]), biases.toArray(new double[0][]), doubles(n, "loss_per_epoch"),
                doubles(n, "validation_loss_per_epoch"), integer(n, "kept_epoch"));
    }

    private static ObjectNode projection(Projection2D p, List<String> notes) {
        ObjectNode out = NODES.objectNode();
        out.put("method", p.method());
        if (Double.isFinite(p.klDivergence())) {
            out.put("kl_divergence", p.klDivergence());
        } else {
            out.putNull("kl_divergence");
        }
        out.put("iterations", p.iterations());
        doubles(out.putArray("xy"), p.xy());
        ArrayNode approximated = out.putArray("approximated");
        for (int i = 0; i < p.size(); i++) {
            if (p.isApproximated(i)) {
                approximated.add(i);
            }
        }
        ArrayNode noteArray = out.putArray("notes");
        notes.forEach(noteArray::add);
        return out;
    }

    private static Projection2D projection(JsonNode n, int rows) throws SessionFormatException {
        double[] xy = doubles(n, "xy");
        if (xy.length != 2 * rows) {
            throw new SessionFormatException("model.projection.xy holds " + xy.length + " values for " + rows + " tracks");
        }
        int[] approximatedIndexes = ints(n, "approximated");
        boolean[] approximated = approximatedIndexes.length == 0 ? null : new boolean[rows];
        for (int i : approximatedIndexes) {
            if (i < 0 || i >= rows) {
                throw new SessionFormatException("model.projection.approximated names track " + i + " of " + rows);
            }
            approximated[i] = true;
        }
        JsonNode kl = n.path("kl_divergence");
        return new Projection2D(xy, approximated, text(n, "method"), kl.isNumber() ? kl.doubleValue() : Double.NaN,
                integer(n, "iterations"));
    }

    private static ObjectNode clustering(Clustering c) {
        ObjectNode out = NODES.objectNode();
        out.put("clusters", c.clusterCount());
        ArrayNode labels = out.putArray("labels");
        for (int label : c.labels()) {
            labels.add(label);
        }
        double[] centroids = c.centroidsOrNull();
        if (centroids == null) {
            out.putNull("centroids");
        } else {
            doubles(out.putArray("centroids"), centroids);
        }
        if (Double.isFinite(c.inertiaOrNaN())) {
            out.put("inertia", c.inertiaOrNaN());
        } else {
            out.putNull("inertia");
        }
        out.put("noise", c.noiseCount());
        return out;
    }

    private static Clustering clustering(JsonNode n, int rows) throws SessionFormatException {
        int clusters = integer(n, "clusters");
        int[] labels = ints(n, "labels");
        if (labels.length != rows) {
            throw new SessionFormatException("a clustering labels " + labels.length + " of " + rows + " tracks");
        }
        for (int label : labels) {
            if (label < -1 || label >= clusters) {
                throw new SessionFormatException("a clustering has label " + label + " of " + clusters + " clusters");
            }
        }
        double[] centroids = n.path("centroids").isArray() ? doubles(n, "centroids") : null;
        JsonNode inertia = n.path("inertia");
        return new Clustering(labels, clusters, centroids, inertia.isNumber() ? inertia.doubleValue() : Double.NaN,
                integer(n, "noise"));
    }

    private static void doubles(ArrayNode out, double[] values) {
        for (double v : values) {
            out.add(v);
        }
    }

    private static double[] doubles(JsonNode n, String field) throws SessionFormatException {
        JsonNode a = array(n, field);
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).isNumber()) {
                throw new SessionFormatException(field + " holds " + a.get(i) + ", not a number");
            }
            out[i] = a.get(i).doubleValue();
        }
        return out;
    }

    private static int[] ints(JsonNode n, String field) throws SessionFormatException {
        JsonNode a = array(n, field);
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).canConvertToInt() || !a.get(i).isIntegralNumber()) {
                throw new SessionFormatException(field + " holds " + a.get(i) + ", not a whole number");
            }
            out[i] = a.get(i).intValue();
        }
        return out;
    }

    private static List<String> texts(JsonNode n, String field) throws SessionFormatException {
        List<String> out = new ArrayList<>();
        for (JsonNode t : array(n, field)) {
            out.add(t.asText());
        }
        return out;
    }

    private static JsonNode array(JsonNode n, String field) throws SessionFormatException {
        JsonNode a = n.get(field);
        if (a == null || !a.isArray()) {
            throw new SessionFormatException("the field " + field + " is missing or not a list");
        }
        return a;
    }

    private static JsonNode object(JsonNode n, String field) throws SessionFormatException {
        JsonNode o = n.get(field);
        if (o == null || !o.isObject()) {
            throw new SessionFormatException("the field " + field + " is missing or not an object");
        }
        return o;
    }

    private static String text(JsonNode n, String field) throws SessionFormatException {
        JsonNode t = n.get(field);
        if (t == null || !t.isTextual()) {
            throw new SessionFormatException("the field " + field + " is missing or not text");
        }
        return t.asText();
    }

    private static int integer(JsonNode n, String field) throws SessionFormatException {
        JsonNode i = n.get(field);
        if (i == null || !i.isIntegralNumber() || !i.canConvertToInt()) {
            throw new SessionFormatException("the field " + field + " is missing or not a whole number");
        }
        return i.intValue();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
