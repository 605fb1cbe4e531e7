package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.genrescope.model.embedding.Activation;
import org.genrescope.model.embedding.AutoencoderConfig;
import org.genrescope.model.embedding.DeadUnits;
import org.genrescope.model.embedding.TrainedAutoencoder;
import org.junit.jupiter.api.Test;

/** The notes' sentences: advice that depends on the settings in use, and the numbers they quote. */
class AutoencoderNotesTest {

    private static AutoencoderConfig config(Activation code, Activation output) {
        return new AutoencoderConfig(2, List.of(), code, output, 100, 256, 0.001, 0, 0, 1);
    }

    private static final DeadUnits CODE = new DeadUnits(new int[] {0}, new int[0]);
    private static final DeadUnits OUTPUT = new DeadUnits(new int[0], new int[] {1});
    private static final DeadUnits BOTH = new DeadUnits(new int[] {0}, new int[] {1});

    @Test
    void theAdviceNeverNamesWhatIsAlreadyChosen() {
        assertEquals("Train again with another --seed, or choose --activation tanh and --output-activation identity.",
                AutoencoderNotes.collapseAdvice(config(Activation.RELU, Activation.RELU), BOTH));
        assertEquals("Train again with another --seed, or choose --activation tanh.",
                AutoencoderNotes.collapseAdvice(config(Activation.RELU, Activation.RELU), CODE));
        assertEquals("Train again with another --seed, or choose --output-activation identity.",
                AutoencoderNotes.collapseAdvice(config(Activation.TANH, Activation.RELU), BOTH));
        // tanh and identity already chosen: neither is advised again
        assertEquals("Train again with another --seed, or choose a smaller --learning-rate (now 0.001).",
                AutoencoderNotes.collapseAdvice(config(Activation.TANH, Activation.IDENTITY), BOTH));
        assertEquals("Train again with another --seed, or choose a smaller --learning-rate (now 0.001).",
                AutoencoderNotes.collapseAdvice(config(Activation.RELU, Activation.RELU), new DeadUnits(new int[0],
                        new int[0])));
    }

    /** An identity 2-2-2 network shrinking x towards its mean by a: error a^2 x the baseline, no unit dead. */
    private static TrainedAutoencoder shrinking(double a, double[] x, int n, double[] loss, int batch) {
        AutoencoderConfig c = new AutoencoderConfig(1, List.of(), Activation.IDENTITY, Activation.IDENTITY,
                loss.length, batch, 0.001, 0, 0, 1);
        double[] mean = {0, 0};
        for (int i = 0; i < n; i++) {
            mean[0] += x[2 * i] / n;
            mean[1] += x[2 * i + 1] / n;
        }
        // code z = x0 + x1 (one unit); decoder back to both features shrunk: fine for a note's numbers
        var w = new TrainedAutoencoder.Weights(new int[] {2, 1, 2}, 0, List.of(Activation.IDENTITY, Activation.IDENTITY),
                new double[][] {{1, 1}, {(1 - a) / 2, (1 - a) / 2}}, new double[][] {{0}, {a * mean[0], a * mean[1]}},
                loss, new double[0], loss.length);
        return TrainedAutoencoder.restore(c, w, x, n);
    }

    @Test
    void anUnderTrainedNetGetsTheStillFallingNoteWithItsNumbers() {
        int n = 80;
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = i / (double) n;
            x[2 * i + 1] = i / (double) n; // both features alike: one code unit holds them
        }
        double[] loss = new double[100];
        for (int e = 0; e < loss.length; e++) {
            loss[e] = 1.0 / (e + 1);
        }
        TrainedAutoencoder m = shrinking(0.9, x, n, loss, 256);
        List<String> notes = AutoencoderNotes.of(m, List.of("a", "b"), n);
        assertEquals(1, notes.size(), notes::toString);
        String expected = String.format(java.util.Locale.ROOT, "the autoencoder's loss was still falling at the "
                + "last epoch (by 10.0 %% over the last 10 epochs) and its reconstruction error %.4f is more than half "
                + "of what predicting each feature's mean gives (%.4f): it is under-trained, not collapsed; more "
                + "--epochs (now 100) may help; with --batch 256 each epoch over 80 tracks is only 1 Adam step, so a "
                + "smaller --batch may help too", 0.81 * m.baselineMse(), m.baselineMse());
        assertEquals(expected, notes.get(0));
        assertTrue(AutoencoderNotes.of(shrinking(0.9, x, n, loss, 8), List.of("a", "b"), n).get(0)
                .endsWith("more --epochs (now 100) may help"), "10 steps an epoch: no word on the batch");
    }

    @Test
    void anErrorAboveTheMeansIsSaidAsTimesTheMeansNotAsMoreThanHalf() {
        // shrinking(a): an error of a^2 times the mean-prediction error (0.81 for a = 0.9, as the test above has);
        // a = 4 gives 16 times.
        int n = 80;
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = i / (double) n;
            x[2 * i + 1] = i / (double) n;
        }
        double[] loss = new double[100];
        java.util.Arrays.fill(loss, 1.0);
        TrainedAutoencoder below = shrinking(0.9, x, n, loss, 8);
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f is more than half of what predicting each "
                + "feature's mean gives (%.4f)", below.reconstructionMse(), below.baselineMse()),
                AutoencoderNotes.againstTheMean(below));
        TrainedAutoencoder above = shrinking(4, x, n, loss, 8);
        assertEquals(16.0, above.reconstructionMse() / above.baselineMse(), 1e-6);
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f is 16.0 times what predicting each feature's mean "
                + "gives (%.4f)", above.reconstructionMse(), above.baselineMse()), AutoencoderNotes.againstTheMean(above));
    }
}
