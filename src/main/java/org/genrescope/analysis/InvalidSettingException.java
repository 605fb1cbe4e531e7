package org.genrescope.analysis;

/** A setting the user gave that cannot be used; the message is one sentence naming the setting. */
public final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String setting;

    public InvalidSettingException(String setting, String problem) {
        super(setting + ": " + problem + (problem.endsWith(".") ? "" : "."));
        this.setting = setting;
    }

    private InvalidSettingException(String setting, String sentence, boolean whole) {
        super(sentence.endsWith(".") ? sentence : sentence + ".");
        this.setting = setting;
    }

    /**
     * Wraps a model config's validation error, whose message starts with the option's name
     * (e.g. "--epochs must be at least 1, got 0").
     */
    public static InvalidSettingException fromModel(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "invalid setting" : e.getMessage();
        String setting = message.startsWith("--") ? message.split("[\\s:]", 2)[0] : "settings";
        return new InvalidSettingException(setting, message, true);
    }

    /** The setting's name as the command line spells it, e.g. "--k". */
    public String setting() {
        return setting;
    }
}
