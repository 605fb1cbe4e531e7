package org.genrescope.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Recipe;
import org.genrescope.settings.SettingField;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The analysis settings of {@code sweep}: {@link AnalysisOptions}' options, each derived from its setting's
 * description, but for the three the grid varies ({@code --latent} and {@code --k}, which the sweep takes as ranges,
 * and {@code --seed}, which becomes {@code --seeds}).
 */
@Command(modelTransformer = SweepCommandSettings.Derived.class)
final class SweepCommandSettings {
    /** The settings the sweep's own range options replace. */
    static final List<String> VARIED = List.of("latent", "k", "seed");

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Adds the fixed settings' options to the mixin's model before picocli parses anything. */
    static final class Derived implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            for (SettingField f : AnalysisConfig.SCHEMA.settings()) {
                if (!VARIED.contains(f.path())) {
                    spec.addOption(AnalysisOptions.option(f));
                }
            }
            return spec;
        }
    }

    /**
     * The config the command line asks for on {@code input}, as {@link AnalysisOptions#toConfig}: the recipe's
     * values, then each option given; latent, k and seed keep the recipe's values until the grid sets them.
     */
    AnalysisConfig toConfig(Path input) {
        ParseResult parsed = command.commandLine().getParseResult();
        Map<String, String> given = new LinkedHashMap<>();
        for (SettingField f : AnalysisConfig.SCHEMA.settings()) {
            if (!VARIED.contains(f.path()) && parsed.hasMatchedOption(f.option())) {
                Object value = parsed.matchedOptionValue(f.option(), null);
                given.put(f.path(), value == null ? "" : value.toString());
            }
        }
        AnalysisOptions.asksForAGenreStep(given);
        SettingField recipe = AnalysisConfig.SCHEMA.field("recipe");
        Recipe chosen = (Recipe) recipe.parse(given.getOrDefault("recipe", recipe.defaultText()));
        return AnalysisConfig.SCHEMA.withText(chosen.config(input), given);
    }
}
