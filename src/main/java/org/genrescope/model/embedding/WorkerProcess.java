package org.genrescope.model.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running {@link TrainingWorker} seen from the parent: its stdin for requests, a reader thread that decodes its
 * stdout into a queue of {@link WorkerEvent}s (so the training thread can poll for cancellation meanwhile), and a
 * thread that drains its stderr into the log at debug level (a full pipe would block the worker) and keeps the
 * last lines for a crash report. Every live worker is ended when this JVM exits.
 */
final class WorkerProcess {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);
    private static final int KEPT_ERROR_LINES = 40;

    private static final Set<WorkerProcess> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean shuttingDown;

    static {
        Thread hook = new Thread(() -> {
            shuttingDown = true;
            for (WorkerProcess worker : LIVE) {
                worker.closeInput();
                worker.process.destroy();
            }
        }, "genrescope-worker-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private final Process process;
    private final boolean leaking;
    private final long heapBytes;
    private long stepsTrained;                    // guarded by this
    private final DataOutputStream toWorker;
    private final BlockingQueue<WorkerEvent> events = new LinkedBlockingQueue<>();
    private final Deque<String> errorLines = new ArrayDeque<>();
    private final Thread errorDrain;
    private volatile boolean ready;
    private volatile boolean killedHere;

    private WorkerProcess(Process process, boolean leaking, long heapBytes) {
        this.process = process;
        this.leaking = leaking;
        this.heapBytes = heapBytes;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.errorDrain = daemon("genrescope-worker-" + process.pid() + "-stderr", this::drainErrors);
        daemon("genrescope-worker-" + process.pid() + "-events", this::readEvents);
    }

    /**
     * Starts a worker; returns at once (its JVM then takes a second or so to become {@link #ready()}).
     *
     * @param heapBytes the maximum heap its command gives it (for the out-of-memory sentence when it cannot say)
     * @throws IOException           when the process cannot be started
     * @throws IllegalStateException when this JVM is exiting
     */
    static WorkerProcess start(List<String> command, boolean leaking, long heapBytes) throws IOException {
        if (shuttingDown) {
            throw new IllegalStateException("not starting a training process: the application is exiting");
        }
        Process process = new ProcessBuilder(command).start();
        WorkerProcess worker = new WorkerProcess(process, leaking, heapBytes);
        LIVE.add(worker);
        LOG.debug("started training process {} ({}, {} MB of heap)", process.pid(),
                leaking ? "without JavaCPP's pointer GC" : "with JavaCPP's pointer GC", heapBytes >> 20);
        return worker;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * True once the worker has sent a valid header: its JVM started and runs our code. A worker that dies before
     * could not be started at all (no JVM, wrong class path), which is not a crash to retry.
     */
    boolean ready() {
        return ready;
    }

    /** Whether this worker runs without JavaCPP's pointer GC, so that its memory grows ({@link WorkerMemoryBudget}). */
    boolean leaking() {
        return leaking;
    }

    /** The maximum heap it was started with. */
    long heapBytes() {
        return heapBytes;
    }

    /** Counts a finished training's optimizer steps. */
    synchronized void trained(long steps) {
        stepsTrained += steps;
    }

    /** Its resident memory: measured where the system reports it, else estimated from the steps it trained. */
    synchronized long residentBytes() {
        return WorkerMemoryBudget.residentBytes(process.pid(), stepsTrained);
    }

    /** The exit code once the process has ended (tests). */
    java.util.OptionalInt exitCode() {
        return process.isAlive() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(process.exitValue());
    }

    /** The process, to watch it end (tests). */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Sends a request (blocks while the pipe is full, i.e. until the worker has read most of it). */
    void send(TrainingRequest request) throws IOException {
        WorkerProtocol.writeRequest(toWorker, request);
    }

    /** The next event, or null when none arrived within the time. */
    WorkerEvent poll(long millis) throws InterruptedException {
        return events.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Ends the process now (SIGKILL): for cancellation, where waiting is not an option. */
    void kill() {
        LIVE.remove(this);
        closeInput();
        killHere();
    }

    private void killHere() {
        killedHere = true;
        process.destroyForcibly();
    }

    /**
     * Ends the process politely: closing its stdin makes an idle worker exit by itself; one that does not within
     * the time is killed.
     */
    void close(long waitMillis) {
        LIVE.remove(this);
        closeInput();
        try {
            if (!process.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
                killHere();
            }
        } catch (InterruptedException e) {
            killHere();
            Thread.currentThread().interrupt();
        }
    }

    /** The worker's last lines on stderr (a crash's banner among them). */
    List<String> recentErrorOutput() {
        synchronized (errorLines) {
            return new ArrayList<>(errorLines);
        }
    }

    private void closeInput() {
        try {
            toWorker.close();
        } catch (IOException e) {
            // already gone: nothing to close
        }
    }

    private void readEvents() {
        String reason;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
            WorkerProtocol.readHeader(in);
            ready = true;
            while (true) {
                events.add(WorkerProtocol.readEvent(in));
            }
        } catch (EOFException e) {
            reason = "its output ended";
        } catch (IOException | RuntimeException e) {
            // unreadable output: the worker can no longer be trusted
            reason = "unreadable output (" + e + ")";
            killHere();
        } catch (OutOfMemoryError e) {
            // This process ran out reading the worker's answer: the training thread must hear it, not wait forever.
            killHere();
            events.add(new WorkerEvent.OutOfMemoryHere(e));
            LIVE.remove(this);
            return;
        } catch (Error e) {
            // Any other error (a LinkageError when the classes changed under a running app, a StackOverflowError)
            // would end this thread silently and leave the training waiting forever for an event: seen once.
            LOG.warn("could not read the output of training process {}", process.pid(), e);
            reason = "its output could not be read (" + e + ")";
            killHere();
        }
        int exitCode = -1;
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                exitCode = process.exitValue();
            }
            errorDrain.join(1000);    // so that a crash report has the worker's last words
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE.remove(this);
        events.add(new WorkerEvent.Died(exitCode, reason, killedHere));
    }

    private void drainErrors() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                LOG.debug("training process {}: {}", process.pid(), line);
                synchronized (errorLines) {
                    if (errorLines.size() == KEPT_ERROR_LINES) {
                        errorLines.removeFirst();
                    }
                    errorLines.addLast(line);
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
