package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.genrescope.data.ImportOptions;
import org.genrescope.data.LoadMemoryEstimate;
import org.genrescope.data.MissingValuePolicy;
import org.genrescope.data.sample.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An out-of-memory in a command is advised from the data read, not from the input's size on disk. */
class MemoryAdviceTest {
    @TempDir
    Path dir;

    @Test
    void theAdviceNamesTheDataReadAndAHeapTwiceTheOneThatRanOut() throws Exception {
        SampleGenerator.generate(3000, 5, dir, false, false);
        ImportOptions options = new ImportOptions(List.of("tempo", "energy"), null, null, true,
                MissingValuePolicy.DROP);
        LoadMemoryEstimate data = LoadMemoryEstimate.of(dir, options);
        long allowed = 700L << 20; // twice is 1.37 GB, so 2g
        String message = MemoryAdvice.outOfMemory(dir, options, allowed).getMessage();
        assertEquals(String.format(Locale.ROOT, "not enough memory: Java may use 700 MB here and the analysis ran out "
                + "of it; the data alone takes about %d MB (about 3,000 tracks x 2 features, loaded, grouped and "
                + "scaled) and the analysis needs more beside it; run java with -Xmx2g or more",
                (data.bytes() + (1 << 20) - 1) >> 20), message); // whole megabytes, rounded up
    }

    @Test
    void aHeapBelowTheDataIsAdvisedOneAndAHalfTimesTheData() throws Exception {
        SampleGenerator.generate(3000, 5, dir, false, false);
        ImportOptions options = ImportOptions.defaults();
        long dataBytes = LoadMemoryEstimate.of(dir, options).bytes(); // about 96 MB
        long allowed = 16L << 20;
        String message = MemoryAdvice.outOfMemory(dir, options, allowed).getMessage();
        long expectedGb = (long) Math.ceil(Math.max(2.0 * allowed, 1.5 * dataBytes) / (1L << 30));
        assertEquals(1, expectedGb);
        assertEquals(true, message.endsWith("run java with -Xmx1g or more"), message);
    }
}
