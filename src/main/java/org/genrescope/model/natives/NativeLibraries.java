package org.genrescope.model.natives;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One set of JavaCPP native libraries (say OpenBLAS and ARPACK), loaded once per JVM on a thread of its own.
 *
 * <p>Why a thread of its own: JavaCPP extracts a library on its first load on a machine, under a file lock whose
 * wait is interruptible. An interrupt that reaches the loading thread then (a {@code Future.cancel(true)}, say) fails
 * the load with {@code FileLockInterruptionException}, the preset class's initialiser fails, and the JVM never retries
 * it: the library stays broken until the application restarts. No code of ours holds a reference to the loading
 * thread, so nothing can interrupt it; callers wait for it cancellably, and a caller that gives up leaves the load
 * running to its end for the next caller.
 *
 * <p>Thread-safe. The load runs at most once; its failure is reported to every later caller.
 */
public final class NativeLibraries {
    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraries.class);
    /** Progress stage of the line said while the libraries are first extracted. */
    public static final String STAGE = "natives";
    private static final long POLL_MILLIS = 20;

    private final String name;
    private final String extractedSize;
    private final Class<?> anchor;
    private final List<String> resources;
    private final Runnable load;
    private CompletableFuture<Void> loading;        // guarded by this
    private volatile boolean extractingAtStart;
    /** Once the cache held every library it keeps holding them: later checks need not open the jars again. */
    private volatile boolean seenExtracted;

    /**
     * @param name          what the libraries are for, as the user reads it, e.g. "OpenBLAS and ARPACK (UMAP)"
     * @param extractedSize roughly how much a first start extracts, e.g. "about 90 MB"
     * @param anchor        a class whose class loader sees the libraries
     * @param resources     class-path names of the libraries whose absence from the cache means a first start
     *                      ({@link JavaCppCache#jniResource})
     * @param load          loads the libraries on the calling thread (initialises the preset classes); may throw
     */
    public NativeLibraries(String name, String extractedSize, Class<?> anchor, List<String> resources, Runnable load) {
        this.name = Objects.requireNonNull(name, "name");
        this.extractedSize = Objects.requireNonNull(extractedSize, "extractedSize");
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.resources = List.copyOf(resources);
        this.load = Objects.requireNonNull(load, "load");
    }

    /** Whether JavaCPP's cache lacks any of the libraries, i.e. a load now would first extract them. */
    public boolean needsExtraction() {
        if (seenExtracted) {
            return false;
        }
        Path folder = JavaCppCache.folder();
        for (String resource : resources) {
            URL url = anchor.getClassLoader().getResource(resource);
            if (!JavaCppCache.holds(folder, url)) {
                return true;
            }
        }
        seenExtracted = true;
        return false;
    }

    /** Starts the load in the background if it has not started; returns at once. */
    public void prepare() {
        loading();
    }

    /** Whether the libraries have been loaded successfully. */
    public boolean isLoaded() {
        CompletableFuture<Void> current;
        synchronized (this) {
            current = loading;
        }
        return current != null && current.isDone() && !current.isCompletedExceptionally();
    }

    /**
     * Waits until the libraries are loaded, starting the load if needed. When the load has to extract the
     * libraries first, reports {@value #STAGE} 0 of 1 ("Preparing native libraries, once on this machine: ...") and,
     * when done, 1 of 1.
     *
     * @throws CancelledException      when {@code cancel} is cancelled, or this thread interrupted (its interrupt
     *                                 flag is kept), before the load ends; the load goes on for the next caller
     * @throws NativeLibraryException  when the load failed (now or in an earlier call)
     */
    public void await(ProgressListener progress, CancellationToken cancel) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        CompletableFuture<Void> current = loading();
        boolean announced = false;
        if (!current.isDone() && extractingAtStart) {
            progress.progress(STAGE, 0, 1, firstStartLine());
            announced = true;
        }
        while (true) {
            try {
                current.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (announced) {
                    progress.progress(STAGE, 1, 1, "Native libraries ready: " + name);
                }
                return;
            } catch (TimeoutException stillLoading) {
                if (cancel.isCancelled()) {
                    throw new CancelledException();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                throw failure(e.getCause());
            }
        }
    }

    /** The progress line of a first start, naming what is extracted and where. */
    public String firstStartLine() {
        return "Preparing native libraries, once on this machine: extracting " + name + " (" + extractedSize + ") into "
                + JavaCppCache.folder();
    }

    private synchronized CompletableFuture<Void> loading() {
        if (loading == null) {
            loading = new CompletableFuture<>();
            extractingAtStart = needsExtraction();
            CompletableFuture<Void> result = loading;
            // Deliberately a thread that nothing else knows of: see the class comment.
            Thread thread = new Thread(() -> run(result), "genrescope-natives-" + name);
            thread.setDaemon(true);
            thread.start();
        }
        return loading;
    }

    private void run(CompletableFuture<Void> result) {
        long t0 = System.nanoTime();
        try {
            load.run();
            LOG.debug("loaded {} in {} ms{}", name, (System.nanoTime() - t0) / 1_000_000,
                    extractingAtStart ? " (extracted first)" : "");
            result.complete(null);
        } catch (Throwable t) {    // a LinkageError above all: the libraries are unusable, say so to every caller
            LOG.warn("could not load the native libraries for {}", name, t);
            result.completeExceptionally(t);
        }
    }

    private NativeLibraryException failure(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return new NativeLibraryException(NativeLibraryException.OPENING + name + " (" + why + "); make sure "
                + JavaCppCache.folder() + " is writable and has " + extractedSize + " free, or start Genrescope with "
                + "-Dorg.bytedeco.javacpp.cachedir=<a writable folder>, then restart it", cause);
    }
}
