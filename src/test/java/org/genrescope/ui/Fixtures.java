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
        return new WorkbenchViewModel(runner, store, new SettingsViewModel(), new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()), 2);
    }

    /** A workbench on the calling thread, the bundled sample opened and trained (quick settings). */
    static WorkbenchViewModel trainedOnTheSample() {
        WorkbenchViewModel vm = workbench(new CallingThreadRunner(), quickStore());
        vm.startUp();
        return vm;
    }

    /** The 8 Echo Nest audio features' short names, as a flat CSV has them. */
    static final java.util.List<String> AUDIO = org.genrescope.data.ImportOptions.AUDIO_FEATURES;

    /**
     * Writes a flat CSV of {@code rows} tracks in three well-separated genres: a track_id column, {@code extra}
     * feature columns before the 8 audio features, and a genre column.
     */
    static java.nio.file.Path flatCsv(java.nio.file.Path file, int rows, java.util.List<String> extra)
            throws java.io.IOException {
        java.util.Random random = new java.util.Random(7);
        StringBuilder csv = new StringBuilder("track_id");
        for (String c : extra) {
            csv.append(',').append(c);
        }
        for (String c : AUDIO) {
            csv.append(',').append(c);
        }
        csv.append(",genre\n");
        String[] genres = {"Rock", "Folk", "Jazz"};
        for (int i = 0; i < rows; i++) {
            int g = i % 3;
            csv.append(i + 1);
            for (int j = 0; j < extra.size() + AUDIO.size(); j++) {
                csv.append(',').append(String.format(java.util.Locale.ROOT, "%.4f", g + random.nextGaussian() * 0.2));
            }
            csv.append(',').append(genres[g]).append('\n');
        }
        java.nio.file.Files.writeString(file, csv);
        return file;
    }
}
