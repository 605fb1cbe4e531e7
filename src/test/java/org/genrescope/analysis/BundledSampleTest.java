package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The sample copied out of the jar is named as in the source tree (the window's title shows the folder's name). */
class BundledSampleTest {
    @Test
    void theCopyOutOfTheJarIsAFolderNamedFmaSampleWithEveryFile() throws Exception {
        Path copy = BundledSample.copyFromResources();
        assertEquals("fma_sample", copy.getFileName().toString());
        for (String name : new String[] {"tracks.csv", "echonest.csv", "genres.csv", "SYNTHETIC.txt"}) {
            assertTrue(Files.size(copy.resolve(name)) > 0, name);
            assertEquals(-1L, Files.mismatch(copy.resolve(name), Path.of("sample-data/fma_sample", name)), name);
        }
    }
}
