package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * A training worker that runs out of heap (issue 13: FMA's full feature set in a worker of too small a heap was
 * retried three times as DL4J's native crash, then reported as that crash): the training ends at once with the
 * out-of-memory sentence, whether the worker could report it or only died of it.
 */
class TrainingOutOfMemoryTest {
    /** 40,000 x 400 doubles: 128 MB, more than a worker of 96 MB of heap can hold. */
    private static final int N = 40_000;
    private static final int D = 400;
    private static final long SMALL_HEAP = 96L << 20;

    private static final AutoencoderConfig CONFIG = new AutoencoderConfig(16, List.of(64), Activation.RELU,
            Activation.IDENTITY, 1, 256, 0.001, 0, 0, 1);

    private static double[] data() {
        return new SplittableRandom(1).doubles((long) N * D).toArray();
    }

    private static IsolatedAutoencoderTrainer trainer(String... flags) {
        List<String> extra = new ArrayList<>(List.of("-Dgenrescope.autoencoder.warmUpSteps=20",
                WorkerHeap.flag(SMALL_HEAP)));
        extra.addAll(List.of(flags));
        Optional<List<String>> command = WorkerCommand.forThisJvm(extra);
        assertTrue(command.isPresent(), "no java executable found for the worker");
        return new IsolatedAutoencoderTrainer(command, 0, 0);
    }

    private static TrainingOutOfMemoryException trainExpectingOutOfMemory(IsolatedAutoencoderTrainer trainer) {
        double[] x = data();
        return assertThrows(TrainingOutOfMemoryException.class, () -> trainer.train(x, N, D, CONFIG,
                ProgressListener.NONE, EpochListener.NONE, CancellationToken.NEVER));
    }

    private static void assertNotRetried(IsolatedAutoencoderTrainer trainer) {
        assertEquals(0, trainer.crashes(), "an out-of-memory is not counted as a crash");
        // the one worker that ran out, and at most the fresh one started in the background afterwards
        assertTrue(trainer.workersStarted() <= 2, trainer.workersStarted() + " workers: it was retried");
        assertEquals(null, trainer.inProcessReason(), "nor is it taken for a worker that cannot start");
    }

    @Test
    void aWorkerThatRunsOutOfHeapReportsItAndIsNotRetried() {
        try (IsolatedAutoencoderTrainer trainer = trainer()) {
            TrainingOutOfMemoryException e = trainExpectingOutOfMemory(trainer);
            assertNotRetried(trainer);
            // the worker's own maximum heap: the serial collector's -Xmx less one survivor space
            assertTrue(e.heapBytes() > (64L << 20) && e.heapBytes() <= SMALL_HEAP, "heap " + e.heapBytes());
            long needed = 192L * (1 << 20) + 8L * N * D + 16L * N + 8L * 256 * D
                    + 32L * (D * 64 + 64 + 64 * 16 + 16 + 16 * 64 + 64 + 64 * D + D);
            assertEquals(needed, e.neededBytes());
            long neededMb = (needed + (1 << 20) - 1) >> 20;
            long heapMb = (e.heapBytes() + (1 << 20) - 1) >> 20;
            long suggestedMb = Math.max(2 * e.heapBytes(), needed + needed / 2);
            suggestedMb = ((suggestedMb + (64 << 20) - 1) / (64 << 20)) * 64;
            assertEquals(String.format(Locale.ROOT, "not enough memory to train the autoencoder on 40,000 tracks x 400 "
                    + "features: it needs about %,d MB of heap by estimate and the training process ran out of its "
                    + "%,d MB; give it more with -Dgenrescope.autoencoder.workerHeap=%dm (after java, or in "
                    + "GENRESCOPE_JAVA_OPTIONS), or use fewer features", neededMb, heapMb, suggestedMb), e.getMessage());
        }
    }

    @Test
    void aWorkerThatDiesOfItWithoutReportingIsRecognisedByItsExit() {
        // HotSpot ends the worker at the error, before its own handler can send a word: exit code 3
        try (IsolatedAutoencoderTrainer trainer = trainer("-XX:+ExitOnOutOfMemoryError")) {
            TrainingOutOfMemoryException e = trainExpectingOutOfMemory(trainer);
            assertNotRetried(trainer);
            assertTrue(e.getMessage().startsWith("not enough memory to train the autoencoder on 40,000 tracks x 400 "
                    + "features"), e.getMessage());
        }
    }

    @Test
    void anOutOfMemoryDeathIsToldApartFromTheNativeCrash() {
        List<String> crashBanner = List.of("# A fatal error has been detected by the Java Runtime Environment:",
                "#  SIGSEGV (0xb) at pc=0x00007f, pid=123, tid=124");
        assertFalse(IsolatedAutoencoderTrainer.diedOutOfMemory(new WorkerEvent.Died(134, "its output ended"),
                crashBanner));
        assertFalse(IsolatedAutoencoderTrainer.diedOutOfMemory(new WorkerEvent.Died(-1, "did not exit"), List.of()));
        assertTrue(IsolatedAutoencoderTrainer.diedOutOfMemory(
                new WorkerEvent.Died(TrainingWorker.OUT_OF_MEMORY_EXIT_CODE, "its output ended"), List.of()));
        assertTrue(IsolatedAutoencoderTrainer.diedOutOfMemory(new WorkerEvent.Died(1, "its output ended"),
                List.of("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space")));
    }
}
