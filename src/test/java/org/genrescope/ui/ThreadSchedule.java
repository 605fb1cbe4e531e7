package org.genrescope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What Linux's scheduler says about each thread of this process (the window benchmarks' tool, not a test): from
 * {@code /proc/self/task/TID/schedstat}, the nanoseconds a thread ran on a CPU and the nanoseconds it was runnable but
 * waited in a run queue for one; and from {@code /proc/stat} how busy the machine's CPUs were (every process). Two
 * snapshots around an FX-thread stall tell apart a thread that ran, one that waited for a core, and one that slept
 * (blocked on a lock, waiting for another thread, or idle): what Java's thread CPU time alone cannot.
 */
final class ThreadSchedule {
    /** Linux's clock ticks per second in /proc/stat ({@code getconf CLK_TCK}; 100 on every common kernel). */
    private static final double TICKS = 100.0;
    private static final Path TASKS = Path.of("/proc/self/task");
    /** Thread names by id, in the order first seen (ids wrap around on a busy machine: not by id). */
    private final Map<Integer, String> names = new LinkedHashMap<>();
    /** Each thread's schedstat, kept open (the X server's apart); closed when its thread is gone. */
    private final Map<Integer, ProcFile> schedstats = new HashMap<>();
    /** The lock of a snapshot's reading (the files and the counters below). */
    private final Object files = new Object();
    private final Set<Integer> secondLook = new HashSet<>();
    private ProcFile xserverStat;
    private ProcFile cpuStat;
    private long taken;

    /**
     * One moment: {@code at} (System.nanoTime), the machine's busy and total CPU ticks since boot, and per thread id
     * {run ns, run-queue wait ns}.
     */
    record Snapshot(long at, long machineBusy, long machineTotal, Map<Integer, long[]> tasks, long[] xserver) { }

    /** The X server's process id ({@code -Dheartbeat.xserverPid}; Xvfb under the benchmarks), or 0: not recorded. */
    private static final long XSERVER = Long.getLong("heartbeat.xserverPid", 0);

    /**
     * The threads' times now; a thread that ended meanwhile is left out. Empty tasks without /proc. Cheap enough to
     * run every 10 ms beside the window it measures: each thread's schedstat is kept open and read again in place (one
     * {@code pread}, no allocation but the snapshot's own), where opening and decoding some 80 files each time cost
     * about 3.7 ms of CPU per snapshot (a third of a core at 100 snapshots a second; docs/benchmarks.md, "The stall
     * meter's own cost, the first frames and the JIT's threads (session 10)").
     */
    Snapshot take() {
        synchronized (files) {   // one snapshot at a time; the report's readers of names do not wait for it
            return takeNow();
        }
    }

    private Snapshot takeNow() {
        Map<Integer, long[]> tasks = new HashMap<>();
        String[] ids = TASKS.toFile().list();
        if (ids != null) {
            Set<Integer> seen = new HashSet<>();
            for (String id : ids) {
                int tid;
                try {
                    tid = Integer.parseInt(id);
                } catch (NumberFormatException e) {
                    continue;
                }
                ProcFile stat = schedstats.get(tid);
                boolean first = stat == null;
                if (first) {
                    stat = ProcFile.open(TASKS.resolve(id).resolve("schedstat"));
                    if (stat == null) {
                        continue;    // ended meanwhile
                    }
                    schedstats.put(tid, stat);
                }
                long[] times = stat.readTwo();
                if (times == null) {
                    continue;        // ended meanwhile
                }
                seen.add(tid);
                tasks.put(tid, times);
                // a thread starts with its creator's name until the JVM names it: read again at its second snapshot
                // and now and then
                if (first || taken % 100 == 0 || secondLook.remove(tid)) {
                    String name = readName(TASKS.resolve(id));
                    synchronized (names) {
                        names.put(tid, name);
                    }
                    if (first) {
                        secondLook.add(tid);
                    }
                }
            }
            schedstats.entrySet().removeIf(e -> {
                if (!seen.contains(e.getKey())) {
                    e.getValue().close();
                    return true;
                }
                return false;
            });
        }
        taken++;
        long[] machine = machine();
        long[] xserver = null;
        if (XSERVER > 0) {
            if (xserverStat == null) {
                xserverStat = ProcFile.open(Path.of("/proc", Long.toString(XSERVER), "schedstat"));
            }
            xserver = xserverStat == null ? null : xserverStat.readTwo();
        }
        return new Snapshot(System.nanoTime(), machine[0], machine[1], tasks, xserver);
    }

    /** Linux x86-64 system calls a sleeping thread of the window is usually found in (asm/unistd_64.h). */
    private static final Map<Integer, String> SYSCALLS = Map.ofEntries(Map.entry(0, "read"), Map.entry(1, "write"),
            Map.entry(7, "poll"), Map.entry(20, "writev"), Map.entry(23, "select"), Map.entry(24, "sched_yield"),
            Map.entry(35, "nanosleep"), Map.entry(44, "sendto"), Map.entry(45, "recvfrom"), Map.entry(46, "sendmsg"),
            Map.entry(47, "recvmsg"), Map.entry(202, "futex"), Map.entry(230, "clock_nanosleep"),
            Map.entry(232, "epoll_wait"), Map.entry(270, "pselect6"), Map.entry(271, "ppoll"),
            Map.entry(281, "epoll_pwait"));

    /**
     * What the thread is doing now, without stopping the JVM (a Java stack sample needs a safepoint): "R" (on a CPU
     * or waiting for one), or "S futex" (a Java lock, park or wait, or a safepoint), "S poll" (an event loop or a
     * reply from the X server), and so on: the kernel's state and the system call it sleeps in. Once; a sampler keeps
     * a {@link StateReader}.
     */
    static String stateOf(int tid) {
        StateReader reader = new StateReader(tid);
        try {
            return reader.read();
        } finally {
            reader.close();
        }
    }

    /** One thread's kernel state, read again and again from its kept-open {@code stat} and {@code syscall} files. */
    static final class StateReader implements AutoCloseable {
        private final ProcFile stat;
        private final ProcFile syscall;

        StateReader(int tid) {
            Path task = TASKS.resolve(Integer.toString(tid));
            stat = tid < 0 ? null : ProcFile.open(task.resolve("stat"));
            syscall = tid < 0 ? null : ProcFile.open(task.resolve("syscall"));
        }

        /** Whether the thread was found (its files open). */
        boolean known() {
            return stat != null;
        }

        /** As {@link ThreadSchedule#stateOf}; "?" when the thread is unknown or gone. */
        String read() {
            String line = stat == null ? null : stat.firstLine();
            if (line == null || line.lastIndexOf(')') + 2 >= line.length()) {
                return "?";
            }
            char state = line.charAt(line.lastIndexOf(')') + 2);
            if (state == 'R') {
                return "R";
            }
            String call = syscall == null ? null : syscall.firstLine();
            if (call == null) {
                return state + " ?";
            }
            call = call.trim().split(" ")[0];
            return state + " " + (call.matches("\\d+") ? SYSCALLS.getOrDefault(Integer.parseInt(call),
                    "syscall " + call) : call);
        }

        @Override
        public void close() {
            if (stat != null) {
                stat.close();
            }
            if (syscall != null) {
                syscall.close();
            }
        }
    }

    /** The thread's name as the kernel has it (Java's first 15 characters), or "?". */
    String name(int tid) {
        synchronized (names) {
            return names.getOrDefault(tid, "?");
        }
    }

    /**
     * The id of the first thread seen whose name starts with {@code prefix}, or -1. Not the lowest id: once the
     * machine's ids wrap around, threads the FX thread starts later (which carry its name until named) get lower ids.
     */
    int find(String prefix) {
        synchronized (names) {
            return names.entrySet().stream().filter(e -> e.getValue().startsWith(prefix))
                    .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
        }
    }

    /** {run, wait} of {@code tid} from {@code before} to {@code after}, in ns (zeros when absent from either). */
    static long[] delta(Snapshot before, Snapshot after, int tid) {
        long[] a = after.tasks().get(tid);
        long[] b = before.tasks().get(tid);
        if (a == null) {
            return new long[2];
        }
        return b == null ? a.clone() : new long[] {a[0] - b[0], a[1] - b[1]};
    }

    /**
     * The CPU time each group of threads ran from {@code before} to {@code after}, in ns, most first: threads named
     * alike (a pool's "genrescope-worker-3" and "-4", "GC Thread#0" and "#1") in one group.
     */
    Map<String, Long> ranByGroup(Snapshot before, Snapshot after) {
        Map<String, Long> ran = new HashMap<>();
        for (int tid : after.tasks().keySet()) {
            long r = delta(before, after, tid)[0];
            if (r > 0) {
                ran.merge(group(name(tid)), r, Long::sum);
            }
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        ran.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * "genrescope-worker 412, GC Thread 120, ..." : the groups that ran at least {@code minMs} within the two
     * snapshots, in ms.
     */
    String describeGroups(Snapshot before, Snapshot after, double minMs) {
        List<String> parts = new ArrayList<>();
        ranByGroup(before, after).forEach((g, ns) -> {
            if (ns / 1e6 >= minMs) {
                parts.add(String.format(Locale.ROOT, "%s %.0f", g, ns / 1e6));
            }
        });
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** The machine's CPUs busy (every process) from before to after, in ms of CPU, and our process's share. */
    static double machineBusyMs(Snapshot before, Snapshot after) {
        return (after.machineBusy() - before.machineBusy()) / TICKS * 1000;
    }

    /** Threads named alike in one group: a trailing number (with its "-", "#" or "_") dropped. */
    static String group(String name) {
        return name.replaceAll("[-#_ ]?\\d+$", "");
    }

    /** {run ns, run-queue wait ns} from a schedstat line "run wait slices". */
    static long[] parseSchedstat(String line) {
        String[] f = line.trim().split("\\s+");
        return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
    }

    /** {busy, total} ticks of all CPUs from /proc/stat's first line (busy: all but idle and iowait). */
    static long[] parseCpuLine(String line) {
        String[] f = line.trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[] {total - idle, total};
    }

    private long[] machine() {
        if (cpuStat == null) {
            cpuStat = ProcFile.open(Path.of("/proc/stat"));
        }
        String first = cpuStat == null ? null : cpuStat.firstLine();
        try {
            return first == null ? new long[2] : parseCpuLine(first);
        } catch (RuntimeException e) {
            return new long[2];
        }
    }

    private static String readName(Path task) {
        try {
            return Files.readString(task.resolve("comm")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Every thread's name by id (for the report's legend). */
    Map<Integer, String> names() {
        synchronized (names) {
            return new TreeMap<>(names);
        }
    }
}
