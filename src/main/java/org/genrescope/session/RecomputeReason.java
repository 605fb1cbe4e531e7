package org.genrescope.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.settings.SettingField;

/**
 * Why a start computes again what the last session kept: the data changed, or which settings did, in the window's
 * words ("settings changed: Latent size 5 -> 6"). The clustering is computed again on every start (it is fast);
 * only the settings of the stages a session keeps (loading, grouping, scaling, the representation, the projection)
 * are named.
 */
public final class RecomputeReason {
    /** The stages whose settings decide whether a session's kept results apply. */
    private static final List<String> KEPT_STAGES = List.of("load", "group", "scale", "represent", "project");

    private RecomputeReason() { }

    /**
     * Why a run of {@code now} on data hashed {@code sha256} cannot use {@code last} as it is; empty when it can, or
     * when {@code now} is on other data than the session's (another file: nothing to explain).
     */
    public static Optional<String> of(Session last, AnalysisConfig now, String sha256) {
        if (last == null) {
            return Optional.empty();
        }
        if (!last.inputSha256().equals(sha256)) {
            return samePlace(last.input(), now.input()) ? Optional.of("the data changed since last time")
                    : Optional.empty();
        }
        List<String> changes = changedSettings(last.config(), now.withInput(last.input()));
        return changes.isEmpty() ? Optional.empty() : Optional.of("settings changed: " + String.join(", ", changes));
    }

    /** "Label before -> after" for each setting a kept stage uses under either config, where the two differ. */
    static List<String> changedSettings(AnalysisConfig before, AnalysisConfig after) {
        List<String> out = new ArrayList<>();
        for (SettingField f : AnalysisConfig.SCHEMA.settings()) {
            boolean used = KEPT_STAGES.stream().anyMatch(stage -> AnalysisConfig.SCHEMA.usedBy(before, f, stage)
                    || AnalysisConfig.SCHEMA.usedBy(after, f, stage));
            String was = f.format(AnalysisConfig.SCHEMA.get(before, f));
            String is = f.format(AnalysisConfig.SCHEMA.get(after, f));
            if (used && !was.equals(is)) {
                out.add(lower(f.label()) + " " + shown(was) + " -> " + shown(is));
            }
        }
        return out;
    }

    private static boolean samePlace(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** "Latent size" reads "latent size" inside a sentence; an acronym ("PCA ...") keeps its case. */
    private static String lower(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}
