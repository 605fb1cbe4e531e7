package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link IsolatedAutoencoderTrainer} and its {@link TrainingWorker} processes, end to end. */
class TrainingWorkerTest {
    private static final int D = 8;
    private static final int N = 2000;
    private static final double[] X = SyntheticData.threeFactors(42, N, 0.01);
    /** A short warm-up: these workers live for a test or two. Results do not depend on it. */
    private static final Optional<List<String>> COMMAND =
            WorkerCommand.forThisJvm(List.of("-Dgenrescope.autoencoder.warmUpSteps=20"));

    private static IsolatedAutoencoderTrainer trainer;

    /** Six epochs with validation on, so that validation losses cross the pipe too. */
    private static AutoencoderConfig config(long seed) {
        return new AutoencoderConfig(3, List.of(), Activation.TANH, Activation.IDENTITY, 6, 64, 0.01, 0.25, 0, seed);
    }

    @BeforeAll
    static void startWorker() {
        NativeSetup.ensureConfigured();
        assertTrue(COMMAND.isPresent(), "no java executable found for the worker");
        trainer = new IsolatedAutoencoderTrainer(COMMAND, 0, 0);
        trainer.prestart();
    }

    @AfterAll
    static void closeWorker() {
        trainer.close();
    }

    private static TrainedAutoencoder inProcess(AutoencoderConfig config) {
        return AutoencoderTrainer.train(X, N, D, config, EpochListener.NONE, CancellationToken.NEVER);
    }

    private static TrainedAutoencoder isolated(IsolatedAutoencoderTrainer t, AutoencoderConfig config) {
        return t.train(X, N, D, config, ProgressListener.NONE, EpochListener.NONE, CancellationToken.NEVER);
    }

    private static void assertSameModel(TrainedAutoencoder expected, TrainedAutoencoder actual) {
        assertArrayEquals(expected.encode(X, N), actual.encode(X, N), 0);
        assertArrayEquals(expected.lossPerEpoch(), actual.lossPerEpoch(), 0);
        assertArrayEquals(expected.validationLossPerEpoch(), actual.validationLossPerEpoch(), 0);
        assertEquals(expected.keptEpoch(), actual.keptEpoch());
        assertEquals(expected.reconstructionMse(), actual.reconstructionMse(), 0);
        assertEquals(expected.deadUnits(), actual.deadUnits());
        assertEquals(expected.config(), actual.config());
    }

    @Test
    void givesTheSameModelAsTrainingInThisProcessBitForBit() {
        List<double[]> epochsHeard = new ArrayList<>();
        List<Long> progressHeard = new ArrayList<>();
        TrainedAutoencoder model = trainer.train(X, N, D, config(7),
                (stage, done, total, message) -> {
                    assertEquals(AutoencoderTrainer.STAGE, stage);
                    assertEquals(6, total);
                    progressHeard.add(done);
                },
                (epoch, loss, validation) -> epochsHeard.add(new double[] {epoch, loss, validation}),
                CancellationToken.NEVER);
        assertNull(trainer.inProcessReason(), "trained in the worker");

        TrainedAutoencoder reference = inProcess(config(7));
        assertSameModel(reference, model);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), progressHeard);
        assertEquals(6, epochsHeard.size());
        for (int e = 0; e < 6; e++) {
            assertArrayEquals(new double[] {e + 1, reference.lossPerEpoch()[e], reference.validationLossPerEpoch()[e]},
                    epochsHeard.get(e), 0);
        }

        // a later training runs in the same worker
        long pid = trainer.workerProcess().orElseThrow().pid();
        assertSameModel(inProcess(config(8)), isolated(trainer, config(8)));
        assertEquals(pid, trainer.workerProcess().orElseThrow().pid());
    }

    @Test
    void aBadSettingOrBadDataComesBackWithItsMessage() {
        AutoencoderConfig latentTooLarge = new AutoencoderConfig(8, List.of(), Activation.RELU, Activation.RELU, 1, 64,
                0.01, 0, 0, 1);
        IllegalArgumentException e = assertThrows(org.genrescope.settings.InvalidSettingException.class,
                () -> isolated(trainer, latentTooLarge)); // typed, so the window names the setting by its label
        assertEquals("--latent: must be between 1 and 7 (one less than the 8 features), got 8.", e.getMessage());

        double[] withNan = X.clone();
        withNan[11] = Double.NaN;
        e = assertThrows(IllegalArgumentException.class, () -> trainer.train(withNan, N, D, config(1),
                ProgressListener.NONE, EpochListener.NONE, CancellationToken.NEVER));
        assertEquals("feature value at row 1, column 3 is not a finite number: NaN", e.getMessage());

        // the worker survives a refused training
        ProcessHandle worker = trainer.workerProcess().orElseThrow();
        assertSameModel(inProcess(config(2)), isolated(trainer, config(2)));
        assertEquals(worker.pid(), trainer.workerProcess().orElseThrow().pid());
    }

    @Test
    void cancellingKillsTheWorkerAndTheNextTrainingStillWorks() throws Exception {
        isolated(trainer, config(3).withEpochs(1));    // make sure a worker is running
        ProcessHandle killed = trainer.workerProcess().orElseThrow();
        CancellationSource cancel = new CancellationSource();
        List<Integer> epochs = new ArrayList<>();
        assertThrows(CancelledException.class, () -> trainer.train(X, N, D, config(3), ProgressListener.NONE,
                (epoch, loss, validation) -> {
                    epochs.add(epoch);
                    if (epoch == 2) {
                        cancel.cancel();
                    }
                }, cancel));
        assertEquals(List.of(1, 2), epochs);
        killed.onExit().get(10, TimeUnit.SECONDS);
        assertFalse(killed.isAlive());

        TrainedAutoencoder afterwards = isolated(trainer, config(3));
        assertSameModel(inProcess(config(3)), afterwards);
        assertNotEquals(killed.pid(), trainer.workerProcess().orElseThrow().pid());
    }

    @Test
    void aCrashedTrainingIsRetriedOnAFreshWorkerWithTheSameResult() {
        // the first attempt's worker halts (exit 134, like DL4J's SIGSEGV) right after epoch 3
        try (IsolatedAutoencoderTrainer crashingOnce = new IsolatedAutoencoderTrainer(COMMAND, 1, 3)) {
            List<Integer> epochs = new ArrayList<>();
            TrainedAutoencoder model = crashingOnce.train(X, N, D, config(7), ProgressListener.NONE,
                    (epoch, loss, validation) -> epochs.add(epoch), CancellationToken.NEVER);
            assertSameModel(inProcess(config(7)), model);
            assertEquals(List.of(1, 2, 3, 4, 5, 6), epochs, "each epoch heard once, the retried ones not again");
            assertNull(crashingOnce.inProcessReason());
        }
    }

    @Test
    void crashingInEveryAttemptEndsWithOneSentenceForTheUser() {
        try (IsolatedAutoencoderTrainer crashingAlways = new IsolatedAutoencoderTrainer(COMMAND,
                IsolatedAutoencoderTrainer.ATTEMPTS, 1)) {
            TrainingCrashedException e = assertThrows(TrainingCrashedException.class,
                    () -> isolated(crashingAlways, config(1)));
            assertEquals("the training process crashed 3 times (a known native bug of DL4J 1.0.0-M2.1); train again",
                    e.getMessage());
        }
    }

    @Test
    void aWorkerKilledByTheSystemIsReportedAsSuchAndNotRetried() {
        // SIGKILL from outside (exit 137), as Linux's out-of-memory killer sends: mid-training and before it is ready
        for (String when : List.of("after-the-request", "at-start")) {
            List<String> command = new ArrayList<>(COMMAND.orElseThrow());
            command.set(command.size() - 1, SelfKillingWorker.class.getName());
            command.add(when);
            try (IsolatedAutoencoderTrainer killed = new IsolatedAutoencoderTrainer(Optional.of(command), 0, 0)) {
                TrainingCrashedException e = assertThrows(TrainingCrashedException.class,
                        () -> isolated(killed, config(1)), when);
                assertEquals("the training process was killed by the system (SIGKILL), most often because the machine "
                        + "ran out of memory; close other programs or train on fewer tracks, then train again",
                        e.getMessage(), when);
                assertTrue(e.wasKilledBySystem(), when);
                assertEquals(1, killed.workersStarted(), when + ": not retried");
                assertEquals(0, killed.crashes(), when + ": not counted as DL4J's crash");
                assertNull(killed.inProcessReason(), when + ": nor trained in this process instead");
            }
        }
    }

    @Test
    void onlyASigkillFromOutsideCountsAsTheSystemsKill() {
        assertTrue(IsolatedAutoencoderTrainer.killedBySystem(new WorkerEvent.Died(137, "its output ended")));
        assertFalse(IsolatedAutoencoderTrainer.killedBySystem(new WorkerEvent.Died(137, "its output ended", true)),
                "killed here: a cancel, or a worker that would not exit");
        assertFalse(IsolatedAutoencoderTrainer.killedBySystem(new WorkerEvent.Died(134, "its output ended")),
                "SIGABRT/SIGSEGV: DL4J's crash, retried");
        assertFalse(IsolatedAutoencoderTrainer.killedBySystem(
                new WorkerEvent.Died(TrainingWorker.OUT_OF_MEMORY_EXIT_CODE, "its output ended")));
        assertFalse(IsolatedAutoencoderTrainer.killedBySystem(new WorkerEvent.Died(-1, "did not exit")));
    }

    @Test
    void aCancelledTrainingsKilledWorkerIsMarkedAsKilledHere() throws Exception {
        WorkerProcess worker = WorkerProcess.start(WorkerCommand.ofKind(COMMAND.orElseThrow(), true, false,
                WorkerHeap.DEFAULT_BYTES), true, WorkerHeap.DEFAULT_BYTES);
        worker.kill();
        WorkerEvent event;
        do {
            event = worker.poll(30_000);
        } while (event != null && !(event instanceof WorkerEvent.Died));
        WorkerEvent.Died died = assertInstanceOf(WorkerEvent.Died.class, event);
        assertEquals(137, died.exitCode());
        assertTrue(died.killedHere());
        assertFalse(IsolatedAutoencoderTrainer.killedBySystem(died));
    }

    @Test
    void noWorkerRemainsAfterClose() throws Exception {
        ProcessHandle worker;
        try (IsolatedAutoencoderTrainer own = new IsolatedAutoencoderTrainer(COMMAND, 0, 0)) {
            isolated(own, config(1).withEpochs(1));
            worker = own.workerProcess().orElseThrow();
            assertTrue(ProcessHandle.current().children().anyMatch(child -> child.pid() == worker.pid()));
        }
        worker.onExit().get(10, TimeUnit.SECONDS);
        assertFalse(worker.isAlive());
        assertFalse(ProcessHandle.current().children().anyMatch(child -> child.pid() == worker.pid()));
    }

    @Test
    void aTrainingTooLongForALeakingWorkerRunsInOneWithThePointerGc() {
        try (IsolatedAutoencoderTrainer own = new IsolatedAutoencoderTrainer(COMMAND, 0, 0)) {
            isolated(own, config(1));
            assertEquals(Optional.of(true), own.workerLeaks(), "a short training: the fast, leaking worker");
            // 9 epochs of 2,000 one-row minibatches: 18,000 steps, more than a leaking worker may take
            AutoencoderConfig tooLong = new AutoencoderConfig(3, List.of(), Activation.TANH, Activation.IDENTITY, 9, 1,
                    0.001, 0, 0, 2);
            assertTrue(!WorkerMemoryBudget.suitsLeakingWorker(WorkerMemoryBudget.steps(tooLong, N)));
            TrainedAutoencoder model = isolated(own, tooLong);
            assertEquals(9, model.epochsRun());
            assertEquals(Optional.of(false), own.workerLeaks(), "replaced by a worker with the pointer GC on");
            isolated(own, config(1));
            assertEquals(Optional.of(true), own.workerLeaks(), "and back for a short one");
        }
    }

    @Test
    void aWorkerExitsByItselfWhenItsInputCloses() throws Exception {
        WorkerProcess worker = WorkerProcess.start(WorkerCommand.ofKind(COMMAND.orElseThrow(), true, false,
                WorkerHeap.DEFAULT_BYTES), true, WorkerHeap.DEFAULT_BYTES);
        // were it to ignore the closed stdin, close would kill it after a minute: exit code 137, not 0
        worker.close(60_000);
        assertEquals(0, worker.exitCode().orElseThrow());
    }

    @Test
    void trainsInThisProcessWhenNoWorkerCanBeStarted() {
        TrainedAutoencoder reference = inProcess(config(4));
        List<Optional<List<String>>> broken = List.of(
                Optional.empty(),                                             // no java executable
                Optional.of(List.of("/nonexistent/bin/java")),                // cannot be started
                Optional.of(List.of(COMMAND.orElseThrow().get(0), "-cp", "/nonexistent",
                        TrainingWorker.class.getName())));                   // exits at start-up
        for (Optional<List<String>> command : broken) {
            try (IsolatedAutoencoderTrainer fallback = new IsolatedAutoencoderTrainer(command, 0, 0)) {
                assertSameModel(reference, isolated(fallback, config(4)));
                assertNotNull(fallback.inProcessReason(), command.toString());
                assertTrue(fallback.workerProcess().isEmpty());
            }
        }
    }
}
