package org.genrescope.data;

import java.util.Locale;

/** The field separator of a flat CSV: detected ({@link #AUTO}) or one of the four spreadsheets write. */
public enum CsvDelimiter {
    AUTO((char) 0), COMMA(','), SEMICOLON(';'), TAB('\t'), PIPE('|');

    private final char character;

    CsvDelimiter(char character) {
        this.character = character;
    }

    /** The separator character; 0 for {@link #AUTO}. */
    public char character() {
        return character;
    }

    /** The lower-case name, as the command line and the report spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CsvDelimiter of(char c) {
        for (CsvDelimiter d : values()) {
            if (d != AUTO && d.character == c) {
                return d;
            }
        }
        throw new IllegalArgumentException("no delimiter '" + c + "'");
    }
}
