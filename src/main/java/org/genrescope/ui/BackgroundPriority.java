package org.genrescope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Lowers a background thread's CPU priority, so that on a 2-core machine the window's own threads (the FX thread and
 * JavaFX's render thread) get a core when they need one while loading, training and the k sweep keep both busy.
 * Java's thread priorities do nothing on Linux, but Linux gives each thread its own nice value, which any thread may
 * raise for itself; threads and processes it starts later inherit it (the K-Means and metric pools, the training
 * worker). Done with the system's {@code renice} on the thread's id ({@code /proc/thread-self}); where either is
 * missing (not Linux) nothing changes. Measured in docs/benchmarks.md, "FX-thread stalls, where the FX thread waits
 * (session 8)".
 */
final class BackgroundPriority {
    /**
     * The nice value of background threads: CFS gives a nice-0 thread about 9 times the CPU of a nice-10 one. The
     * system property {@code genrescope.backgroundNice} sets another (0 leaves the threads as they are), for
     * measuring the window with and without it.
     */
    static final int NICE = Integer.getInteger("genrescope.backgroundNice", 10);

    private BackgroundPriority() { }

    /** Gives the calling thread nice {@link #NICE}; false where that is not possible (and nothing changed). */
    static boolean lowerThisThread() {
        Optional<String> tid = threadId();
        if (tid.isEmpty() || NICE == 0) {
            return false;
        }
        try {
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", tid.get())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0;
        } catch (IOException e) {
            return false; // no renice here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The calling thread's id in the kernel (Linux's {@code /proc/thread-self} is "PID/task/TID"), if known. */
    static Optional<String> threadId() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return Optional.of(self.getFileName().toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }
}
