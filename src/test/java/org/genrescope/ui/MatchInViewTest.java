package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class MatchInViewTest {
    /** 10 px a char: room for n chars is 10 n. */
    private static final ToDoubleFunction<String> TEN_PX = t -> 10.0 * t.length();

    private static String shown(String text, String match, double room) {
        int start = text.indexOf(match);
        return MatchInView.shown(text, start, start + match.length(), room, TEN_PX);
    }

    @Test
    void aTextWhoseMatchFitsIsShownFromItsBeginning() {
        assertEquals("Greatest Hits Vol. 3", shown("Greatest Hits Vol. 3", "Vol", 400), "it all fits");
        // "Greatest Hits" and the skin's "..." after it: 16 chars
        assertEquals("Greatest Hits Vol. 3", shown("Greatest Hits Vol. 3", "Hits", 160));
        assertEquals("Greatest Hits Vol. 3", shown("Greatest Hits Vol. 3", "Great", 50), "a match at the start");
        assertEquals("Greatest Hits Vol. 3", shown("Greatest Hits Vol. 3", "Vol", 0), "not laid out yet");
        assertEquals("Greatest Hits Vol. 3", MatchInView.shown("Greatest Hits Vol. 3", -1, 0, 50, TEN_PX), "no match");
    }

    @Test
    void aLateMatchIsShownWithTheWordBeforeItWhenThereIsRoom() {
        // "...Hits Vol. 3": 14 chars; the whole text to the match's end and "...": 20 + 0
        assertEquals("...Hits Vol. 3", shown("Greatest Hits Vol. 3", "Vol. 3", 150));
        // no room for "Hits ": from the match itself, the skin cuts the end
        assertEquals("...Vol. 3", shown("Greatest Hits Vol. 3", "Vol. 3", 100));
        assertEquals("...Vol. 3", shown("Greatest Hits Vol. 3", "Vol. 3", 20), "even in very little room");
        // context starts at a word, at most 12 chars back: not "...st Hits Vol"
        assertEquals("...Hits Vol. 3 (Remastered)", shown("Greatest Hits Vol. 3 (Remastered)", "Vol", 140));
        assertEquals("...Vol. 3 (Remastered)", shown("Greatest Hits Vol. 3 (Remastered)", "Vol", 90));
    }

    @Test
    void onlyTheWordStartsWithinTheContextCount() {
        // the word before starts 20 chars before the match: past CONTEXT, so from the match
        String text = "Symphonieorchesterwerk Nacht";
        assertEquals("...Nacht", shown(text, "Nacht", 200));
    }
}
