package org.genrescope.ui;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.settings.SettingField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings' remembered preferences: one typed key per setting, derived from its description, and the k range.
 */
final class SettingsPersistence {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsPersistence.class);

    private SettingsPersistence() { }


    /** Writes every setting and the k range to {@code store}. */
    static void save(SettingsViewModel s, SettingsStore store) {
        for (SettingField f : AnalysisConfig.SCHEMA.settings()) {
            try {
                store.put(Preferences.setting(f), f.format(s.value(f)));
            } catch (InvalidSettingException e) {
                store.remove(Preferences.setting(f)); // text that is no value (a typo in a list) is not remembered
            }
        }
        store.put(Preferences.K_RANGE, s.kRangeProperty().get());
    }

    /**
     * From now on writes every change of {@code s} (a setting or the k range) to the store {@code target} gives, once
     * it gives one; the store saves itself shortly after, so a window killed instead of closed keeps its settings.
     */
    static void follow(SettingsViewModel s, Supplier<SettingsStore> target) {
        ChangeListener<Object> changed = (o, before, now) -> {
            SettingsStore store = target.get();
            if (store != null) {
                save(s, store); // only values that differ from the store's reach its file
            }
        };
        s.revisionProperty().addListener(changed);
        s.kRangeProperty().addListener(changed);
    }

    /** Reads what {@link #save} wrote; a missing or unreadable value keeps the current one. */
    static void restore(SettingsViewModel s, SettingsStore store) {
        store.get(Preferences.K_RANGE).ifPresent(r -> s.setKRange(r.min(), r.max()));
        for (SettingField f : AnalysisConfig.SCHEMA.settings()) {
            store.get(Preferences.setting(f)).ifPresent(text -> {
                Object v;
                try {
                    v = f.parse(text);
                } catch (InvalidSettingException e) {
                    LOG.warn("ignoring remembered {}: {}", f.path(), e.getMessage());
                    return;
                }
                if (f.path().equals("k")) {
                    s.kProperty().set(s.clampToKRange((Integer) v));
                } else {
                    s.set(f, v);
                }
            });
        }
    }
}
