package org.genrescope.model.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/** The once-only, uninterruptible load, with a fake load in place of JavaCPP's. */
class NativeLibrariesTest {
    /** A class file inside the JavaCPP jar: in a jar, and never extracted into the cache, so "first start". */
    private static final String NEVER_EXTRACTED = "org/bytedeco/javacpp/Loader.class";
    /** A resource in a class folder: nothing to extract. */
    private static final String NOT_IN_A_JAR = "org/genrescope/model/natives/NativeLibrariesTest.class";

    private static NativeLibraries libraries(String resource, Runnable load) {
        return new NativeLibraries("Test libraries", "about 1 MB", NativeLibrariesTest.class, List.of(resource), load);
    }

    @Test
    void runsTheLoadOnceOnAThreadOfItsOwnForEveryCaller() {
        AtomicInteger loads = new AtomicInteger();
        AtomicReference<Thread> loader = new AtomicReference<>();
        NativeLibraries libs = libraries(NOT_IN_A_JAR, () -> {
            loads.incrementAndGet();
            loader.set(Thread.currentThread());
        });
        libs.await(ProgressListener.NONE, CancellationToken.NEVER);
        libs.await(ProgressListener.NONE, CancellationToken.NEVER);
        libs.prepare();
        assertEquals(1, loads.get());
        assertTrue(libs.isLoaded());
        assertTrue(loader.get() != Thread.currentThread() && loader.get().getName().startsWith("genrescope-natives-"),
                "loaded on " + loader.get().getName());
    }

    @Test
    void aCancelledWaitReturnsAtOnceWhileTheLoadGoesOnUninterruptedForTheNextCaller() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interruptedWhileLoading = new AtomicBoolean();
        NativeLibraries libs = libraries(NOT_IN_A_JAR, () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                interruptedWhileLoading.set(true);
            }
            interruptedWhileLoading.compareAndSet(false, Thread.currentThread().isInterrupted());
        });
        CancellationSource cancel = new CancellationSource();
        cancel.cancel();
        long t0 = System.nanoTime();
        assertThrows(CancelledException.class, () -> libs.await(ProgressListener.NONE, cancel));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2), "the cancelled wait returned promptly");
        assertFalse(libs.isLoaded());

        release.countDown();
        libs.await(ProgressListener.NONE, CancellationToken.NEVER);
        assertTrue(libs.isLoaded());
        assertFalse(interruptedWhileLoading.get(), "the loading thread was interrupted");
    }

    @Test
    void anInterruptedWaiterGivesUpKeepingItsInterruptButTheLoadIsNotInterrupted() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean loadInterrupted = new AtomicBoolean();
        NativeLibraries libs = libraries(NOT_IN_A_JAR, () -> {
            loading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                loadInterrupted.set(true);
            }
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            try {
                libs.await(ProgressListener.NONE, CancellationToken.NEVER);
            } catch (Throwable t) {
                thrown.set(t);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });
        waiter.start();
        assertTrue(loading.await(10, TimeUnit.SECONDS));
        waiter.interrupt();
        waiter.join(10_000);
        assertTrue(thrown.get() instanceof CancelledException, "the waiter got " + thrown.get());
        assertTrue(flagKept.get(), "the waiter's interrupt flag is kept");
        release.countDown();
        libs.await(ProgressListener.NONE, CancellationToken.NEVER);
        assertFalse(loadInterrupted.get());
    }

    @Test
    void aFailedLoadIsOneSentenceSayingWhatToDoForEveryCaller() {
        UnsatisfiedLinkError cause = new UnsatisfiedLinkError("java.nio.channels.FileLockInterruptionException");
        NativeLibraries libs = libraries(NOT_IN_A_JAR, () -> {
            throw cause;
        });
        NativeLibraryException first = assertThrows(NativeLibraryException.class,
                () -> libs.await(ProgressListener.NONE, CancellationToken.NEVER));
        NativeLibraryException second = assertThrows(NativeLibraryException.class,
                () -> libs.await(ProgressListener.NONE, CancellationToken.NEVER));
        assertEquals("could not load the native libraries for Test libraries (UnsatisfiedLinkError: "
                + "java.nio.channels.FileLockInterruptionException); make sure " + JavaCppCache.folder()
                + " is writable and has about 1 MB free, or start Genrescope with "
                + "-Dorg.bytedeco.javacpp.cachedir=<a writable folder>, then restart it", first.getMessage());
        assertEquals(first.getMessage(), second.getMessage());
        assertSame(cause, first.getCause());
        assertFalse(first.getMessage().contains("\n"));
        assertTrue(NativeLibraryException.isItsMessage(first.getMessage()));
        assertFalse(NativeLibraryException.isItsMessage("the training process failed"));
        assertFalse(libs.isLoaded());
    }

    @Test
    void aFirstStartReportsItsOwnLineAndThenReady() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        NativeLibraries libs = libraries(NEVER_EXTRACTED, () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(libs.needsExtraction());
        List<String> heard = new CopyOnWriteArrayList<>();
        Thread releaser = new Thread(() -> {
            sleep(100);
            release.countDown();
        });
        releaser.start();
        libs.await((stage, done, total, message) -> heard.add(stage + " " + done + "/" + total + ": " + message),
                CancellationToken.NEVER);
        assertEquals(List.of("natives 0/1: Preparing native libraries, once on this machine: extracting Test libraries "
                        + "(about 1 MB) into " + JavaCppCache.folder(), "natives 1/1: Native libraries ready: Test libraries"),
                heard);
    }

    @Test
    void librariesAlreadyInTheCacheLoadWithoutAFirstStartLine() {
        NativeLibraries libs = libraries(NOT_IN_A_JAR, () -> { });
        assertFalse(libs.needsExtraction());
        List<String> heard = new CopyOnWriteArrayList<>();
        libs.await((stage, done, total, message) -> heard.add(stage), CancellationToken.NEVER);
        assertEquals(List.of(), heard);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
