package org.genrescope.ui;

/**
 * The ks the sweep computes, both included.
 *
 * @param min at least {@value SettingsViewModel#K_MIN}
 * @param max at least min, at most {@value SettingsViewModel#K_LIMIT}
 */
public record KRange(int min, int max) {
    public KRange {
        if (min < SettingsViewModel.K_MIN || max < min || max > SettingsViewModel.K_LIMIT) {
            throw new IllegalArgumentException("the k range must lie in " + SettingsViewModel.K_MIN + ".."
                    + SettingsViewModel.K_LIMIT + " with min <= max, got " + min + ".." + max);
        }
    }
}
