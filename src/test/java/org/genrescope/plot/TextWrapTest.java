package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles and captions wrap rather than being cut: every word survives up to the line limit. */
class TextWrapTest {
    private static final String TITLE = "Clusters of the autoencoder's code (latent size 5), PCA projection of 12,584 tracks";

    @Test
    void aLongTitleWrapsIntoLinesThatFitAndKeepEveryWord() {
        double width = Text.width(TITLE, Theme.TITLE) / 2.2;
        List<String> lines = Text.wrap(TITLE, Theme.TITLE, width, 3);
        assertEquals(3, lines.size(), lines.toString());
        for (String line : lines) {
            assertTrue(Text.width(line, Theme.TITLE) <= width, line);
        }
        assertEquals(TITLE, String.join(" ", lines));
    }

    @Test
    void textThatFitsStaysOneLineAndEmptyTextHasNone() {
        assertEquals(List.of(TITLE), Text.wrap(TITLE, Theme.TITLE, 10_000, 3));
        assertEquals(List.of(), Text.wrap("", Theme.TITLE, 100, 3));
    }

    @Test
    void beyondTheLastLineTheTextEndsInAnEllipsis() {
        double width = Text.width(TITLE, Theme.TITLE) / 5;
        List<String> lines = Text.wrap(TITLE, Theme.TITLE, width, 2);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith("\u2026"), lines.get(1));
        assertTrue(Text.width(lines.get(1), Theme.TITLE) <= width, lines.get(1));
    }
}
