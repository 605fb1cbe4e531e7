package org.genrescope.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Recipe;
import org.genrescope.settings.SettingField;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The analysis settings shared by {@code cluster} and {@code bench}: one option per setting of
 * {@link AnalysisConfig#SCHEMA}, with its help and its recipes' defaults, derived from the setting's description
 * (so a new setting is on the command line without a change here). Settings start from {@code --recipe}; any
 * option given explicitly overrides it. Values are read by the settings themselves, so an error names the option.
 */
@Command(modelTransformer = AnalysisOptions.Derived.class)
final class AnalysisOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Adds the settings' options to the mixin's model before picocli parses anything. */
    static final class Derived implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            for (SettingField f : AnalysisConfig.SCHEMA.settings()) {
                spec.addOption(option(f));
            }
            return spec;
        }
    }

    static OptionSpec option(SettingField f) {
        OptionSpec.Builder b = OptionSpec.builder(f.option()).description(help(f));
        if (f.kind() == SettingField.Kind.BOOLEAN) {
            b.negatable(true).type(Boolean.class).arity("0");
        } else {
            b.type(String.class).arity("1").paramLabel(paramLabel(f));
        }
        return b.build();
    }

    /** The setting's meaning, then its default, or each recipe's value where the recipes differ. */
    static String help(SettingField f) {
        List<String> values = Stream.of(Recipe.values()).map(r -> shown(f, r.text(f))).toList();
        if (f.path().equals("recipe")) {
            return f.help() + " Default: " + shown(f, f.defaultText()) + ".";
        }
        if (values.stream().distinct().count() == 1) {
            String only = values.get(0);
            // an empty default is explained by the help itself ("Empty: the 8 Echo Nest audio features")
            boolean empty = only.isEmpty() || (only.equals("none") && f.kind() != SettingField.Kind.ENUM);
            return empty ? f.help() : f.help() + " Default: " + only + ".";
        }
        return f.help() + " " + Stream.of(Recipe.values()).map(r -> r.id() + ": " + shown(f, r.text(f)))
                .collect(Collectors.joining("; ", "(", ")")) + ".";
    }

    private static String shown(SettingField f, String text) {
        if (f.kind() == SettingField.Kind.BOOLEAN) {
            return Boolean.parseBoolean(text) ? "on" : "off";
        }
        if (text.isEmpty() && (f.kind() == SettingField.Kind.TEXT_LIST || f.kind() == SettingField.Kind.INT_LIST)) {
            return "none";
        }
        return f.kind() == SettingField.Kind.DOUBLE ? text.replaceAll("\\.0$", "") : text;
    }

    private static String paramLabel(SettingField f) {
        return switch (f.kind()) {
            case INT, LONG -> "N";
            case DOUBLE -> "X";
            case ENUM -> f.choices().stream().map(SettingField::id).collect(Collectors.joining("|"));
            case TEXT -> "NAME";
            case TEXT_LIST, INT_LIST -> "LIST";
            case BOOLEAN -> "";
        };
    }

    /**
     * A genre step given explicitly (--club-minor-genres, a non-empty --drop-genres) is the user's and applies to any
     * labels, even when its value equals the seed recipe's own (which applies to FMA data only): it turns on
     * genre_steps_on_any_labels unless that option is given too. Turning a step off (--no-club-minor-genres,
     * --drop-genres '') asks for nothing, so the recipe's other step keeps following the data.
     */
    static void asksForAGenreStep(Map<String, String> given) {
        boolean club = Boolean.parseBoolean(given.getOrDefault("club_minor_genres", "false"));
        boolean drop = !given.getOrDefault("drop_genres", "").isBlank();
        if (club || drop) {
            given.putIfAbsent("genre_steps_on_any_labels", "true");
        }
    }

    /**
     * The config the command line asks for on {@code input}: the recipe's values, then each option given.
     *
     * @throws org.genrescope.settings.InvalidSettingException naming the option of a value that cannot be used
     */
    AnalysisConfig toConfig(Path input) {
        ParseResult parsed = command.commandLine().getParseResult();
        Map<String, String> given = new LinkedHashMap<>();
        for (SettingField f : AnalysisConfig.SCHEMA.settings()) {
            if (parsed.hasMatchedOption(f.option())) {
                Object value = parsed.matchedOptionValue(f.option(), null);
                given.put(f.path(), value == null ? "" : value.toString());
            }
        }
        asksForAGenreStep(given);
        SettingField recipe = AnalysisConfig.SCHEMA.field("recipe");
        Recipe chosen = (Recipe) recipe.parse(given.getOrDefault("recipe", recipe.defaultText()));
        return AnalysisConfig.SCHEMA.withText(chosen.config(input), given);
    }
}
