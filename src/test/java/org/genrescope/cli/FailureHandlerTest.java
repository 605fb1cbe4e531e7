package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.genrescope.model.embedding.TrainingCrashedException;
import org.genrescope.model.embedding.TrainingOutOfMemoryException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What a command's failure becomes: one line on stderr and the exit code the README lists. */
class FailureHandlerTest {

    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        private final RuntimeException failure;

        Failing(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure;
        }
    }

    private record Outcome(int exitCode, String err) { }

    private static synchronized Outcome run(RuntimeException failure) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new Failing(failure)).setExecutionExceptionHandler(new FailureHandler()).execute();
            return new Outcome(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    @Test
    void aTrainingOutOfMemoryIsExitThreeWithItsSentence() {
        TrainingOutOfMemoryException oom = new TrainingOutOfMemoryException(106_574, 518, 1L << 30, 650L << 20);
        Outcome outcome = run(oom);
        assertEquals(3, outcome.exitCode());
        assertEquals(GenrescopeCommand.EXIT_OUT_OF_MEMORY, outcome.exitCode());
        assertEquals("genrescope: not enough memory to train the autoencoder on 106,574 tracks x 518 features: it "
                + "needs about 650 MB of heap by estimate and the training process ran out of its 1,024 MB; give it "
                + "more with -Dgenrescope.autoencoder.workerHeap=2048m (after java, or in GENRESCOPE_JAVA_OPTIONS), "
                + "or use fewer features" + System.lineSeparator(), outcome.err());
    }

    @Test
    void theNativeCrashStaysExitOne() {
        Outcome outcome = run(new TrainingCrashedExceptionProbe().crashed());
        assertEquals(GenrescopeCommand.EXIT_FAILURE, outcome.exitCode());
    }

    /** TrainingCrashedException's constructor is the embedding package's; reached through its trainer's tests only. */
    private static final class TrainingCrashedExceptionProbe {
        RuntimeException crashed() {
            try {
                var constructor = TrainingCrashedException.class.getDeclaredConstructor(int.class);
                constructor.setAccessible(true);
                return constructor.newInstance(3);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
