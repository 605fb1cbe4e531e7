package org.genrescope.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (real FMA data, scikit-learn reference values); tests skip when it is absent. */
public final class SharedData {
    private SharedData() { }

    public static Path root() {
        return Path.of(System.getProperty("genrescope.shared", "../shared"));
    }

    /** A path under ../shared, or the test is skipped with a message saying what is missing. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), "skipped: " + p.toAbsolutePath() + " is absent (real FMA data lives in ../shared)");
        return p;
    }

    /** The bundled synthetic sample in the source tree. */
    public static Path sample() {
        return Path.of("sample-data/fma_sample");
    }
}
