package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's first frame laid out in its own pulse, and the start's work run after that frame (headless, Monocle). */
class FirstFrameTest {
    private static final List<Stage> stages = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startTheToolkit() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void closeTheStages() throws Exception {
        for (Stage stage : stages) {
            ScreenCapture.onFx(stage::close);
        }
    }

    /**
     * A node whose first three layout passes each ask for another, as a split pane does when it places its dividers
     * from the sizes just computed (the first pass is in {@code show()}, before the first pulse).
     */
    private static final class SettlingRegion extends Region {
        int passes;

        @Override
        protected void layoutChildren() {
            passes++;
            if (passes <= 3) {
                requestLayout();
            }
        }
    }

    /** Whether the scene still needed a layout pass when the first pulse's layout (and settling, if any) had ended. */
    private static boolean needsLayoutAfterTheFirstPulse(boolean settle) throws Exception {
        SettlingRegion region = new SettlingRegion();
        AtomicInteger seen = new AtomicInteger(-1);
        ScreenCapture.onFx(() -> {
            Stage stage = new Stage();
            stages.add(stage);
            Scene scene = new Scene(new StackPane(region), 300, 200);
            stage.setScene(scene);
            if (settle) {
                FirstFrame.settleLayout(scene, 2);
            }
            // added after the settling's listener, so it runs after it within the same pulse
            scene.addPostLayoutPulseListener(() -> seen.compareAndSet(-1, scene.getRoot().isNeedsLayout() ? 1 : 0));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.get() >= 0);
        assertTrue(region.passes >= 2, "laid out in show() and in the first pulse");
        return seen.get() == 1;
    }

    @Test
    void theFirstPulseLaysTheSceneOutUntilNoPassAsksForAnother() throws Exception {
        // the control: without the settling, the pass asked for waits for the next pulse (a second frame)
        assertTrue(needsLayoutAfterTheFirstPulse(false));
        assertFalse(needsLayoutAfterTheFirstPulse(true));
    }

    @Test
    void theActionRunsOnceOnTheFxThreadFromTheSecondPulseOn() throws Exception {
        AtomicInteger pulses = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger pulsesAtRun = new AtomicInteger();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        ScreenCapture.onFx(() -> {
            Stage stage = new Stage();
            stages.add(stage);
            stage.setScene(new Scene(new StackPane(new Region()), 300, 200));
            stage.show();
            new AnimationTimer() { // started first, so it counts a pulse before the action's timer sees it
                @Override
                public void handle(long now) {
                    if (pulses.incrementAndGet() > 200) {
                        stop();
                    }
                }
            }.start();
            FirstFrame.thenRun(() -> {
                runs.incrementAndGet();
                pulsesAtRun.set(pulses.get());
                onFxThread.add(Platform.isFxApplicationThread());
            });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runs.get() > 0);
        int at = pulses.get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulses.get() >= at + 10); // ten pulses more
        assertEquals(1, runs.get(), "ran once");
        assertEquals(List.of(true), onFxThread);
        assertTrue(pulsesAtRun.get() >= 2, "ran at pulse " + pulsesAtRun.get() + ", before the first frame was handed over");
    }
}
