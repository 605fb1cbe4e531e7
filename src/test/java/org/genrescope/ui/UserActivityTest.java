package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.junit.jupiter.api.Test;

class UserActivityTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final UserActivity activity = new UserActivity(now::get);

    private void advanceMillis(long ms) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    @Test
    void isBusyForTheTimeAskedAndTheLongerOfTwoAsks() {
        assertFalse(activity.busy());
        activity.busyFor(1500);
        activity.busyFor(300); // a frame's 300 ms do not cut a result's 1.5 s short
        advanceMillis(1499);
        assertTrue(activity.busy());
        advanceMillis(1);
        assertFalse(activity.busy());
    }

    @Test
    void aHeldButtonIsBusyUntilReleasedAndForAWhileAfter() {
        activity.pressed();
        advanceMillis(60_000); // a minute's drag
        assertTrue(activity.busy());
        activity.released();
        advanceMillis(UserActivity.AFTER_RELEASE_MS - 1);
        assertTrue(activity.busy());
        advanceMillis(1);
        assertFalse(activity.busy());
        activity.released(); // a release without its press (the press went to another node) holds nothing
        activity.pressed();
        activity.released();
        advanceMillis(UserActivity.AFTER_RELEASE_MS);
        assertFalse(activity.busy());
    }

    @Test
    void neverIsBusyWhenNone() {
        UserActivity.NONE.pressed();
        UserActivity.NONE.busyFor(60_000);
        assertFalse(UserActivity.NONE.busy());
        CancellationSource cancel = new CancellationSource();
        assertFalse(UserActivity.NONE.yielding(cancel).isCancelled());
        cancel.cancel();
        assertTrue(UserActivity.NONE.yielding(cancel).isCancelled());
    }

    @Test
    void theYieldingTokenWaitsWhileBusyAndGoesOnWhenQuiet() throws Exception {
        UserActivity real = new UserActivity();
        CancellationToken token = real.yielding(new CancellationSource());
        real.pressed();
        CountDownLatch asked = new CountDownLatch(1);
        AtomicBoolean answered = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean(true);
        Thread worker = new Thread(() -> {
            asked.countDown();
            cancelled.set(token.isCancelled());
            answered.set(true);
        });
        worker.start();
        asked.await();
        worker.join(200);
        assertFalse(answered.get(), "answered while a button was held");
        real.released();
        worker.join(5_000);
        assertTrue(answered.get());
        assertFalse(cancelled.get());
    }

    @Test
    void theYieldingTokenAnswersACancelAtOnceEvenWhileBusy() throws Exception {
        UserActivity real = new UserActivity();
        CancellationSource cancel = new CancellationSource();
        CancellationToken token = real.yielding(cancel);
        real.pressed();
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread worker = new Thread(() -> cancelled.set(token.isCancelled()));
        worker.start();
        worker.join(100);
        assertTrue(worker.isAlive());
        cancel.cancel();
        worker.join(5_000);
        assertFalse(worker.isAlive());
        assertTrue(cancelled.get());
        assertEquals(true, real.busy()); // still held: only the cancel ended the wait
    }
}
