package org.genrescope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.genrescope.data.ImportOptions;
import org.genrescope.data.LoadMemoryEstimate;

/** Turns running out of memory into advice: how much this input needs, and how to give it. */
final class MemoryAdvice {
    /** Raw CSV text expands about this much once parsed into arrays, metrics and projections. */
    private static final long EXPANSION = 6;
    private static final long BASELINE = 256L << 20;

    private MemoryAdvice() { }

    /** The advice when nothing is known of the features read: from the input's size on disk. */
    static NotEnoughMemoryException outOfMemory(Path input) {
        long needed = BASELINE + EXPANSION * inputBytes(input);
        long allowed = Runtime.getRuntime().maxMemory();
        return new NotEnoughMemoryException(String.format(Locale.ROOT,
                "not enough memory: this input needs about %d MB and Java may use %d MB here; "
                        + "run java with -Xmx%dm or more", mb(needed), mb(allowed), mb(Math.max(needed, allowed * 2))));
    }

    /**
     * The advice for a run that read {@code input} with {@code options}, under a heap of {@code allowedBytes}: the
     * data's own memory from {@link LoadMemoryEstimate} (the input's size on disk says little: FMA's full release is
     * 1.2 GB of text whether 8 or 518 features are read), and a heap twice the one that ran out, or 1.5 times the
     * data's, whichever is larger, in whole gigabytes.
     */
    static NotEnoughMemoryException outOfMemory(Path input, ImportOptions options, long allowedBytes) {
        LoadMemoryEstimate data = LoadMemoryEstimate.of(input, options);
        if (data == null) {
            return outOfMemory(input);
        }
        long gigabytes = (long) Math.ceil(Math.max(2.0 * allowedBytes, 1.5 * data.bytes()) / (1L << 30));
        return new NotEnoughMemoryException(String.format(Locale.ROOT,
                "not enough memory: Java may use %,d MB here and the analysis ran out of it; the data alone takes "
                        + "about %,d MB (about %,d tracks x %d features, loaded, grouped and scaled) and the analysis "
                        + "needs more beside it; run java with -Xmx%dg or more", mb(allowedBytes), mb(data.bytes()),
                data.roundedRows(), data.features(), gigabytes));
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static long inputBytes(Path input) {
        try {
            if (!Files.isDirectory(input)) {
                return Files.size(input);
            }
            try (Stream<Path> files = Files.list(input)) {
                return files.filter(Files::isRegularFile).mapToLong(p -> {
                    try {
                        return Files.size(p);
                    } catch (IOException e) {
                        return 0;
                    }
                }).sum();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exit code 3. */
    static final class NotEnoughMemoryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotEnoughMemoryException(String message) {
            super(message, null, false, false);
        }
    }
}
