package org.genrescope.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import org.genrescope.task.CancellationSource;

/**
 * Runs a command so that Ctrl+C cancels it cleanly: the shutdown hook cancels the work and waits
 * briefly for it to stop, so files being written are removed instead of left half-written. The JVM
 * then exits with 130, the shell's code for an interrupted command; the hook says so in one line.
 */
final class Interruptible {
    private static final long GRACE_SECONDS = 3;

    private Interruptible() { }

    static <T> T run(CancellationSource cancel, Callable<T> work) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.cancel();
            try {
                boolean stopped = finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
                System.err.println(stopped ? "genrescope: interrupted; no partial files were left behind"
                        : "genrescope: interrupted before the work could stop; files being written may remain");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "genrescope-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.call();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running: it only waits for the countDown above
            }
        }
    }
}
