package org.genrescope.settings;

import java.util.function.UnaryOperator;

/**
 * A setting the user gave that cannot be used. The message is one sentence naming the setting as the command
 * line spells it ({@code --k: must be at least 2, got 1.}); {@link #describedAs} names it another way, such as
 * the control's label in the window.
 */
public final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String setting;
    private final String problem;

    /**
     * @param setting the option, such as {@code --k}
     * @param problem what is wrong, without the setting's name, such as {@code must be at least 2, got 1}
     */
    public InvalidSettingException(String setting, String problem) {
        super(sentence(setting, problem));
        this.setting = setting;
        this.problem = problem;
    }

    /**
     * Recovers the setting from a message that starts with an option, such as a model's error that crossed a
     * process boundary as text ({@code "--latent: must be between 1 and 7 ..."}); other messages name "settings".
     */
    public static InvalidSettingException fromModel(IllegalArgumentException e) {
        if (e instanceof InvalidSettingException known) {
            return known;
        }
        String message = e.getMessage() == null ? "invalid setting" : e.getMessage();
        if (!message.startsWith("--")) {
            return new InvalidSettingException("settings", message);
        }
        String[] parts = message.split("[\\s:]", 2);
        String rest = parts.length < 2 ? "is invalid" : parts[1].strip();
        if (rest.endsWith(".")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return new InvalidSettingException(parts[0], rest);
    }

    /** The setting's name as the command line spells it, e.g. "--k". */
    public String setting() {
        return setting;
    }

    /** What is wrong, without the setting's name. */
    public String problem() {
        return problem;
    }

    /** The same sentence with the setting named by {@code naming} (given the option, such as "--k"). */
    public String describedAs(UnaryOperator<String> naming) {
        return sentence(naming.apply(setting), problem);
    }

    private static String sentence(String setting, String problem) {
        return setting + ": " + problem + (problem.endsWith(".") ? "" : ".");
    }
}
