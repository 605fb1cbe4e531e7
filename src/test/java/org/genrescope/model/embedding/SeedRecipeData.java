package org.genrescope.model.embedding;

import java.nio.file.Files;
import java.nio.file.Path;

import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;

/** The seed recipe's scaled features (12,584 x 8, rows of unit norm), through the project's own pipeline. */
final class SeedRecipeData {
    private SeedRecipeData() {
    }

    /** Null when ../shared/fma/music_data.csv is absent. */
    static FeatureMatrix loadOrNull() {
        Path input = SharedData.root().resolve("fma/music_data.csv");
        if (!Files.exists(input)) {
            return null;
        }
        return load(input);
    }

    static FeatureMatrix load(Path input) {
        try {
            // FEATURES: the scaled matrix does not depend on the representation, and this keeps ND4J and a
            // training process out of the JVM that loads it.
            return new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared()).run(Recipe.SEED.config(input).with("restarts", 1)
                    .with("representation", Representation.FEATURES).with("projection", ProjectionMethod.NONE), ProgressListener.NONE, CancellationToken.NEVER).scaled();
        } catch (Exception e) {
            throw new IllegalStateException("could not load " + input + ": " + e.getMessage(), e);
        }
    }
}
