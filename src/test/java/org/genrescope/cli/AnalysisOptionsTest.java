package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Recipe;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.settings.SettingField;
import org.genrescope.testing.NonDefaults;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's options are the settings' own: every one parses, and its help says its default. */
class AnalysisOptionsTest {
    private static final Path INPUT = Path.of("data");

    private static AnalysisConfig parse(String... options) {
        ClusterCommand command = new ClusterCommand();
        List<String> args = new ArrayList<>(List.of("--input", INPUT.toString(), "--out", "out"));
        args.addAll(List.of(options));
        new CommandLine(command).parseArgs(args.toArray(String[]::new));
        return command.settings.toConfig(INPUT);
    }

    @Test
    void noOptionIsTheSeedRecipe() {
        assertEquals(Recipe.SEED.config(INPUT), parse());
        assertEquals(Recipe.PLAIN.config(INPUT), parse("--recipe", "plain"));
    }

    @Test
    void everySettingIsAnOptionThatOverridesTheRecipe() {
        AnalysisConfig changed = NonDefaults.everyFieldChanged(AnalysisConfig.SCHEMA, Recipe.SEED.config(INPUT));
        List<String> args = new ArrayList<>();
        for (SettingField f : AnalysisConfig.SCHEMA.settings()) {
            Object value = AnalysisConfig.SCHEMA.get(changed, f);
            if (f.kind() == SettingField.Kind.BOOLEAN) {
                args.add((Boolean) value ? f.option() : "--no-" + f.option().substring(2));
            } else {
                args.add(f.option());
                args.add(f.format(value));
            }
        }
        AnalysisConfig parsed = parse(args.toArray(String[]::new));
        for (SettingField f : AnalysisConfig.SCHEMA.settings()) {
            assertEquals(AnalysisConfig.SCHEMA.get(changed, f), AnalysisConfig.SCHEMA.get(parsed, f), f.option());
        }
    }

    @Test
    void theHelpGivesEachOptionsDefaultOrEachRecipesValue() {
        String help = new CommandLine(new ClusterCommand()).getUsageMessage();
        for (SettingField f : AnalysisConfig.SCHEMA.settings()) {
            assertTrue(help.contains(f.option().substring(2)), f.option());
        }
        assertEquals("K-Means: number of clusters; at most the number of tracks. Default: 8.",
                AnalysisOptions.help(AnalysisConfig.SCHEMA.field("k")));
        assertTrue(AnalysisOptions.help(AnalysisConfig.SCHEMA.field("restarts")).endsWith(" (seed: 100; plain: 10)."));
        assertTrue(AnalysisOptions.help(AnalysisConfig.SCHEMA.field("perplexity")).endsWith(" Default: 30."),
                "whole numbers as the user would type them");
        assertTrue(help.contains("--[no-]club-minor-genres"), help);
        assertTrue(help.contains("--missing=drop|mean|median"), help);
    }

    @Test
    void aBadValueNamesTheOption() {
        assertEquals("--k: must be at least 2, got 1.",
                assertThrows(InvalidSettingException.class, () -> parse("--k", "1")).getMessage());
        assertEquals("--eps: 'wide' is not a number.",
                assertThrows(InvalidSettingException.class, () -> parse("--eps", "wide")).getMessage());
        assertEquals("--scaling: must be one of seed, standard, minmax, none, got 'log'.",
                assertThrows(InvalidSettingException.class, () -> parse("--scaling", "log")).getMessage());
    }
}
