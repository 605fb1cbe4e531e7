package org.genrescope.session;

/** A session file that cannot be used, with one sentence saying why (corrupt, newer format, wrong shapes). */
public final class SessionFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public SessionFormatException(String message) {
        super(message);
    }

    public SessionFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
