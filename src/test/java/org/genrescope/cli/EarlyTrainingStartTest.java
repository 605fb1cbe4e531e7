package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which command lines start the training process before they are parsed. */
class EarlyTrainingStartTest {

    private static boolean early(String... args) {
        return GenrescopeCommand.trainsAnAutoencoder(args);
    }

    @Test
    void aClusterRunWithTheDefaultOrTheAutoencoderRepresentationStartsIt() {
        assertTrue(early("cluster", "--input", "fma_metadata"));
        assertTrue(early("cluster", "--input", "fma_metadata", "--recipe", "seed", "--projection", "pca"));
        assertTrue(early("cluster", "--input", "x.csv", "--representation", "autoencoder"));
        assertTrue(early("cluster", "--input", "x.csv", "--representation=AUTOENCODER"));
    }

    @Test
    void otherRepresentationsHelpAndOtherCommandsDoNot() {
        assertFalse(early("cluster", "--input", "x.csv", "--representation", "features"));
        assertFalse(early("cluster", "--input", "x.csv", "--representation=pca"));
        assertFalse(early("cluster", "--help"));
        assertFalse(early("cluster", "-h"));
        assertFalse(early("cluster"));
        assertFalse(early("bench", "--input", "x.csv"));
        assertFalse(early("generate-sample", "--out", "dir"));
        assertFalse(early());
    }
}
