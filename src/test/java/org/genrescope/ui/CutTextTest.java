package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** A wrapped cell's text cut to its lines, with lines of ten characters 15 px high (no toolkit). */
class CutTextTest {
    /** Wraps at ten characters a line (as a column would at its width) and gives the height of the lines. */
    private static final ToDoubleFunction<String> TEN = t -> 15.0 * Math.max(1, Math.ceil(t.length() / 10.0));

    @Test
    void textWithinItsLinesStaysWhole() {
        assertEquals("high energy +1.14 sd", CutText.fitted("high energy +1.14 sd", TEN, 15, 3));
    }

    @Test
    void longerTextIsCutAtTheLastWordThatFitsWithAnEllipsis() {
        String text = "low instrumentalness -1.54 sd, high danceability +0.88 sd, low acousticness -0.61 sd";
        String cut = CutText.fitted(text, TEN, 15, 3);
        assertEquals("low instrumentalness -1.54\u2026", cut, "27 characters: three lines of ten");
        assertEquals(45, TEN.applyAsDouble(cut), 1e-9);
        assertEquals("\u2026", CutText.fitted("instrumentalnessinstrumentalness", TEN, 15, 1),
                "not even the first word fits");
    }
}
