package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AutoencoderTrainerTest {
    private static final int D = 8;
    private static final int N = 2000;
    private static final double[] X = SyntheticData.threeFactors(42, N, 0.01);

    /**
     * Latent 3, tanh code, linear output: reaches about 3 % of the mean-prediction error on the 3-factor data in
     * 30 epochs (a ReLU code lost a unit and stalled at 16 %; a ReLU output can collapse).
     */
    private static AutoencoderConfig learnable(long seed) {
        return new AutoencoderConfig(3, List.of(), Activation.TANH, Activation.IDENTITY, 30, 64, 0.01, 0, 0, seed);
    }

    @BeforeAll
    static void startNd4j() {
        NativeSetup.ensureConfigured();
        NativeSetup.start();
    }

    @Test
    void learnsDataWithThreeFactors() {
        List<Double> heard = new ArrayList<>();
        AtomicInteger lastProgress = new AtomicInteger();
        TrainedAutoencoder model = AutoencoderTrainer.train(X, N, D, learnable(1),
                (stage, done, total, message) -> {
                    assertEquals(AutoencoderTrainer.STAGE, stage);
                    assertEquals(30, total);
                    lastProgress.set((int) done);
                },
                (epoch, loss, validation) -> {
                    heard.add(loss);
                    assertTrue(Double.isNaN(validation));
                }, CancellationToken.NEVER);

        double[] losses = model.lossPerEpoch();
        assertEquals(30, model.epochsRun());
        assertEquals(30, lastProgress.get());
        assertArrayEquals(heard.stream().mapToDouble(Double::doubleValue).toArray(), losses);
        assertTrue(losses[29] < losses[0] / 5, "loss should fall: " + Arrays.toString(losses));
        assertTrue(model.baselineMse() > 0.005, "baseline " + model.baselineMse());
        assertTrue(model.reconstructionMse() < 0.1 * model.baselineMse(),
                "mse " + model.reconstructionMse() + " vs baseline " + model.baselineMse());
        assertFalse(model.collapsed());
        assertEquals(0, model.validationLossPerEpoch().length);
    }

    @Test
    void decodeOfEncodeApproximatesTheInput() {
        TrainedAutoencoder model = AutoencoderTrainer.train(X, N, D, learnable(2), EpochListener.NONE,
                CancellationToken.NEVER);
        double[] code = model.encode(X, N);
        assertEquals(N * 3, code.length);
        double[] back = model.decode(code, N);
        assertEquals(N * D, back.length);
        double sum = 0;
        double worst = 0;
        for (int i = 0; i < back.length; i++) {
            double e = back[i] - X[i];
            sum += e * e;
            worst = Math.max(worst, Math.abs(e));
        }
        assertEquals(model.reconstructionMse(), sum / back.length, 1e-15);
        assertTrue(worst < 0.15, "largest error " + worst);
        // a single row encodes the same alone as in a batch
        double[] one = model.encode(Arrays.copyOfRange(X, 5 * D, 6 * D), 1);
        assertArrayEquals(Arrays.copyOfRange(code, 15, 18), one, 0);
    }

    @Test
    void aFixedSeedGivesTheSameCodesBitForBit() {
        AutoencoderConfig config = learnable(7).withEpochs(5);
        TrainedAutoencoder a = AutoencoderTrainer.train(X, N, D, config, EpochListener.NONE, CancellationToken.NEVER);
        TrainedAutoencoder b = AutoencoderTrainer.train(X, N, D, config, EpochListener.NONE, CancellationToken.NEVER);
        TrainedAutoencoder other = AutoencoderTrainer.train(X, N, D, config.withSeed(8), EpochListener.NONE,
                CancellationToken.NEVER);
        assertArrayEquals(a.encode(X, N), b.encode(X, N), 0);
        assertArrayEquals(a.lossPerEpoch(), b.lossPerEpoch(), 0);
        assertFalse(Arrays.equals(a.encode(X, N), other.encode(X, N)));
    }

    @Test
    void cancellingStopsTrainingBetweenBatches() {
        AtomicInteger polls = new AtomicInteger();
        AtomicInteger epochsHeard = new AtomicInteger();
        // 2000 rows / 64 = 32 batches per epoch: cancelled in the middle of epoch 3
        CancellationToken cancelAfter70Polls = () -> polls.incrementAndGet() > 70;
        assertThrows(CancelledException.class, () -> AutoencoderTrainer.train(X, N, D, learnable(1),
                (e, l, v) -> epochsHeard.incrementAndGet(), cancelAfter70Polls));
        assertEquals(2, epochsHeard.get());
        assertEquals(71, polls.get());

        CancellationSource source = new CancellationSource();
        AtomicInteger epochs = new AtomicInteger();
        assertThrows(CancelledException.class, () -> AutoencoderTrainer.train(X, N, D, learnable(1),
                (e, l, v) -> {
                    if (epochs.incrementAndGet() == 1) {
                        source.cancel();
                    }
                }, source));
        assertEquals(1, epochs.get());
    }

    @Test
    void aCollapsedRunIsFlaggedWithItsDeadUnits() {
        // Targets that are all negative: a ReLU output can at best output 0, so Adam drives every output unit's
        // pre-activation below zero and the units die; the error stays at the mean of x^2, far above the variance.
        double[] negative = new double[N * D];
        for (int i = 0; i < negative.length; i++) {
            negative[i] = -1 - X[i];
        }
        AutoencoderConfig config = new AutoencoderConfig(3, List.of(), Activation.RELU, Activation.RELU, 20, 64, 0.01,
                0, 0, 1);
        TrainedAutoencoder model = AutoencoderTrainer.train(negative, N, D, config, EpochListener.NONE,
                CancellationToken.NEVER);
        assertTrue(model.collapsed(), model.toString());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, model.deadUnits().output(), model.toString());
        double[] reconstruction = model.decode(model.encode(negative, N), N);
        for (double v : reconstruction) {
            assertEquals(0.0, v, 0.0);
        }

        TrainedAutoencoder good = AutoencoderTrainer.train(X, N, D, learnable(1), EpochListener.NONE,
                CancellationToken.NEVER);
        assertFalse(good.collapsed());
        assertEquals(0, good.deadUnits().output().length, good.toString());
    }

    @Test
    void earlyStoppingEndsTrainingWhenValidationStopsImproving() {
        // Independent noise: nothing generalises beyond the mean, so the validation loss soon stops falling.
        double[] noise = SyntheticData.noise(3, 1000, D);
        int patience = 3;
        AutoencoderConfig config = new AutoencoderConfig(2, List.of(), Activation.RELU, Activation.IDENTITY, 300, 32,
                0.01, 0.2, patience, 5);
        List<Double> validation = new ArrayList<>();
        TrainedAutoencoder model = AutoencoderTrainer.train(noise, 1000, D, config,
                (e, l, v) -> validation.add(v), CancellationToken.NEVER);
        assertTrue(model.epochsRun() < 300, "ran " + model.epochsRun() + " epochs");
        double[] losses = model.validationLossPerEpoch();
        assertEquals(model.epochsRun(), losses.length);
        assertArrayEquals(validation.stream().mapToDouble(Double::doubleValue).toArray(), losses);
        // the kept weights are the best epoch's, exactly patience epochs before the stop
        assertEquals(model.epochsRun() - patience, model.keptEpoch());
        double best = Arrays.stream(losses).min().orElseThrow();
        assertEquals(best, losses[model.keptEpoch() - 1]);
        // and they are that epoch's weights: the same run stopped there by its epoch count gives the same codes
        AutoencoderConfig stoppedThere = new AutoencoderConfig(2, List.of(), Activation.RELU, Activation.IDENTITY,
                model.keptEpoch(), 32, 0.01, 0.2, 0, 5);
        TrainedAutoencoder reference = AutoencoderTrainer.train(noise, 1000, D, stoppedThere, EpochListener.NONE,
                CancellationToken.NEVER);
        assertArrayEquals(reference.encode(noise, 1000), model.encode(noise, 1000), 0);
    }

    @Test
    void validationLossIsReportedWithoutEarlyStopping() {
        AutoencoderConfig config = new AutoencoderConfig(3, List.of(4), Activation.TANH, Activation.IDENTITY, 4, 64,
                0.01, 0.25, 0, 5);
        TrainedAutoencoder model = AutoencoderTrainer.train(X, N, D, config, EpochListener.NONE, CancellationToken.NEVER);
        assertEquals(4, model.epochsRun());
        assertEquals(4, model.keptEpoch());
        assertEquals(4, model.validationLossPerEpoch().length);
        assertTrue(Arrays.stream(model.validationLossPerEpoch()).allMatch(v -> v > 0 && v < 1));
        assertEquals(3, model.latentSize());
    }

    @Test
    void nativeMemoryStaysFlatOverRepeatedTrainings() throws Exception {
        // With the pointer GC on (the non-leaking worker's setting), in a child JVM that may be run again if DL4J's
        // native crash kills it (PointerGcMemoryProbe). The leak STACK.md measured with the GC off (200 MB per
        // 5,000 steps) would add about 20 MB a training, 140 MB between the median of trainings 1-3 and 8-10.
        long[] nativeBytes = PointerGcMemoryProbe.nativeBytesPerTrainingInChild();
        // Resident memory minus the committed heap still wobbles by tens of MB: compare medians of three.
        long growth = median3(nativeBytes, 7) - median3(nativeBytes, 0);
        assertTrue(growth < 100L << 20, "native memory (resident minus Java heap) grew by " + (growth >> 20)
                + " MB over 7 trainings: " + Arrays.toString(Arrays.stream(nativeBytes).map(b -> b >> 20).toArray()));
    }

    private static long median3(long[] values, int from) {
        long[] three = Arrays.copyOfRange(values, from, from + 3);
        Arrays.sort(three);
        return three[1];
    }

    @Test
    void rejectsBadData() {
        AutoencoderConfig config = learnable(1);
        assertThrows(IllegalArgumentException.class,
                () -> AutoencoderTrainer.train(new double[15], 2, 8, config, EpochListener.NONE, CancellationToken.NEVER));
        double[] withNan = X.clone();
        withNan[11] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AutoencoderTrainer.train(withNan, N, D, config, EpochListener.NONE, CancellationToken.NEVER));
        assertEquals("feature value at row 1, column 3 is not a finite number: NaN", e.getMessage());
    }
}
