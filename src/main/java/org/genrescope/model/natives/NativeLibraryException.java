package org.genrescope.model.natives;

/**
 * A set of native libraries could not be loaded. Its message is one sentence for the user that says what to do;
 * the cause holds JavaCPP's own error. The libraries stay unusable until the application restarts (a failed
 * class initialiser is not retried by the JVM).
 */
public final class NativeLibraryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Start of every message, so that a message passed on as text (from the training process) is recognised. */
    static final String OPENING = "could not load the native libraries for ";

    NativeLibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The same failure seen from another process (the training process sends it as text).
     *
     * @param message a message for which {@link #isItsMessage} holds
     */
    public NativeLibraryException(String message) {
        super(message);
    }

    /** Whether a failure's text is this exception's message (the training process sends failures as text). */
    public static boolean isItsMessage(String message) {
        return message != null && message.startsWith(OPENING);
    }
}
