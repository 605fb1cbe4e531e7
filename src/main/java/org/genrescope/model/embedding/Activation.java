package org.genrescope.model.embedding;

import java.util.Locale;

/** The activation of an autoencoder layer; applied the same way in training (DL4J) and in {@link TrainedAutoencoder}. */
public enum Activation {
    /** max(0, x): the study's choice for every layer, including the output. */
    RELU,
    /** tanh(x). */
    TANH,
    /** x: a linear layer. */
    IDENTITY;

    /** The lower-case name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    double apply(double x) {
        switch (this) {
            case RELU:
                return x > 0 ? x : 0;
            case TANH:
                return Math.tanh(x);
            default:
                return x;
        }
    }
}
