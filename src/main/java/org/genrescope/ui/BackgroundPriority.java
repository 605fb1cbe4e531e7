package org.genrescope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Lowers a background thread's CPU priority, so that on a 2-core machine the window's own threads (the FX thread and
 * JavaFX's render thread) get a core when they need one while loading, training and the k sweep keep both busy.
 * Java's thread priorities do nothing on Linux, but Linux gives each thread its own nice value, which any thread may
 * raise for itself and for the other threads of its process; threads and processes it starts later inherit it (the
 * K-Means and metric pools, the training worker). Done with the system's {@code renice} on the thread's id
 * ({@code /proc/thread-self}); where either is missing (not Linux) nothing changes. Measured in docs/benchmarks.md,
 * "FX-thread stalls, where the FX thread waits (session 8)" and "The stall meter's own cost, the first frames and the
 * JIT's threads (session 10)".
 */
final class BackgroundPriority {
    /**
     * The nice value of background threads: CFS gives a nice-0 thread about 9 times the CPU of a nice-10 one. The
     * system property {@code genrescope.backgroundNice} sets another (0 leaves the threads as they are), for
     * measuring the window with and without it.
     */
    static final int NICE = Integer.getInteger("genrescope.backgroundNice", 10);

    /**
     * The nice value of the JVM's JIT compiler threads in the window ({@code genrescope.compilerNice}; 10 by default,
     * 0 leaves them as they are): on 2 cores C1 took a CPU beside the FX thread in the window's first styling; at
     * nice 10 the opening's longest stall fell from a median of 87 to 68 ms (6 runs against 6, session 26), at the
     * price of the FX thread's code being compiled a little later (start to plotted 3% longer at a million tracks;
     * docs/benchmarks.md). See {@link #lowerCompilerThreads()}.
     */
    static final int COMPILER_NICE = Integer.getInteger("genrescope.compilerNice", 10);

    /**
     * The nice value of the JIT's C2 compiler thread alone ({@code genrescope.c2Nice}; 0, the default, leaves it at
     * {@link #COMPILER_NICE}): C2 is the optimizing compiler whose long compilations took a CPU beside the FX thread
     * in the window's stalls, while C1 gives the FX thread's code its first compiled form quickly.
     */
    static final int C2_NICE = Integer.getInteger("genrescope.c2Nice", 0);

    /**
     * The nice value of G1's concurrent threads in the window ({@code genrescope.concurrentGcNice}; 0, the default,
     * leaves them as they are): the marking and refinement threads took a core beside the FX and render threads in
     * stalls of 101-139 ms while the plot was dragged; at nice 10 the marking cycles took longer and four runs had no
     * clearly fewer stalls than four without (docs/benchmarks.md, session 25). See {@link #lowerConcurrentGcThreads()}.
     */
    static final int CONCURRENT_GC_NICE = Integer.getInteger("genrescope.concurrentGcNice", 0);

    /** The kernel's names of G1's concurrent threads: "G1 Main Marker", "G1 Conc#0", "G1 Refine#0". */
    private static final List<String> CONCURRENT_GC_THREADS = List.of("G1 Main Marker", "G1 Conc#", "G1 Refine#");

    /** The kernel's names of HotSpot's compiler threads ("C2 CompilerThread0" cut to 15 characters). */
    private static final List<String> COMPILER_THREADS = List.of("C1 CompilerThre", "C2 CompilerThre");
    private static final List<String> C2_THREADS = List.of("C2 CompilerThre");

    private BackgroundPriority() { }

    /** Gives the calling thread nice {@link #NICE}; false where that is not possible (and nothing changed). */
    static boolean lowerThisThread() {
        return lowerThisThread(NICE);
    }

    /** Gives the calling thread nice {@code nice}; false where that is not possible or {@code nice} is 0. */
    static boolean lowerThisThread(int nice) {
        Optional<String> tid = threadId();
        return tid.isPresent() && renice(nice, List.of(tid.get()));
    }

    /**
     * Gives the JVM's JIT compiler threads nice {@link #COMPILER_NICE}, once, at the window's start: on a 2-core
     * machine C1 and C2 otherwise take a core beside the FX and render threads in every phase of a run at a million
     * tracks. Compiler threads the JVM starts later (more than two cores) are started by a compiler thread and inherit
     * its nice value. Returns how many threads were lowered (0 where not possible or not asked for).
     */
    static int lowerCompilerThreads() {
        int lowered = lowerCompilerThreads(COMPILER_NICE);
        if (C2_NICE != 0 && C2_NICE != COMPILER_NICE) {
            lowered += lowerThreadsNamed(C2_THREADS, C2_NICE);
        }
        return lowered;
    }

    /** As {@link #lowerCompilerThreads()}, to nice {@code nice}. */
    static int lowerCompilerThreads(int nice) {
        return lowerThreadsNamed(COMPILER_THREADS, nice);
    }

    /**
     * Gives G1's concurrent marking and refinement threads nice {@link #CONCURRENT_GC_NICE}, once, at the window's
     * start. Refinement threads G1 starts later are started by its first one and inherit its nice value. Returns how
     * many threads were lowered (0 where not possible, not G1, or not asked for).
     */
    static int lowerConcurrentGcThreads() {
        return lowerConcurrentGcThreads(CONCURRENT_GC_NICE);
    }

    /** As {@link #lowerConcurrentGcThreads()}, to nice {@code nice}. */
    static int lowerConcurrentGcThreads(int nice) {
        return lowerThreadsNamed(CONCURRENT_GC_THREADS, nice);
    }

    /** Gives this process's threads named {@code prefixes} nice {@code nice}; how many (0 when none or not possible). */
    private static int lowerThreadsNamed(List<String> prefixes, int nice) {
        List<String> tids = nice == 0 ? List.of() : threadsNamed(prefixes);
        return renice(nice, tids) ? tids.size() : 0;
    }

    /** The ids of this process's threads whose kernel name ({@code comm}) starts with one of {@code prefixes}. */
    static List<String> threadsNamed(List<String> prefixes) {
        List<String> tids = new ArrayList<>();
        String[] all = Path.of("/proc/self/task").toFile().list();
        for (String tid : all == null ? new String[0] : all) {
            try {
                String name = Files.readString(Path.of("/proc/self/task", tid, "comm")).trim();
                if (prefixes.stream().anyMatch(name::startsWith)) {
                    tids.add(tid);
                }
            } catch (IOException | RuntimeException e) {
                // ended meanwhile
            }
        }
        return tids;
    }

    /** Gives the threads {@code tids} of this process nice {@code nice}; false if none or not possible. */
    private static boolean renice(int nice, List<String> tids) {
        if (nice == 0 || tids.isEmpty()) {
            return false;
        }
        List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(nice), "-p"));
        command.addAll(tids);
        try {
            Process renice = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
