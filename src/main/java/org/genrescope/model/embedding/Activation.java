package org.genrescope.model.embedding;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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

    /**
     * Parses a name in any case.
     *
     * @param option the command-line option named in the message, e.g. {@code --activation}
     */
    public static Activation parse(String text, String option) {
        String wanted = text == null ? "" : text.trim();
        for (Activation a : values()) {
            if (a.name().equalsIgnoreCase(wanted)) {
                return a;
            }
        }
        throw new IllegalArgumentException(option + " must be one of "
                + Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", ")) + ", got '" + text + "'");
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
