package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The cluster command's trainer ({@link IsolatedAutoencoderTrainer#trainingOnce}): its worker ends by itself once its
 * training has succeeded, without {@code close()}, so that the command's JVM does not wait for it at exit; a later
 * training still gets a worker, and the same model.
 */
class OneTrainingWorkerTest {
    private static final int D = 8;
    private static final int N = 1000;
    private static final double[] X = SyntheticData.threeFactors(7, N, 0.01);
    private static final Optional<List<String>> COMMAND =
            WorkerCommand.forThisJvm(List.of("-Dgenrescope.autoencoder.warmUpSteps=20"));

    private static AutoencoderConfig config() {
        return new AutoencoderConfig(3, List.of(), Activation.TANH, Activation.IDENTITY, 3, 64, 0.01, 0, 0, 11);
    }

    @Test
    void theWorkerEndsAfterItsTrainingAndALaterTrainingStartsAnother() throws Exception {
        NativeSetup.ensureConfigured();
        try (IsolatedAutoencoderTrainer trainer = IsolatedAutoencoderTrainer.trainingOnce(COMMAND)) {
            List<ProcessHandle> workers = new ArrayList<>();
            // the epoch listener runs on this thread while the worker trains: the worker is the trainer's then
            EpochListener seeWorker = (epoch, loss, validation) ->
                    trainer.workerProcess().ifPresent(w -> { if (!workers.contains(w)) { workers.add(w); } });
            TrainedAutoencoder first = trainer.train(X, N, D, config(), ProgressListener.NONE, seeWorker,
                    CancellationToken.NEVER);
            assertEquals(1, workers.size(), "one worker trained");
            assertTrue(trainer.workerProcess().isEmpty(), "the trainer keeps no worker after its training");
            ProcessHandle firstWorker = workers.get(0);
            firstWorker.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(firstWorker.isAlive(), "the worker exited without close()");

            TrainedAutoencoder second = trainer.train(X, N, D, config(), ProgressListener.NONE, seeWorker,
                    CancellationToken.NEVER);
            assertEquals(2, workers.size(), "the second training ran in a new worker");
            assertNotEquals(firstWorker.pid(), workers.get(1).pid());
            assertArrayEquals(first.encode(X, N), second.encode(X, N), 0);
            assertArrayEquals(first.lossPerEpoch(), second.lossPerEpoch(), 0);
            assertEquals(2, trainer.workersStarted());
        }
    }
}
