package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.genrescope.task.CancellationToken;
import org.junit.jupiter.api.Test;

/** The warm-up's throw-away training: its shape, and that it leaves the next training's model unchanged. */
class WarmUpShapeTest {
    @Test
    void theDefaultWarmUpIsFortyEpochsOfFiftyStepsLikeTheStudysTraining() {
        WarmUpShape shape = WarmUpShape.of(2000, 50, 16);
        // 49 full batches of 16 and a last one of 8, as the study's 12,584 rows make 49 of 256 and one of 40.
        assertEquals(49 * 16 + 8, shape.rows());
        assertEquals(40, shape.epochs());
        assertEquals(50, shape.stepsPerEpoch());
        assertEquals(2000, shape.epochs() * shape.stepsPerEpoch());
    }

    @Test
    void fewerStepsThanAnEpochMakeOneEpochOfThem() {
        WarmUpShape twenty = WarmUpShape.of(20, 50, 16);
        assertEquals(1, twenty.epochs());
        assertEquals(20, twenty.stepsPerEpoch());
        WarmUpShape one = WarmUpShape.of(1, 50, 16);
        assertEquals(16, one.rows());
        assertEquals(1, one.stepsPerEpoch());
        assertEquals(1, one.epochs());
    }

    @Test
    void theTrainerRunsTheShapesEpochsAndSteps() {
        NativeSetup.start();
        WarmUpShape shape = WarmUpShape.of(30, 10, 4);
        List<Integer> epochs = new ArrayList<>();
        AtomicInteger steps = new AtomicInteger();
        CancellationToken countingSteps = () -> {
            steps.incrementAndGet();   // the trainer polls once before every step
            return false;
        };
        NativeSetup.trainThrowAway(shape, countingSteps, (epoch, loss, validation) -> epochs.add(epoch));
        assertEquals(List.of(1, 2, 3), epochs);
        assertEquals(30, steps.get());
    }

    @Test
    void theConfigKeepsTheRecipesNetworkAndUpdater() {
        AutoencoderConfig recipe = AutoencoderConfig.seedRecipe(1).withSeed(9);
        AutoencoderConfig config = WarmUpShape.of(2000, 50, 16).config(recipe);
        assertEquals(recipe.latentSize(), config.latentSize());
        assertEquals(recipe.hiddenSizes(), config.hiddenSizes());
        assertEquals(recipe.activation(), config.activation());
        assertEquals(recipe.outputActivation(), config.outputActivation());
        assertEquals(recipe.learningRate(), config.learningRate(), 0);
        assertEquals(9, config.seed());
        assertEquals(16, config.batchSize());
        assertEquals(40, config.epochs());
        assertEquals(false, config.validates());
    }

    @Test
    void aSplitWarmUpGivesTheLaterTrainingsAQuarterOfTheSteps() {
        List<WarmUpShape> two = WarmUpShape.split(2000, 2, 50, 16, 256);
        assertEquals(2, two.size());
        assertEquals(new WarmUpShape(49 * 16 + 8, 30, 16), two.get(0));
        // The last one on the study's batch of 256: 49 full batches and a last one of 128 an epoch.
        assertEquals(new WarmUpShape(49 * 256 + 128, 10, 256), two.get(1));
        assertEquals(2000, two.stream().mapToInt(s -> s.epochs() * s.stepsPerEpoch()).sum());

        List<WarmUpShape> three = WarmUpShape.split(20, 3, 50, 16, 16);
        // 15 steps, then 5 shared as 3 and 2
        assertEquals(List.of(15, 3, 2), three.stream().map(s -> s.epochs() * s.stepsPerEpoch()).toList());
        assertEquals(List.of(1, 1, 1), three.stream().map(WarmUpShape::epochs).toList());

        assertEquals(List.of(WarmUpShape.of(2000, 50, 16)), WarmUpShape.split(2000, 1, 50, 16, 16));
        assertEquals(List.of(1, 1), WarmUpShape.split(2, 2, 50, 16, 16).stream()
                .map(s -> s.epochs() * s.stepsPerEpoch()).toList());
    }

    @Test
    void aSplitNeedsATrainingAndAStepForEach() {
        assertThrows(IllegalArgumentException.class, () -> WarmUpShape.split(2000, 0, 50, 16, 16));
        assertThrows(IllegalArgumentException.class, () -> WarmUpShape.split(2, 3, 50, 16, 16));
    }

    @Test
    void badSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WarmUpShape.of(0, 50, 16));
        assertThrows(IllegalArgumentException.class, () -> WarmUpShape.of(10, 0, 16));
        assertThrows(IllegalArgumentException.class, () -> WarmUpShape.of(10, 50, 1));
    }

    /** A warm-up between two equal trainings must not change the second's model by one bit. */
    @Test
    void aWarmUpLeavesTheNextTrainingsModelUnchanged() {
        int n = 600;
        double[] x = SyntheticData.threeFactors(5, n, 0.01);
        AutoencoderConfig config = AutoencoderConfig.seedRecipe(4).withEpochs(3);
        TrainedAutoencoder before = AutoencoderTrainer.train(x, n, 8, config, EpochListener.NONE,
                CancellationToken.NEVER);
        for (WarmUpShape shape : WarmUpShape.split(200, 2, 50, 16, 256)) {
            NativeSetup.trainThrowAway(shape, CancellationToken.NEVER, EpochListener.NONE);
        }
        TrainedAutoencoder after = AutoencoderTrainer.train(x, n, 8, config, EpochListener.NONE,
                CancellationToken.NEVER);
        assertArrayEquals(before.encode(x, n), after.encode(x, n), 0);
        assertArrayEquals(before.lossPerEpoch(), after.lossPerEpoch(), 0);
        assertEquals(before.reconstructionMse(), after.reconstructionMse(), 0);
    }

}
