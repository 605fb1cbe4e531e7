package org.genrescope.analysis.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.InputInfo;
import org.genrescope.analysis.SweepGrid;
import org.genrescope.analysis.Versions;
import org.genrescope.settings.InvalidSettingException;

/**
 * {@code sweep.json}: what a sweep's cells were computed from, so that a sweep run again into the same folder
 * keeps them only when they still hold: the input (by SHA-256), every setting but the three the grid varies, in
 * report.json's form, and the grid asked for. Schema 1.
 */
public final class SweepJson {
    public static final String FILE = "sweep.json";
    public static final int SCHEMA = 1;
    /** The settings the grid varies, left out of the comparison. */
    private static final List<String> VARIED = List.of("latent", "k", "seed");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepJson() { }

    /** The file's content as maps and lists. */
    public static Map<String, Object> toMap(InputInfo input, AnalysisConfig base, SweepGrid grid) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("path", input.path().toString());
        in.put("sha256", input.sha256());
        root.put("input", in);
        root.put("settings", fixedSettings(base));
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("latent", grid.latents());
        g.put("k", grid.ks());
        g.put("seeds", grid.seeds());
        root.put("grid", g);
        root.put("versions", Versions.all());
        return root;
    }

    public static void write(InputInfo input, AnalysisConfig base, SweepGrid grid, OutputStream out)
            throws IOException {
        out.write(MAPPER.writeValueAsBytes(toMap(input, base, grid)));
    }

    /** report.json's settings block without the settings the grid varies. */
    static Map<String, Object> fixedSettings(AnalysisConfig base) {
        Map<String, Object> settings = ReportJson.settings(base);
        VARIED.forEach(settings::remove);
        return settings;
    }

    /**
     * Checks that the cells in {@code folder} were computed from this input and these settings.
     *
     * @throws InvalidSettingException naming {@code --out}, in one sentence, when the folder holds a sweep.csv
     *                                 without its sweep.json, or one of other data or settings (naming the first
     *                                 setting that differs)
     */
    public static void checkSameSettings(Path folder, InputInfo input, AnalysisConfig base) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            throw new InvalidSettingException("--out", folder + " holds a " + SweepCsv.CELLS + " without its " + FILE
                    + ", so its cells cannot be checked against these settings; choose another folder or delete it");
        }
        JsonNode saved;
        try {
            saved = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new InvalidSettingException("--out", file + " cannot be read as JSON; choose another folder or "
                    + "delete it");
        }
        if (!input.sha256().equals(saved.path("input").path("sha256").asText())) {
            throw new InvalidSettingException("--out", folder + " holds a sweep of other data (the input's SHA-256 "
                    + "differs); choose another folder to keep both");
        }
        JsonNode now = MAPPER.readTree(MAPPER.writeValueAsBytes(fixedSettings(base)));
        String differs = firstDifference("", saved.path("settings"), now);
        if (differs != null) {
            throw new InvalidSettingException("--out", folder + " holds a sweep made with another " + differs
                    + "; give the same settings to finish it, or choose another folder");
        }
    }

    /** The dotted key of the first setting that differs between the two blocks, or null. */
    private static String firstDifference(String prefix, JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            Iterator<String> names = b.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String d = firstDifference(prefix + name + ".", a.path(name), b.path(name));
                if (d != null) {
                    return d;
                }
            }
            Iterator<String> old = a.fieldNames();
            while (old.hasNext()) {
                String name = old.next();
                if (!b.has(name)) {
                    return "setting " + prefix + name;
                }
            }
            return null;
        }
        return a.equals(b) ? null : "setting " + prefix.substring(0, Math.max(0, prefix.length() - 1));
    }
}
