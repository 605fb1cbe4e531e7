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

    /** Out of the source tree (the jar, the app image) each opening of the sample made a new copy: other data. */
    @org.junit.jupiter.api.Test
    void theJarsSampleIsCopiedOncePerRunWhileTheCopyIsThere() throws Exception {
        Path nowhere = Path.of("no-such-folder", "fma_sample");
        Path first = BundledSample.folder(nowhere);
        org.junit.jupiter.api.Assertions.assertEquals(first, BundledSample.folder(nowhere), "the same copy again");
        java.nio.file.Files.delete(first.resolve("tracks.csv"));
        Path again = BundledSample.folder(nowhere);
        org.junit.jupiter.api.Assertions.assertNotEquals(first, again, "a copy that lost a file is made anew");
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.isRegularFile(again.resolve("tracks.csv")));
    }
}
