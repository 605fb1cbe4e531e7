package org.genrescope.analysis;

import org.genrescope.settings.InvalidSettingException;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.model.embedding.EpochListener;
import org.genrescope.model.embedding.TrainedAutoencoder;
import org.genrescope.model.projection.FittedPca;
import org.genrescope.model.projection.Pca;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/** Builds the clustered representation of the scaled features, and the way back from it. */
final class Representations {
    private Representations() { }

    /**
     * The clustered representation, how to decode it, the trained autoencoder if any, and warnings.
     */
    record Built(FeatureMatrix z, CodeDecoder decoder, TrainedAutoencoder autoencoder, List<String> warnings) { }

    static Built build(AnalysisConfig config, FeatureMatrix scaled, AutoencoderTraining trainer, ProgressListener progress,
                       EpochListener epochs, CancellationToken cancel) {
        return switch (config.representation()) {
            case FEATURES -> new Built(scaled, (z, rows) -> z.clone(), null, List.of());
            case PCA -> pca(config, scaled, progress);
            case AUTOENCODER -> autoencoder(config, scaled, trainer, progress, epochs, cancel);
        };
    }

    private static Built pca(AnalysisConfig config, FeatureMatrix scaled, ProgressListener progress) {
        int d = scaled.columns();
        int latent = config.latent();
        if (latent > Representation.PCA.largestLatent(d)) {
            throw new InvalidSettingException("--latent", "PCA can keep at most the " + (d == 1 ? "1 feature there is"
                    : d + " features there are") + ", got " + latent);
        }
        progress.progress("represent", 0, 1, "PCA to " + latent + " dimensions");
        double[] values = scaled.sharedValues(); // both only read it: no copy (441 MB at FMA's full shape)
        FittedPca pca = Pca.fit(values, scaled.rows(), d);
        double[] z = pca.transform(values, scaled.rows(), d, latent);
        double[] mean = pca.mean();
        double[] axes = pca.components();
        CodeDecoder back = (codes, rows) -> {
            double[] x = new double[rows * d];
            for (int i = 0; i < rows; i++) {
                for (int f = 0; f < d; f++) {
                    double v = mean[f];
                    for (int c = 0; c < latent; c++) {
                        v += codes[i * latent + c] * axes[c * d + f];
                    }
                    x[i * d + f] = v;
                }
            }
            return x;
        };
        return new Built(scaled.withFreshColumns(names("pc", latent, 1), z), back, null, List.of());
    }

    private static Built autoencoder(AnalysisConfig config, FeatureMatrix scaled, AutoencoderTraining trainer,
                                     ProgressListener progress, EpochListener epochs, CancellationToken cancel) {
        int n = scaled.rows();
        int d = scaled.columns();
        double[] x = scaled.sharedValues(); // training and encoding only read it: no copy, as above
        TrainedAutoencoder model;
        try {
            model = trainer.train(x, n, d, config.autoencoderConfig(), progress,
                    epochs, cancel);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("--")) {
                throw InvalidSettingException.fromModel(e);
            }
            throw e;
        }
        return of(config, scaled, x, model);
    }

    /**
     * The representation an autoencoder gives {@code scaled} ({@code x} its values), with its warnings: for a model
     * just trained, or one restored from a saved session (the same warnings, measured again).
     */
    static Built of(AnalysisConfig config, FeatureMatrix scaled, double[] x, TrainedAutoencoder model) {
        int n = scaled.rows();
        double[] z = model.encode(x, n);
        List<String> warnings = new ArrayList<>(AutoencoderNotes.of(model, scaled.featureNames(), n));
        return new Built(scaled.withFreshColumns(names("z", config.latent(), 0), z), model::decode, model,
                warnings);
    }

    private static List<String> names(String prefix, int count, int first) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            names.add(prefix + (c + first));
        }
        return names;
    }
}
