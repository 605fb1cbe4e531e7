package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pulse counting that lets a new data's first plot frame wait for the render thread (no toolkit). */
class AfterRenderTest {
    private final List<String> events = new ArrayList<>();
    private final AfterRender after = new AfterRender(() -> events.add("start"), () -> events.add("stop"));

    @Test
    void anActionRunsAtTheStartOfTheSecondPulseAfterItWasAskedFor() {
        after.run(() -> events.add("frame"));
        assertEquals(List.of("start"), events, "the pulses are asked for, nothing runs yet");
        after.pulse();
        assertEquals(List.of("start"), events, "the first pulse's render thread may still draw the one asked in");
        assertTrue(after.waiting());
        after.pulse();
        assertEquals(List.of("start", "stop", "frame"), events, "no more pulses asked for once nothing waits");
        assertFalse(after.waiting());
        after.pulse();
        assertEquals(3, events.size(), "each action once");
    }

    @Test
    void actionsAskedInDifferentPulsesEachWaitTheirOwnTwo() {
        after.run(() -> events.add("a"));
        after.pulse();
        after.run(() -> events.add("b"));
        after.pulse();
        assertEquals(List.of("start", "a"), events, "b was asked a pulse later; the pulses go on for it");
        after.pulse();
        assertEquals(List.of("start", "a", "stop", "b"), events);
    }

    @Test
    void anActionThatAsksAgainWaitsAgain() {
        after.run(() -> after.run(() -> events.add("second")));
        after.pulse();
        after.pulse();
        assertEquals(List.of("start", "stop", "start"), events, "asked again from inside: pulses asked for again");
        after.pulse();
        after.pulse();
        assertEquals(List.of("start", "stop", "start", "stop", "second"), events);
    }
}
