package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The warm-up's action runs once, after its last pulse, so the workbench's load begins after it (headless). */
class TableWarmUpTest {
    @BeforeAll
    static void startTheToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theActionRunsOnceAfterTheWarmUpsPulses() throws Exception {
        AtomicInteger pulses = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger pulsesAtRun = new AtomicInteger(-1);
        ScreenCapture.onFx(() -> {
            new AnimationTimer() { // started first: counts each pulse before the warm-up's timer sees it
                @Override
                public void handle(long now) {
                    if (pulses.incrementAndGet() > 100) {
                        stop();
                    }
                }
            }.start();
            TableWarmUp.start(new Scene(new StackPane()), 5, () -> {
                runs.incrementAndGet();
                pulsesAtRun.set(pulses.get());
            });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runs.get() > 0);
        int at = pulses.get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulses.get() >= at + 5);
        assertEquals(1, runs.get(), "ran once");
        assertTrue(pulsesAtRun.get() >= 6, "ran at pulse " + pulsesAtRun.get() + ", before the 5 tables' pulses ended");
    }

    @Test
    void theFirstTablesAreSmallAndGrow() {
        // 1 x 2, 2 x 3, 3 x 4, 4 x 5, then 4 x 6 cells: the cold first pulses make few
        int[] cells = new int[7];
        for (int pulse = 1; pulse <= 7; pulse++) {
            cells[pulse - 1] = TableWarmUp.columns(pulse) * TableWarmUp.rows(pulse);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {2, 6, 12, 20, 24, 24, 24}, cells);
    }

    @Test
    void withoutAWarmUpTheActionRunsAtOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        ScreenCapture.onFx(() -> {
            TableWarmUp.start(new Scene(new StackPane()), 0, runs::incrementAndGet);
            assertEquals(1, runs.get(), "at once, on the calling pulse");
        });
    }
}
