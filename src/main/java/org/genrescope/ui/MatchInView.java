package org.genrescope.ui;

import java.util.function.ToDoubleFunction;

/**
 * What a Data-tab cell too narrow for its text shows of it so that the search's match is in view: a new user searched
 * an album's "Vol. 3", saw the row marked as matching by its album and could not see why, the cell cut to
 * "Greatest Hits of th..." (session 17). The skin still cuts what does not fit at the end with "...".
 */
final class MatchInView {
    private MatchInView() { }

    /** The mark of text left out at the beginning, as the skin marks it at the end. */
    static final String ELLIPSIS = "...";
    /** Characters of the text before the match kept for context when there is room, from a word's start. */
    static final int CONTEXT = 12;

    /**
     * The text to give the cell.
     *
     * @param text  the whole text
     * @param start the match's first char in {@code text}, -1 for none
     * @param end   one past its last char
     * @param room  the cell's width for text, px; 0 or less: not laid out yet
     * @param width a text's width in the cell's font, px
     * @return {@code text} itself when there is no match or no room known, or when its beginning up to the match's
     *         end fits (with the skin's "..." after it if more follows); else {@link #ELLIPSIS} and the text from
     *         up to {@link #CONTEXT} chars before the match (a word's start, when one is there and it fits), or from
     *         the match itself
     */
    static String shown(String text, int start, int end, double room, ToDoubleFunction<String> width) {
        if (start <= 0 || room <= 0) {
            return text;
        }
        String after = end < text.length() ? ELLIPSIS : "";
        if (width.applyAsDouble(text.substring(0, end) + after) <= room) {
            return text;
        }
        int from = start;
        for (int i = Math.max(1, start - CONTEXT); i < start; i++) {
            if (text.charAt(i - 1) == ' ' && text.charAt(i) != ' '
                    && width.applyAsDouble(ELLIPSIS + text.substring(i, end) + after) <= room) {
                from = i;
                break;
            }
        }
        return ELLIPSIS + text.substring(from);
    }
}
