package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cluster command's early loading of its file writers: when it starts, and that it changes no progress. */
class OutputWritersStartTest {

    @Test
    void startsOnceAtTheFirstStagePastTheDataAndPassesEveryEventOn() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        OutputWritersStart start = new OutputWritersStart(() -> {
            runs.incrementAndGet();
            ran.countDown();
        });
        List<String> heard = new ArrayList<>();
        var listener = start.startingAfterTheData((stage, done, total, message) ->
                heard.add(stage + " " + done + "/" + total + " " + message));
        listener.progress("load", 0, -1, "reading");
        listener.progress("group", 0, 1, "grouping genres");
        listener.progress("scale", 0, 1, "scaling");
        assertFalse(start.started(), "nothing starts while the data is read, grouped and scaled");
        listener.progress("autoencoder", 1, 100, "epoch 1");
        listener.progress("autoencoder", 2, 100, "epoch 2");
        listener.progress("kmeans", 1, 100, "restart 1");
        assertTrue(start.started());
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertEquals(1, runs.get(), "started once");
        assertEquals(List.of("load 0/-1 reading", "group 0/1 grouping genres", "scale 0/1 scaling",
                "autoencoder 1/100 epoch 1", "autoencoder 2/100 epoch 2", "kmeans 1/100 restart 1"), heard);
    }

    @Test
    void kMeansStartsItWhenNothingIsTrained() {
        OutputWritersStart start = new OutputWritersStart(() -> { });
        var listener = start.startingAfterTheData((stage, done, total, message) -> { });
        listener.progress("scale", 0, 1, "scaling");
        listener.progress("kmeans", 1, 100, "restart 1");
        assertTrue(start.started());
    }

    @Test
    void everyClassItLoadsExists() {
        // named as text (loading them is the point): a renamed writer must fail here, not be skipped silently
        for (String name : OutputWritersStart.WRITER_CLASSES) {
            assertDoesNotThrow(() -> Class.forName(name, false, OutputWritersStart.class.getClassLoader()), name);
        }
    }
}
