package org.genrescope.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The bundled scikit-learn values are exactly ../shared/reference's, where that is present. */
class ReferenceCopyTest {
    @Test
    void theBundledReferenceFilesEqualTheSharedOriginals() throws IOException {
        Path shared = ReferenceData.sharedFolder();
        assumeTrue(shared != null, "skipped: ../shared/reference is absent, so the bundled copy cannot be compared "
                + "with it (the metric tests still run on the bundled copy)");
        for (String file : ReferenceData.FILES) {
            assertEquals(Files.readString(shared.resolve(file), StandardCharsets.UTF_8), ReferenceData.read(file),
                    file + " differs from " + shared.resolve(file) + ": copy it again into src/test/resources/sklearn-reference");
        }
    }
}
