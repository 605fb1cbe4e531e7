package org.genrescope.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Pipeline;
import org.genrescope.settings.SettingField;

/**
 * Why a start computes again what the last session kept: the data changed, or which settings did, in the window's
 * words ("settings changed: latent size 5 -> 6"). {@link #of} names the settings of the slow stages (loading,
 * grouping, scaling, the representation, the projection), which decide whether a start trains; {@link #clustering}
 * those of the clustering, which a session keeps too (the trained k's and the k sweep's), so that a restore that
 * clusters again says why.
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
        List<String> changes = changedSettings(last.config(), now.withInput(last.input()), KEPT_STAGES);
        return changes.isEmpty() ? Optional.empty() : Optional.of("settings changed: " + String.join(", ", changes));
    }

    /**
     * Why a run of {@code now} that restores {@code last}'s slow stages ({@link #of} empty) clusters again rather
     * than take the session's clustering: "settings changed: restarts 100 -> 50", or "settings changed: k 8 -> 20"
     * for a k neither trained nor swept; empty when the session kept the clustering of now's k with now's settings
     * ({@link Session#stagesFor}), or when it kept no clustering to compare with.
     */
    public static Optional<String> clustering(Session last, AnalysisConfig now) {
        if (last == null) {
            return Optional.empty();
        }
        Pipeline.Saved kept = last.stagesFor(now);
        if (kept.clustering() == null) {
            return Optional.empty();
        }
        List<String> changes = changedSettings(kept.config(), now.withInput(last.input()), List.of("cluster"));
        return changes.isEmpty() ? Optional.empty() : Optional.of("settings changed: " + String.join(", ", changes));
    }

    /** "Label before -> after" for each setting one of {@code stages} uses under either config, where the two differ. */
    static List<String> changedSettings(AnalysisConfig before, AnalysisConfig after, List<String> stages) {
        List<String> out = new ArrayList<>();
        for (SettingField f : AnalysisConfig.SCHEMA.settings()) {
            boolean used = stages.stream().anyMatch(stage -> AnalysisConfig.SCHEMA.usedBy(before, f, stage)
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
