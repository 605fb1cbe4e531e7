package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A cell marked as matching is exactly one whose lower-cased text contains the search's (as TrackFrame matches). */
class SearchMatchTest {

    @Test
    void theNeedleIsTheSearchTrimmedLowerCasedAndCutAtANul() {
        assertEquals("rock", SearchMatch.of("  RoCk ", false).needle());
        assertEquals("ab", SearchMatch.of("AB\u0000cd", false).needle());
        assertFalse(SearchMatch.of("   ", false).any());
        assertFalse(SearchMatch.of(null, false).any());
        assertFalse(SearchMatch.NONE.inText("anything"), "no search marks nothing");
    }

    @Test
    void aCellMatchesWhenItsLowerCasedTextContainsTheNeedle() {
        String[] texts = {"Rock", "Post-Rock", "rOcK and roll", "Röck", "İstanbul", "istanbul", "STRASSE", "Straße",
                "ÉCOLE", "école", "", "ro", "Σίσυφος", "ΣΊΣΥΦΟΣ", "x".repeat(40) + "ROCK"};
        String[] needles = {"rock", "ro", "röck", "i̇stanbul", "istanbul", "straße", "strasse", "école", "σίσυφος",
                "σίσυφοσ", "k", "x"};
        for (String t : texts) {
            for (String n : needles) {
                assertEquals(t.toLowerCase(Locale.ROOT).contains(n), SearchMatch.containsLowered(t, n),
                        "'" + t + "' contains '" + n + "'");
            }
        }
    }

    @Test
    void randomAsciiTextsAgreeWithLowerCasingThemWhole() {
        Random random = new Random(11);
        String letters = "aAbBcC -_1!";
        int matched = 0;
        for (int k = 0; k < 20_000; k++) {
            String text = random(random, letters, random.nextInt(12));
            String needle = random(random, letters, 1 + random.nextInt(3)).toLowerCase(Locale.ROOT);
            boolean expected = text.toLowerCase(Locale.ROOT).contains(needle);
            matched += expected ? 1 : 0;
            assertEquals(expected, SearchMatch.containsLowered(text, needle), "'" + text + "' / '" + needle + "'");
        }
        assertTrue(matched > 1_000 && matched < 19_000, "both answers are tried: " + matched);
    }

    @Test
    void aWholeNumberIdMatchesOnlyWhenItIsTheSearchATextIdWhenItContainsIt() {
        SearchMatch numbers = SearchMatch.of("12", false);
        assertTrue(numbers.inId("12"));
        assertFalse(numbers.inId("112"), "the id 112 is not the track 12 (TrackFrame matches ids whole)");
        assertTrue(numbers.inText("Track 112"), "a title with 12 in it matches");
        SearchMatch text = SearchMatch.of("4uLU", true);
        assertTrue(text.inId("0x4ULUabc"), "a text id (Spotify's) matches in part, any case");
        assertFalse(SearchMatch.of("012", false).inId("12"), "'012' is text, not the id 12");
    }

    @Test
    void theIndexOfAMatchIsWhereItStartsInTheText() {
        SearchMatch m = SearchMatch.of("VOL. 3", false);
        assertEquals(14, m.indexIn("Greatest Hits Vol. 3"));
        assertEquals(-1, m.indexIn("Greatest Hits Vol. 2"));
        assertEquals(-1, m.indexIn(null));
        assertEquals(-1, SearchMatch.NONE.indexIn("anything"), "no search");
        assertEquals(6, SearchMatch.of("echo", false).indexIn("Écho, Echo"), "accented text, same length lowered");
        // lower-casing 'İ' (U+0130) gives two chars: an index in the lowered text is none in the text
        assertEquals(-1, SearchMatch.of("echo", false).indexIn("\u0130stanbul Echo"));
        assertEquals("Greatest Hits Vol. 3".toLowerCase(java.util.Locale.ROOT).indexOf("hits"),
                SearchMatch.of("Hits", false).indexIn("Greatest Hits Vol. 3"));
    }

    private static String random(Random random, String letters, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(letters.charAt(random.nextInt(letters.length())));
        }
        return s.toString();
    }
}
