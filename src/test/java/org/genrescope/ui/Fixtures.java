package org.genrescope.ui;

import org.genrescope.analysis.Pipeline;

/** Quick settings for tests: few epochs and restarts, an output that cannot collapse. */
final class Fixtures {
    private Fixtures() { }

    /** PCA instead of the autoencoder: the k slider's logic without DL4J's start-up. */
    static SettingsStore quickStore() {
        SettingsStore store = quickAutoencoderStore();
        store.put("settings.representation", "PCA");
        return store;
    }

    /** A small autoencoder whose code cannot die (tanh code, identity output). */
    static SettingsStore quickAutoencoderStore() {
        SettingsStore store = SettingsStore.inMemory();
        store.put("settings.activation", "TANH");
        store.put("settings.epochs", "10");
        store.put("settings.learningRate", "0.02");
        store.put("settings.restarts", "2");
        store.put("settings.outputActivation", "IDENTITY");
        return store;
    }

    static WorkbenchViewModel workbench(BackgroundRunner runner, SettingsStore store) {
        return new WorkbenchViewModel(runner, store, new SettingsViewModel(), new Pipeline(2), 2);
    }
}
