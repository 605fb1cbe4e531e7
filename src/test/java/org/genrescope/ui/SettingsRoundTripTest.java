package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.report.ReportJson;
import org.genrescope.settings.SettingField;
import org.genrescope.settings.SettingSchema;
import org.genrescope.testing.NonDefaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every analysis setting, enumerated from the settings' own descriptions (so a setting added later is covered
 * without editing this test), set to a value other than its default, comes back through the remembered
 * preferences and through the report. (The worker protocol's round trip is in {@code WorkerProtocolTest}.)
 */
class SettingsRoundTripTest {
    private static final SettingSchema<AnalysisConfig> SCHEMA = AnalysisConfig.SCHEMA;
    private static final Path INPUT = Path.of("data");

    /** Every setting changed, except that the window draws every result, so its projection is never "none". */
    private static AnalysisConfig everySettingChanged() {
        AnalysisConfig changed = NonDefaults.everyFieldChanged(SCHEMA, Recipe.SEED.config(INPUT));
        for (SettingField f : SCHEMA.settings()) {
            assertTrue(!SCHEMA.get(changed, f).equals(SCHEMA.get(Recipe.SEED.config(INPUT), f)), f.path());
        }
        return changed;
    }

    @Test
    void everySettingComesBackThroughTheRememberedPreferences(@TempDir Path dir) {
        AnalysisConfig changed = everySettingChanged();
        SettingsViewModel before = new SettingsViewModel();
        before.apply(changed);
        assertEquals("", before.problemProperty().get());
        Path file = dir.resolve("workbench.properties");
        SettingsStore store = SettingsStore.file(file);
        before.save(store);
        store.flush();

        SettingsViewModel after = new SettingsViewModel();
        after.restore(SettingsStore.file(file));
        AnalysisConfig restored = after.config(INPUT);
        for (SettingField f : SCHEMA.settings()) {
            assertEquals(SCHEMA.get(changed, f), SCHEMA.get(restored, f), f.path());
        }
        assertEquals(changed, restored);
    }

    @Test
    void everySettingComesBackThroughTheReport() throws Exception {
        AnalysisConfig changed = everySettingChanged();
        Set<String> seen = new HashSet<>();
        // A setting is reported when the run used it (k only for K-Means ...): make each one's condition hold.
        for (SettingField f : SCHEMA.settings()) {
            AnalysisConfig run = inUse(changed, f);
            Map<String, String> text = fromReport(run);
            assertTrue(text.containsKey(f.path()), f.path() + " is missing from the report of " + run);
            AnalysisConfig read = SCHEMA.withText(Recipe.SEED.config(INPUT), text);
            for (SettingField g : SCHEMA.settings()) {
                if (text.containsKey(g.path())) {
                    assertEquals(SCHEMA.get(run, g), SCHEMA.get(read, g), g.path() + " through the report");
                    seen.add(g.path());
                }
            }
        }
        assertEquals(SCHEMA.settings().stream().map(SettingField::path).collect(java.util.stream.Collectors.toSet()), seen);
    }

    @Test
    void aSettingNotUsedByTheRunIsNotReported() throws Exception {
        AnalysisConfig dbscan = Recipe.SEED.config(INPUT).with("algorithm", org.genrescope.analysis.ClusteringAlgorithm.DBSCAN);
        Map<String, String> text = fromReport(dbscan);
        assertTrue(text.containsKey("eps") && text.containsKey("min_points"));
        assertTrue(!text.containsKey("k") && !text.containsKey("restarts"), text.toString());
        assertTrue(!text.containsKey("perplexity"), "the projection is PCA: " + text);
    }

    /** {@code config} changed so that a stage uses {@code f} (the first of its conditions made to hold). */
    private static AnalysisConfig inUse(AnalysisConfig config, SettingField f) {
        if (SCHEMA.inUse(config, f)) {
            return config;
        }
        for (SettingField condition : SCHEMA.settings()) {
            for (Object choice : condition.choices()) {
                AnalysisConfig candidate = SCHEMA.with(config, condition.path(), choice);
                if (SCHEMA.inUse(candidate, f)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("no config uses " + f);
    }

    /** The report's settings block, written to JSON and read back, as text by path. */
    private static Map<String, String> fromReport(AnalysisConfig run) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode settings = json.readTree(json.writeValueAsString(ReportJson.settings(run)));
        Map<String, String> text = new LinkedHashMap<>();
        for (SettingField f : SCHEMA.settings()) {
            JsonNode node = settings;
            for (String part : f.path().split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            if (node != null) {
                text.put(f.path(), node.isArray() ? String.join(",", json.convertValue(node, List.class).stream()
                        .map(String::valueOf).toList()) : node.isNull() ? "" : node.asText());
            }
        }
        return text;
    }
}
