package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Background threads run at nice 10, and what they start inherits it (Linux; skipped elsewhere). */
class BackgroundPriorityTest {
    @Test
    void aLoweredThreadAndTheThreadsItStartsRunAtNiceTen() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "Linux only");
        AtomicReference<String> niceValues = new AtomicReference<>();
        int before = nice(BackgroundPriority.threadId().orElseThrow());
        Thread worker = new Thread(() -> {
            boolean lowered = BackgroundPriority.lowerThisThread();
            int[] child = new int[1];
            Thread started = new Thread(() -> child[0] = nice(BackgroundPriority.threadId().orElseThrow()));
            started.start();
            try {
                started.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            niceValues.set(lowered + " " + nice(BackgroundPriority.threadId().orElseThrow()) + " " + child[0]);
        });
        worker.start();
        worker.join();
        assumeTrue(!niceValues.get().startsWith("false"), "no renice on this system");
        assertEquals("true 10 10", niceValues.get());
        assertEquals(before, nice(BackgroundPriority.threadId().orElseThrow()), "the calling thread is left as it was");
        assertTrue(before < 10);
    }

    @Test
    void theJitCompilerThreadsAreLoweredByName() {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "Linux only");
        java.util.List<String> compilers = BackgroundPriority.threadsNamed(java.util.List.of("C1 CompilerThre",
                "C2 CompilerThre"));
        assumeTrue(!compilers.isEmpty(), "a JVM without named compiler threads");
        int lowered = BackgroundPriority.lowerCompilerThreads(3);
        assumeTrue(lowered > 0, "no renice on this system");
        assertEquals(compilers.size(), lowered);
        for (String tid : compilers) {
            if (!Files.exists(Path.of("/proc/self/task", tid))) {
                continue; // a compiler thread the JVM ended meanwhile (more than two cores)
            }
            assertEquals(3, nice(tid), "compiler thread " + tid);
        }
        assertTrue(nice(BackgroundPriority.threadId().orElseThrow()) < 3, "the calling thread is left as it was");
        assertEquals(0, BackgroundPriority.lowerCompilerThreads(0), "0 leaves them");
    }

    /** The nice value of thread {@code tid} of this process, from its /proc stat (field 19), read independently. */
    private static int nice(String tid) {
        try {
            String stat = Files.readString(Path.of("/proc/self/task", tid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]); // after the name: state is field 3, nice field 19
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
