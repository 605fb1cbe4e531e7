package org.genrescope.analysis;

/** A setting the user gave that cannot be used; the message is one sentence naming the setting. */
public final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String setting;

    public InvalidSettingException(String setting, String problem) {
        super(setting + ": " + problem + (problem.endsWith(".") ? "" : "."));
        this.setting = setting;
    }

    /** The setting's name as the command line spells it, e.g. "--k". */
    public String setting() {
        return setting;
    }
}
