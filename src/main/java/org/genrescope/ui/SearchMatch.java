package org.genrescope.ui;

import java.util.Locale;
import org.genrescope.data.TrackFrame;

/**
 * What the Data tab's search looks for in one cell, as {@link TrackFrame#rows} matches a row: the search's text
 * trimmed, lower-cased in {@link Locale#ROOT} and cut at its first NUL ({@code needle}); a text cell (title, artist,
 * album, genre, a text id) matches when its lower-cased text contains the needle, a whole-number id when it is the
 * needle. So a cell marked as matching is one that made its row match, and every listed row has one.
 *
 * <p>Cheap enough for a table cell's update on the FX thread: no allocation for a text of plain ASCII (most titles),
 * one lower-cased copy otherwise, so that the answer is exactly {@code toLowerCase(ROOT).contains} (a few letters,
 * such as the dotted capital I, lower-case to two chars).
 *
 * @param needle   the lower-cased text looked for; empty: no search (nothing is marked)
 * @param textIds  whether the ids are text (Spotify's), searched as the other texts, rather than whole numbers
 */
record SearchMatch(String needle, boolean textIds) {
    /** No search. */
    static final SearchMatch NONE = new SearchMatch("", false);

    /** The match of the search box's {@code text} over data whose ids are text ({@code textIds}) or numbers. */
    static SearchMatch of(String text, boolean textIds) {
        return new SearchMatch(org.genrescope.data.TrackFrame.needle(text), textIds);
    }

    /** Whether there is a search (a non-blank one). */
    boolean any() {
        return !needle.isEmpty();
    }

    /** Whether a title, artist, album or genre cell's {@code text} (null: empty) made its row match. */
    boolean inText(String text) {
        return any() && text != null && containsLowered(text, needle);
    }

    /** Whether an id cell's {@code idText} (as the table shows it) made its row match. */
    boolean inId(String idText) {
        return textIds ? inText(idText) : any() && needle.equals(idText);
    }

    /**
     * Whether {@code text} lower-cased in {@link Locale#ROOT} contains {@code needle} (lower-cased already). ASCII
     * text is compared char by char with ASCII lower-casing, which is what {@code toLowerCase(ROOT)} does to it.
     */
    static boolean containsLowered(String text, String needle) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return text.toLowerCase(Locale.ROOT).contains(needle);
            }
        }
        return indexInAscii(text, needle) >= 0;
    }

    /**
     * Where in a title, artist, album or genre cell's {@code text} the search matched: the index of its first char,
     * or -1 when it did not match, or when lower-casing changes the text's length (some non-ASCII letters do), so
     * that no index in the lowered text is one in the text.
     */
    int indexIn(String text) {
        if (!any() || text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                String lowered = text.toLowerCase(Locale.ROOT);
                return lowered.length() == text.length() ? lowered.indexOf(needle) : -1;
            }
        }
        return indexInAscii(text, needle);
    }

    private static int indexInAscii(String text, String needle) {
        int n = needle.length();
        int last = text.length() - n;
        for (int start = 0; start <= last; start++) {
            int k = 0;
            while (k < n && lowerAscii(text.charAt(start + k)) == needle.charAt(k)) {
                k++;
            }
            if (k == n) {
                return start;
            }
        }
        return -1;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
