package org.genrescope.data;

import java.util.Locale;

/** The decimal mark of numbers in a flat CSV: detected ({@link #AUTO}), a point, or a comma (European exports). */
public enum DecimalMark {
    AUTO((char) 0), POINT('.'), COMMA(',');

    private final char character;

    DecimalMark(char character) {
        this.character = character;
    }

    /** The mark; 0 for {@link #AUTO}. */
    public char character() {
        return character;
    }

    /** The lower-case name, as the command line and the report spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
