package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The status bar's time left: from measured units only, worked out here by hand. */
class TimeLeftTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void theTimeLeftIsTheMeasuredTimePerUnitTimesTheUnitsLeft() {
        TimeLeft left = new TimeLeft();
        // epoch 1 ends at 100 s: the clock starts, nothing is measured yet (epoch 1 held the stage's start)
        assertEquals("time left known after the next epoch", left.after("autoencoder", 1, 100, 100 * SECOND));
        // epoch 12 at 155 s: 11 epochs in 55 s, 5 s each; 88 left: 440 s, 7.3 min
        assertEquals("about 7 min left for the epochs, then the clustering",
                left.after("autoencoder", 12, 100, 155 * SECOND));
        // epoch 90 at 545 s: 89 epochs since epoch 1 in 445 s, 5 s each; 10 left: 50 s
        assertEquals("about 50 s left for the epochs, then the clustering",
                left.after("autoencoder", 90, 100, 545 * SECOND));
        // epoch 99 at 590 s: 98 epochs in 490 s, 5 s each; 1 left: 5 s
        assertEquals("a few seconds left for the epochs, then the clustering",
                left.after("autoencoder", 99, 100, 590 * SECOND));
        assertEquals("", left.after("autoencoder", 100, 100, 595 * SECOND), "done: nothing left to say");
    }

    @Test
    void eachStagesSecondsPerUnitAreKeptForTheEstimateBeforeTheNextTrain() {
        TimeLeft left = new TimeLeft();
        left.after("autoencoder", 1, 100, 100 * SECOND);
        assertEquals(java.util.Map.of(), left.secondsPerUnit(), "one report: nothing measured");
        left.after("autoencoder", 12, 100, 155 * SECOND); // 11 epochs in 55 s
        left.after("autoencoder", 100, 100, 595 * SECOND); // the last: 99 epochs since the first in 495 s, 5 s each
        left.after("metrics", 1, 2, 600 * SECOND);
        left.after("kmeans", 1, 10, 610 * SECOND);
        left.after("kmeans", 10, 10, 628 * SECOND); // 9 restarts in 18 s, 2 s each
        assertEquals(java.util.Map.of("autoencoder", 5.0, "kmeans", 2.0), left.secondsPerUnit());
    }

    @Test
    void eachStageIsMeasuredOnItsOwnAndUnlikeStepsGetNoEstimate() {
        TimeLeft left = new TimeLeft();
        left.after("autoencoder", 1, 100, 0);
        left.after("autoencoder", 50, 100, 49 * SECOND); // 1 s an epoch
        assertEquals("", left.after("metrics", 1, 2, 60 * SECOND), "two unlike steps: no estimate");
        assertEquals("", left.after("load", 0, -1, 61 * SECOND), "an unknown total: no estimate");
        // K-Means' restarts at their own pace, not the epochs': 2 restarts from 70 s to 78 s, 4 s each; 97 left: 388 s
        assertEquals("time left known after the next restart", left.after("kmeans", 1, 100, 70 * SECOND));
        assertEquals("about 6 min left for the restarts", left.after("kmeans", 3, 100, 78 * SECOND));
        // the same stage run again (done went back): measured afresh, 1 unit from 200 s to 230 s; 8 left: 240 s
        assertEquals("time left known after the next restart", left.after("kmeans", 1, 10, 200 * SECOND));
        assertEquals("about 4 min left for the restarts", left.after("kmeans", 2, 10, 230 * SECOND));
    }

    @Test
    void wordsRoundToWhatAPersonReads() {
        assertEquals("a few seconds left", TimeLeft.words(9.9));
        assertEquals("about 10 s left", TimeLeft.words(10));
        assertEquals("about 25 s left", TimeLeft.words(23));
        assertEquals("about 55 s left", TimeLeft.words(57));
        assertEquals("about 1 min left", TimeLeft.words(58));
        assertEquals("about 17 min left", TimeLeft.words(17 * 60 + 10));
        assertEquals("about 59 min left", TimeLeft.words(59 * 60 + 29));
        assertEquals("about 1 h 05 min left", TimeLeft.words(3900));
    }

    @Test
    void theStatusBarSaysTheTimeLeftAfterTheStagesOwnWords() {
        AtomicLong now = new AtomicLong(0);
        ProgressViewModel progress = new ProgressViewModel(new CallingThreadRunner(), now::get);
        progress.started("Training...");
        var relay = progress.relay(() -> true);
        assertEquals("Training...", progress.statusProperty().get(), "nothing measured, nothing promised");
        now.set(3 * SECOND);
        relay.progress("autoencoder", 1, 100, "epoch 1 of 100, loss 0.52000");
        assertEquals("autoencoder: epoch 1 of 100, loss 0.52000; time left known after the next epoch",
                progress.statusProperty().get());
        now.set(3 * SECOND + 11 * 9 * SECOND); // 11 epochs of 9 s each; 88 left: 792 s, 13.2 min
        relay.progress("autoencoder", 12, 100, "epoch 12 of 100, loss 0.10000");
        assertEquals("autoencoder: epoch 12 of 100, loss 0.10000; about 13 min left for the epochs, then the "
                + "clustering", progress.statusProperty().get());
        assertEquals(0.12, progress.progressProperty().get(), 1e-12);
        relay.progress("metrics", 0, 2, "internal metrics");
        assertEquals("metrics: internal metrics", progress.statusProperty().get());
    }
}
