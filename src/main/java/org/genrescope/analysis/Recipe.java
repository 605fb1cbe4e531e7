package org.genrescope.analysis;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.genrescope.settings.SettingField;

/**
 * Named starting points for every setting. {@code seed} is the study's recipe (SEED-PIPELINE.md); {@code plain}
 * is a neutral one: every setting's own default ({@link AnalysisConfig}). Any setting given explicitly overrides
 * the recipe.
 */
public enum Recipe {
    /** The study's values where they differ from the defaults. */
    SEED(Map.of("drop_genres", "Experimental,Old-Time / Historic", "club_minor_genres", "true", "scaling", "seed",
            "restarts", "100")),
    /** The defaults as they are. */
    PLAIN(Map.of());

    public static final long DEFAULT_SEED = 1986;

    private final Map<String, String> overrides;

    Recipe(Map<String, String> overrides) {
        this.overrides = overrides;
    }

    public String id() {
        return SettingField.id(this);
    }

    /** The recipe's value of {@code setting} as the command line spells it. */
    public String text(SettingField setting) {
        return overrides.getOrDefault(setting.path(), setting.defaultText());
    }

    /** Every setting at this recipe's value, for {@code input}. */
    public AnalysisConfig config(Path input) {
        Map<String, String> text = new LinkedHashMap<>(overrides);
        text.put("recipe", id());
        return AnalysisConfig.SCHEMA.withText(AnalysisConfig.defaults(input), text);
    }
}
