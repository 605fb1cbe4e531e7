package org.genrescope.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.genrescope.data.sample.SampleOptions;

/**
 * The synthetic FMA-layout sample that ships with Genrescope, so the app has something to open on a
 * machine with no other data. In the source tree it is {@code sample-data/fma_sample}; inside the jar
 * it is a resource, copied once to a temporary folder because the readers take a folder.
 */
public final class BundledSample {
    public static final String FOLDER = SampleOptions.BUNDLED_FOLDER;
    private static final List<String> FILES = List.of("tracks.csv", "echonest.csv", "genres.csv",
            org.genrescope.data.DataCredit.SYNTHETIC_MARKER);

    private BundledSample() { }

    /** This JVM's copy of the jar's sample, once made; null before. */
    private static Path copied;

    /**
     * A folder holding the sample: the source tree's when run from it, else a copy of the jar's, the same copy for
     * every call in this JVM (while it exists): a new copy each time was other data to the window, so the sample
     * opened again was trained again and had no change column (new user, session 22).
     */
    public static Path folder() throws IOException {
        return folder(Path.of(FOLDER));
    }

    /** As {@link #folder()}, with the source tree's sample looked for at {@code inTree} (tests). */
    static synchronized Path folder(Path inTree) throws IOException {
        if (Files.isRegularFile(inTree.resolve("tracks.csv"))) {
            return inTree;
        }
        if (copied == null || !FILES.stream().allMatch(f -> Files.isRegularFile(copied.resolve(f)))) {
            copied = copyFromResources();
        }
        return copied;
    }

    /** A temporary copy of the jar's sample (deleted when the JVM exits). */
    static Path copyFromResources() throws IOException {
        // A folder named as in the source tree, so the window's title reads "fma_sample", not a temporary name.
        Path parent = Files.createTempDirectory("genrescope-");
        parent.toFile().deleteOnExit();
        Path copy = Files.createDirectory(parent.resolve(Path.of(FOLDER).getFileName()));
        copy.toFile().deleteOnExit();
        for (String name : FILES) {
            try (InputStream in = BundledSample.class.getResourceAsStream("/" + FOLDER + "/" + name)) {
                if (in == null) {
                    throw new IOException("the bundled sample data is missing " + name + " (a broken build?)");
                }
                Path target = copy.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                target.toFile().deleteOnExit();
            }
        }
        return copy;
    }
}
