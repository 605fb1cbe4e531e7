package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.genrescope.settings.InvalidSettingException;
import org.junit.jupiter.api.Test;

class UserErrorTest {
    @Test
    void aBadSettingIsNamedByTheLabelTheWindowShows() {
        assertEquals("Latent size: must be between 1 and 7 (one less than the 8 features), got 8.",
                UserError.of("train", new InvalidSettingException("--latent",
                        "must be between 1 and 7 (one less than the 8 features), got 8")).sentence());
        assertEquals("DBSCAN minPts: must be at least 1, got 0.",
                UserError.of("train", new InvalidSettingException("--min-points", "must be at least 1, got 0")).sentence());
        String oneColumn = "the autoencoder needs at least 2 feature columns to learn a narrower code, and the data "
                + "has 1; choose PCA with latent size 1 or the scaled features, or more feature columns";
        assertEquals("Cluster on: " + oneColumn + ".",
                UserError.of("train", new InvalidSettingException("--representation", oneColumn)).sentence(),
                "a one-column file with the autoencoder chosen");
        assertEquals("--out: is a file.", UserError.of("train", new InvalidSettingException("--out", "is a file")).sentence(),
                "an option that is no setting keeps its name");
    }

    @Test
    void aBadSettingOrFileHasItsMessagesBehindDetailsButNoStackTraceWhileABugKeepsItsTrace() {
        InvalidSettingException badSetting = new InvalidSettingException("--perplexity", "must be below 30");
        assertEquals("InvalidSettingException: " + badSetting.getMessage(), UserError.of("train", badSetting).details());
        org.genrescope.data.DataLoadException badFile = new org.genrescope.data.DataLoadException(
                java.nio.file.Path.of("tracks.csv"), 5, "tempo", "not a number", new java.io.IOException("bad byte"));
        assertEquals("DataLoadException: " + badFile.getMessage() + System.lineSeparator()
                + "caused by IOException: bad byte", UserError.of("open", badFile).details());
        UserError bug = UserError.of("train", new IllegalStateException("unexpected"));
        org.junit.jupiter.api.Assertions.assertTrue(bug.details().contains("\tat org.genrescope.ui.UserErrorTest"),
                bug.details());
    }
}
