package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genrescope.model.embedding.Activation;
import org.genrescope.model.embedding.AutoencoderConfig;
import org.genrescope.model.embedding.DeadUnits;
import org.genrescope.model.embedding.TrainedAutoencoder;

/**
 * What a trained autoencoder's result should say about its training, in the command line's words (the window puts
 * them in its own, {@code WindowWords}): a collapse, a loss still falling, a poor fit, dead units. The advice names
 * only settings other than those in use, so it never suggests what is already chosen.
 */
public final class AutoencoderNotes {
    private AutoencoderNotes() { }

    /**
     * The notes for {@code model} trained on {@code rows} tracks whose features are {@code features} (one per
     * output unit); empty when the training went well.
     */
    public static List<String> of(TrainedAutoencoder model, List<String> features, int rows) {
        List<String> notes = new ArrayList<>();
        if (model.collapsed()) {
            notes.add("the autoencoder collapsed: " + collapse(model, features));
        } else if (model.reconstructsPoorly()) {
            notes.add(model.lossStillFalling() ? stillFalling(model, rows) : levelledOff(model));
        }
        if (!model.collapsed() && !model.deadUnits().none()) {
            notes.add("the autoencoder has dead units, constant over all tracks: "
                    + model.deadUnits().describe(features));
        }
        return notes;
    }

    /** Why {@code model} collapsed and what to change, as the collapse note and the window's banner say it. */
    public static String collapse(TrainedAutoencoder model, List<String> features) {
        DeadUnits dead = model.deadUnits();
        return String.format(Locale.ROOT, "units died (%s: constant over all tracks) and its reconstruction error "
                + "%s; a dead unit never learns again, so these clusters are not a result. %s", dead.describe(features),
                againstTheMean(model), collapseAdvice(model.config(), dead));
    }

    /** Another seed always; a unit kind that cannot die where a dead unit is ReLU; a smaller step otherwise. */
    static String collapseAdvice(AutoencoderConfig config, DeadUnits dead) {
        List<String> choices = new ArrayList<>();
        if (dead.code().length > 0 && config.activation() == Activation.RELU) {
            choices.add("--activation tanh");
        }
        if (dead.output().length > 0 && config.outputActivation() == Activation.RELU) {
            choices.add("--output-activation identity");
        }
        if (choices.isEmpty()) {
            // tanh units die by saturating: too large steps drive their inputs far from 0
            choices.add(String.format(Locale.ROOT, "a smaller --learning-rate (now %s)", number(config.learningRate())));
        }
        return "Train again with another --seed, or choose " + String.join(" and ", choices) + ".";
    }

    private static String stillFalling(TrainedAutoencoder model, int rows) {
        int epochs = model.epochsRun();
        int tenth = Math.max(1, (int) Math.round(epochs / 10.0));
        AutoencoderConfig c = model.config();
        int trainingRows = rows - (int) Math.round(rows * c.validationSplit());
        int steps = (trainingRows + c.batchSize() - 1) / c.batchSize();
        String batch = steps >= 10 ? "" : String.format(Locale.ROOT, "; with --batch %d each epoch over %,d tracks "
                + "is only %d Adam %s, so a smaller --batch may help too", c.batchSize(), trainingRows, steps,
                steps == 1 ? "step" : "steps");
        return String.format(Locale.ROOT, "the autoencoder's loss was still falling at the last epoch (by %.1f %% "
                + "over the last %d %s) and its reconstruction error %s: it is under-trained, not collapsed; more "
                + "--epochs (now %d) may help%s",
                100 * model.lossDropOverLastTenth(), tenth, tenth == 1 ? "epoch" : "epochs",
                againstTheMean(model), epochs, batch);
    }

    private static String levelledOff(TrainedAutoencoder model) {
        AutoencoderConfig c = model.config();
        String wider = c.latentSize() < model.inputSize() - 1
                ? String.format(Locale.ROOT, "a larger --latent (now %d) or ", c.latentSize()) : "";
        return String.format(Locale.ROOT, "the autoencoder reproduces the data poorly: its reconstruction error %s "
                + "and its loss had levelled off, with every unit alive; %sanother --seed may help",
                againstTheMean(model), wider);
    }

    /**
     * The reconstruction error beside the error of predicting each feature's mean: "more than half of" it when
     * below it (the notes are given from half on), else how many times it, which "more than half" would undersell.
     */
    static String againstTheMean(TrainedAutoencoder model) {
        double error = model.reconstructionMse();
        double mean = model.baselineMse();
        if (error < mean) {
            return String.format(Locale.ROOT, "%.4f is more than half of what predicting each feature's mean gives "
                    + "(%.4f)", error, mean);
        }
        return String.format(Locale.ROOT, "%.4f is %.1f times what predicting each feature's mean gives (%.4f)", error,
                error / mean, mean);
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
