package org.genrescope.ui;

import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Representation;
import org.genrescope.model.embedding.Activation;
import org.genrescope.settings.SettingField;

/** Quick settings for tests: few epochs and restarts, an output that cannot collapse. */
final class Fixtures {
    private Fixtures() { }

    /** PCA instead of the autoencoder: the k slider's logic without DL4J's start-up. */
    static SettingsStore quickStore() {
        SettingsStore store = quickAutoencoderStore();
        remember(store, "representation", Representation.PCA);
        return store;
    }

    /** A small autoencoder whose code cannot die (tanh code, identity output). */
    static SettingsStore quickAutoencoderStore() {
        SettingsStore store = SettingsStore.inMemory();
        remember(store, "autoencoder.activation", Activation.TANH);
        remember(store, "autoencoder.epochs", 10);
        remember(store, "autoencoder.learning_rate", 0.02);
        remember(store, "restarts", 2);
        remember(store, "autoencoder.output_activation", Activation.IDENTITY);
        return store;
    }

    /** Remembers the setting at {@code path} ("k", "autoencoder.epochs") as the window would. */
    static void remember(SettingsStore store, String path, Object value) {
        SettingField field = AnalysisConfig.SCHEMA.field(path);
        store.put(Preferences.setting(field), field.format(value));
    }

    static WorkbenchViewModel workbench(BackgroundRunner runner, SettingsStore store) {
        return new WorkbenchViewModel(runner, store, new SettingsViewModel(), new Pipeline(2), 2);
    }
}
