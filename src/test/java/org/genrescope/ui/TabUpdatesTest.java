package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hidden tabs take a result one pulse each, after the pulse of the tab on screen; a shown tab at once; a tab shown
 * while its update waits gets it then; a newer update of a waiting tab replaces the older (headless, Monocle).
 */
class TabUpdatesTest {
    /** Pulses counted by an animation timer of the test's own (one tick per pulse). */
    private static final long[] PULSES = {0};
    private static final AnimationTimer COUNTER = new AnimationTimer() {
        @Override
        public void handle(long now) {
            PULSES[0]++;
        }
    };

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new Label("tabs"), 300, 200));
            s.show();
        });
        onFx(COUNTER::start);
    }

    @AfterAll
    static void stop() throws Exception {
        onFx(COUNTER::stop);
        FxToolkit.cleanupStages();
    }

    @Test
    void hiddenTabsRunOnePulseEachAfterTheCurrentOne() throws Exception {
        TabUpdates later = new TabUpdates();
        List<Long> ranAt = new ArrayList<>();
        long[] enqueuedAt = new long[1];
        int[] ranInTheEvent = {-1};
        Runnable genres = later.whenShown(new SimpleBooleanProperty(false), () -> ranAt.add(PULSES[0]));
        Runnable profiles = later.whenShown(new SimpleBooleanProperty(false), () -> ranAt.add(PULSES[0]));
        onFx(() -> {
            genres.run();
            profiles.run();
            enqueuedAt[0] = PULSES[0];
            ranInTheEvent[0] = ranAt.size();
        });
        assertEquals(0, ranInTheEvent[0], "not in the event that brought the result");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ranAt.size() == 2);
        assertTrue(ranAt.get(0) > enqueuedAt[0] + 1, "not in the pulse that shows the result in the shown tab: "
                + ranAt + " after " + enqueuedAt[0]);
        assertNotEquals(ranAt.get(0), ranAt.get(1), "each in a pulse of its own");
        boolean[] waiting = {true};
        onFx(() -> waiting[0] = later.waiting());
        assertFalse(waiting[0]);
    }

    @Test
    void aHiddenTabsPartsRunInPulsesOfTheirOwnAndAllAtOnceInOrderWhenShown() throws Exception {
        TabUpdates later = new TabUpdates();
        List<Long> ranAt = new ArrayList<>();
        Runnable genres = later.whenShown(new SimpleBooleanProperty(false), () -> ranAt.add(PULSES[0]),
                () -> ranAt.add(PULSES[0]), () -> ranAt.add(PULSES[0]));
        onFx(genres);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ranAt.size() == 3);
        assertTrue(ranAt.get(0) < ranAt.get(1) && ranAt.get(1) < ranAt.get(2), "each part a pulse of its own: "
                + ranAt);

        SimpleBooleanProperty profilesShown = new SimpleBooleanProperty(false);
        List<String> order = new ArrayList<>();
        TabUpdates spaced = new TabUpdates(5_000, 0);
        Runnable profiles = spaced.whenShown(profilesShown, () -> order.add("bars"), () -> order.add("table"));
        onFx(() -> {
            profiles.run();
            profiles.run(); // a newer result first: each part still once
            profilesShown.set(true);
        });
        assertEquals(List.of("bars", "table"), order, "shown: every waiting part at once, in order, once");
        onFx(profiles);
        assertEquals(List.of("bars", "table", "bars", "table"), order, "while shown: every part at once, in order");
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(4, order.size(), "and none again in a later pulse");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> later.whenShown(profilesShown));
    }

    @Test
    void spacedUpdatesWaitTheirGaps() throws Exception {
        TabUpdates later = new TabUpdates(300, 150);
        List<Long> ranAt = new ArrayList<>();
        long[] queuedAt = new long[1];
        Runnable genres = later.whenShown(new SimpleBooleanProperty(false), () -> ranAt.add(System.nanoTime()));
        Runnable profiles = later.whenShown(new SimpleBooleanProperty(false), () -> ranAt.add(System.nanoTime()));
        onFx(() -> {
            queuedAt[0] = System.nanoTime();
            genres.run();
            profiles.run();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ranAt.size() == 2);
        // lower bounds only: how much later than its gap an update runs depends on the machine's load
        assertTrue(ranAt.get(0) - queuedAt[0] >= 300_000_000L, "the first no sooner than 300 ms after: "
                + (ranAt.get(0) - queuedAt[0]) / 1e6 + " ms");
        assertTrue(ranAt.get(1) - ranAt.get(0) >= 150_000_000L, "the second no sooner than 150 ms after the first: "
                + (ranAt.get(1) - ranAt.get(0)) / 1e6 + " ms");
    }

    @Test
    void aSpacedUpdateRunsAtOnceWhenItsTabIsShown() throws Exception {
        TabUpdates later = new TabUpdates(5_000, 0);
        SimpleBooleanProperty genresShown = new SimpleBooleanProperty(false);
        int[] runs = {0};
        Runnable genres = later.whenShown(genresShown, () -> runs[0]++);
        int[] seen = {-1};
        onFx(() -> {
            genres.run();
            genresShown.set(true);
            seen[0] = runs[0];
        });
        assertEquals(1, seen[0], "shown within the gap: at once");
    }

    @Test
    void negativeGapsAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TabUpdates(-1, 0));
    }

    @Test
    void aShownTabAtOnceAndAHiddenOneWhenShown() throws Exception {
        TabUpdates later = new TabUpdates();
        int[] runs = {0, 0};
        SimpleBooleanProperty clustersShown = new SimpleBooleanProperty(true);
        SimpleBooleanProperty genresShown = new SimpleBooleanProperty(false);
        Runnable clusters = later.whenShown(clustersShown, () -> runs[0]++);
        Runnable genres = later.whenShown(genresShown, () -> runs[1]++);
        int[] seen = new int[4];
        boolean[] stillWaiting = {true};
        onFx(() -> {
            clusters.run();
            seen[0] = runs[0];
            genres.run();
            genres.run(); // a newer result before the older was taken in: one update
            seen[1] = runs[1];
            genresShown.set(true);
            seen[2] = runs[1];
            stillWaiting[0] = later.waiting();
        });
        assertEquals(1, seen[0], "the tab on screen at once");
        assertEquals(0, seen[1], "a hidden tab not at once");
        assertEquals(1, seen[2], "shown: its waiting update at once, once");
        assertFalse(stillWaiting[0]);
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(1, runs[1], "and not again in a later pulse");
    }

    @Test
    void anUpdateHeldUntilShownRunsOnceWhenTheTabIsShownAndAtOnceWhileShown() throws Exception {
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
        int[] runs = {0};
        Runnable update = TabUpdates.untilShown(shown, () -> runs[0]++);
        onFx(() -> {
            update.run();
            update.run(); // a newer update while hidden: still one run when shown
        });
        assertEquals(0, runs[0], "nothing runs while the tab is hidden");
        onFx(() -> shown.set(true));
        assertEquals(1, runs[0], "the held update runs as the tab is shown, once");
        onFx(() -> {
            shown.set(false);
            shown.set(true);
        });
        assertEquals(1, runs[0], "showing the tab again runs nothing new");
        onFx(update::run);
        assertEquals(2, runs[0], "a shown tab's update runs at once");
    }

    private static void onFx(Runnable action) throws Exception {
        assertTrue(ScreenCapture.onFx(action, 20, TimeUnit.SECONDS));
    }
}
