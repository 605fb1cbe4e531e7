package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The stall meter's readers: the JVM's safepoint log and Linux's per-thread scheduler statistics. */
class StallToolsTest {
    private static final List<String> LOG = List.of(
            "[1698873258ns][safepoint] Safepoint \"Cleanup\", Time since last: 1312755589 ns, Reaching safepoint: "
                    + "137361 ns, Cleanup: 72888 ns, At safepoint: 13646 ns, Total: 223895 ns",
            "[5799467322ns][safepoint] Safepoint \"G1CollectFull\", Time since last: 101450071 ns, Reaching "
                    + "safepoint: 8095 ns, Cleanup: 38864 ns, At safepoint: 241535051 ns, Total: 241582010 ns",
            "[5900000000ns][safepoint,stats  ] Maximum sync time  0 ns",
            "[6000000000ns][safepoint] Safepoint \"ThreadDump\", Time since last: 1 ns, Reaching safepoint: "
                    + "40000000 ns, At safepoint: 10000000 ns, Total: 50000000 ns");

    @Test
    void safepointLinesAreReadAndOverlapTheirWindowOnly() {
        List<SafepointLog.Safepoint> read = SafepointLog.parse(LOG);
        assertEquals(3, read.size(), "the stats line is not a safepoint");
        assertEquals(new SafepointLog.Safepoint(5_799_467_322L, "G1CollectFull", 8095, 241_582_010), read.get(1));
        SafepointLog log = new SafepointLog(read, 0); // the log's clock is the caller's here
        // the full collection spans 5,557,885,312 .. 5,799,467,322 ns; a window over its last 100 ms
        assertEquals(100_000_000, log.stoppedWithin(5_699_467_322L, 5_900_000_000L));
        assertEquals(List.of(), log.within(1_698_873_258L, 5_000_000_000L), "ends where the first one ended");
        // the thread dump spans 5,950,000,000 .. 6,000,000,000; a window over both: 241.6 + 50 ms, 241.6 without it
        assertEquals(291_582_010, log.stoppedWithin(5_000_000_000L, 7_000_000_000L));
        assertEquals(241_582_010, log.stoppedWithin(5_000_000_000L, 7_000_000_000L, "ThreadDump"));
    }

    @Test
    void schedulerLinesAndThreadNamesAreRead() {
        assertArrayEquals(new long[] {5580769, 10263577}, ThreadSchedule.parseSchedstat("5580769 10263577 3\n"));
        // user nice system idle iowait irq softirq steal: busy = all but idle and iowait
        assertArrayEquals(new long[] {100 + 5 + 50 + 1 + 2 + 3, 100 + 5 + 50 + 1000 + 20 + 1 + 2 + 3},
                ThreadSchedule.parseCpuLine("cpu  100 5 50 1000 20 1 2 3 0 0"));
        assertEquals("genrescope-worker", ThreadSchedule.group("genrescope-worker-12"));
        assertEquals("GC Thread", ThreadSchedule.group("GC Thread#1"));
        assertEquals("QuantumRenderer", ThreadSchedule.group("QuantumRenderer"));
    }

    @Test
    void aKeptOpenFileIsReadAgainFromItsStart(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("schedstat");
        Files.writeString(file, "5580769 10263577 3\n");
        try (ProcFile read = ProcFile.open(file)) {
            assertArrayEquals(new long[] {5580769, 10263577}, read.readTwo());
            Files.writeString(file, "cpu  100 5 50 1000 20 1 2 3 0 0\ncpu0 1 2 3\n");
            assertEquals("cpu  100 5 50 1000 20 1 2 3 0 0", read.firstLine());
            assertArrayEquals(new long[] {100, 5}, read.readTwo());
            Files.writeString(file, "7\n");
            assertEquals(null, read.readTwo(), "one number is not a schedstat line");
        }
        assertEquals(null, ProcFile.open(dir.resolve("absent")));
    }

    @Test
    void snapshotsReadEachThreadAnewAndDropThoseThatEnded() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "Linux only");
        String[] tid = new String[1];
        CountDownLatch started = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean spin = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread spinner = new Thread(() -> {
            tid[0] = BackgroundPriority.threadId().orElseThrow();
            started.countDown();
            while (spin.get()) {
                Thread.onSpinWait();
            }
        }, "stall-test-spin");
        spinner.setDaemon(true);
        spinner.start();
        started.await();
        ThreadSchedule schedule = new ThreadSchedule();
        ThreadSchedule.Snapshot before = schedule.take();
        int id = Integer.parseInt(tid[0]);
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(spinner.getId());
        Thread.sleep(200);
        long cpu1 = java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(spinner.getId());
        ThreadSchedule.Snapshot after = schedule.take();
        long ran = ThreadSchedule.delta(before, after, id)[0];
        // the kernel's run time of the spinning thread grew at least as its CPU time did within (read independently,
        // ThreadMXBean: the same clock), and no more than the time between the snapshots
        assertTrue(cpu1 > cpu0, "the spinner ran");
        assertTrue(ran >= cpu1 - cpu0, ran + " ns in the snapshots against " + (cpu1 - cpu0) + " within them");
        assertTrue(ran <= after.at() - before.at() + 50_000_000L, "no more than the wall time");
        assertEquals("stall-test-spin", schedule.name(id));
        spin.set(false);
        spinner.join();
        Thread.sleep(50);
        ThreadSchedule.Snapshot gone = schedule.take();
        assertEquals(false, gone.tasks().containsKey(id), "an ended thread is left out");
    }

    @Test
    void aThreadWaitingOnALockSleepsInFutexAndItsNameIsKnown() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "Linux only");
        CountDownLatch never = new CountDownLatch(1);
        String[] tid = new String[1];
        CountDownLatch started = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            tid[0] = BackgroundPriority.threadId().orElseThrow();
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                return;
            }
        }, "stall-test-waiter");
        waiter.setDaemon(true);
        waiter.start();
        started.await();
        while (waiter.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        Thread.sleep(20); // parked in Java a moment before the kernel shows it asleep
        assertEquals("S futex", ThreadSchedule.stateOf(Integer.parseInt(tid[0])));
        ThreadSchedule schedule = new ThreadSchedule();
        schedule.take();
        assertEquals(Integer.parseInt(tid[0]), schedule.find("stall-test-wait"), "the kernel's 15 characters");
        waiter.interrupt();
    }
}
