package org.genrescope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns running out of memory into advice: how much this input needs, and how to give it. */
final class MemoryAdvice {
    /** Raw CSV text expands about this much once parsed into arrays, metrics and projections. */
    private static final long EXPANSION = 6;
    private static final long BASELINE = 256L << 20;

    private MemoryAdvice() { }

    static NotEnoughMemoryException outOfMemory(Path input) {
        long needed = BASELINE + EXPANSION * inputBytes(input);
        long allowed = Runtime.getRuntime().maxMemory();
        return new NotEnoughMemoryException(String.format(Locale.ROOT,
                "not enough memory: this input needs about %d MB and Java may use %d MB here; "
                        + "run java with -Xmx%dm or more", mb(needed), mb(allowed), mb(Math.max(needed, allowed * 2))));
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
