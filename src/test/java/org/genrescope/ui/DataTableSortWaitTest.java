package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.genrescope.data.TrackFrame;
import org.genrescope.data.TrackFrame.SortKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * While a sort or search is computed (5-15 s at a million rows), the Data tab's view model says what for, and only
 * the newest request's rows are shown; a request still waiting for the frame when a newer one comes does not run.
 * The frame's answers come through a stand-in that waits for the test (a slow frame), on real threads.
 */
class DataTableSortWaitTest {
    private static WorkbenchViewModel vm;
    private static final SortKey TITLE = new SortKey(TrackFrame.TITLE, true);
    private static final SortKey ARTIST_DOWN = new SortKey(TrackFrame.ARTIST, false);
    private static final SortKey GENRE = new SortKey(TrackFrame.GENRE, true);

    @BeforeAll
    static void trainOnTheSample() {
        vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
    }

    @Test
    void aSortSaysSoAndOnlyTheNewestRequestsRowsShow() throws Exception {
        UiQueueRunner runner = new UiQueueRunner();
        SlowFrame slow = new SlowFrame();
        DataTableViewModel table = new DataTableViewModel(vm, runner, slow);
        table.searchProperty().set(" "); // the first request, as the tab makes when the data opens (data order)
        assertEquals("Listing the tracks...", table.pendingTextProperty().get());
        runner.drain(1);
        List<Integer> inDataOrder = List.copyOf(table.rows());
        assertEquals("", table.pendingTextProperty().get());

        slow.hold();
        table.sortBy(List.of(TITLE));
        assertTrue(table.updatingProperty().get());
        assertEquals("Sorting by title...", table.pendingTextProperty().get());
        slow.awaitEntered(1); // the title sort has the frame
        table.sortBy(List.of(ARTIST_DOWN));
        assertEquals("Sorting by artist (descending)...", table.pendingTextProperty().get(),
                "the newer sort is the one said");
        slow.release();
        runner.drain(2); // the title sort's answer, then the artist sort's: both end, in this order
        assertEquals(3, slow.calls.get(), "the first rows, the title sort; the artist sort waited for the frame, then ran");
        assertEquals(rowsOf(List.of(ARTIST_DOWN)), List.copyOf(table.rows()), "only the newest request's rows");
        assertFalse(List.copyOf(table.rows()).equals(rowsOf(List.of(TITLE))));
        assertFalse(table.updatingProperty().get());
        assertEquals("", table.pendingTextProperty().get());
        assertFalse(inDataOrder.equals(List.copyOf(table.rows())));
    }

    @Test
    void aRequestOvertakenWhileWaitingForTheFrameIsNotComputed() throws Exception {
        UiQueueRunner runner = new UiQueueRunner();
        SlowFrame slow = new SlowFrame();
        DataTableViewModel table = new DataTableViewModel(vm, runner, slow);
        table.searchProperty().set(" ");
        runner.drain(1);
        slow.hold();
        table.sortBy(List.of(GENRE));
        slow.awaitEntered(1);
        table.sortBy(List.of(TITLE)); // waits behind the genre sort for the frame...
        table.searchProperty().set("a"); // ...and is overtaken by this one
        assertEquals("Sorting by title and searching for \"a\"...", table.pendingTextProperty().get());
        slow.release();
        runner.drain(3);
        assertEquals(3, slow.calls.get(), "the first rows, the genre sort and the search ran; the title sort alone did not");
        List<Integer> expected = new ArrayList<>();
        for (int i : TrackFrame.of(vm.dataProperty().get().tracks()).rows("a", null, List.of(TITLE))) {
            expected.add(i);
        }
        assertEquals(expected, List.copyOf(table.rows()));
        assertEquals("", table.pendingTextProperty().get());
    }

    @Test
    void whatIsPendingIsSaidInWords() {
        DataSet data = vm.dataProperty().get();
        DataTableViewModel.Request shown = request(data, "", List.of());
        assertEquals("Listing the tracks...", DataTableViewModel.pendingText(null, shown));
        assertEquals("Sorting by genre, then title (descending)...", DataTableViewModel.pendingText(shown,
                request(data, "", List.of(GENRE, new SortKey(TrackFrame.TITLE, false)))));
        assertEquals("Searching for \"rock\"...", DataTableViewModel.pendingText(shown, request(data, " Rock", List.of())));
        DataTableViewModel.Request searched = request(data, "rock", List.of(TITLE));
        assertEquals("Putting the rows in the data's order...", DataTableViewModel.pendingText(searched,
                request(data, "rock", List.of())));
        assertEquals("Listing every track...", DataTableViewModel.pendingText(searched, request(data, "", List.of(TITLE))));
        assertEquals("Updating the rows...", DataTableViewModel.pendingText(searched, request(data, "ROCK", List.of(TITLE))),
                "the same search and order: a new result or selection");
        String tempo = data.tracks().featureNames().get(0);
        assertEquals("Sorting by " + DataSet.shortName(tempo) + "...", DataTableViewModel.pendingText(shown,
                request(data, "", List.of(new SortKey(tempo, true)))), "a feature by its column's name");
    }

    private static DataTableViewModel.Request request(DataSet data, String search, List<SortKey> keys) {
        return new DataTableViewModel.Request(data, null, SearchMatch.of(search, false), new int[0], keys);
    }

    private static List<Integer> rowsOf(List<SortKey> keys) {
        List<Integer> rows = new ArrayList<>();
        for (int i : TrackFrame.of(vm.dataProperty().get().tracks()).rows("", null, keys)) {
            rows.add(i);
        }
        return rows;
    }

    /** The frame's own answers, held at the gate while the test says so; counts the requests that read it. */
    private static final class SlowFrame implements DataTableViewModel.Query {
        final AtomicInteger calls = new AtomicInteger();
        private final java.util.concurrent.Semaphore entered = new java.util.concurrent.Semaphore(0);
        private volatile CountDownLatch gate = new CountDownLatch(0);

        void hold() {
            entered.drainPermits(); // the earlier requests' entries: awaitEntered waits for the next ones
            gate = new CountDownLatch(1);
        }

        void release() {
            gate.countDown();
        }

        void awaitEntered(int n) throws InterruptedException {
            assertTrue(entered.tryAcquire(n, 30, TimeUnit.SECONDS), "the request reached the frame");
        }

        @Override
        public int[] rows(TrackFrame frame, String search, int[] within, List<SortKey> order) {
            calls.incrementAndGet();
            entered.release();
            try {
                assertTrue(gate.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return frame.rows(search, within, order);
        }
    }

    /**
     * Work on threads of its own, as the real runner's; the answers queued for the test's thread, which stands for
     * the UI thread and runs them in {@link #drain}.
     */
    private static final class UiQueueRunner implements BackgroundRunner {
        private final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

        @Override
        public <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            Thread t = new Thread(() -> {
                try {
                    T result = work.call();
                    ui.add(() -> done.accept(result));
                } catch (Throwable e) {
                    ui.add(() -> failed.accept(e));
                }
            });
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void onUiThread(Runnable action) {
            ui.add(action);
        }

        /** Runs the next {@code n} answers on this thread, as they arrive. */
        void drain(int n) throws InterruptedException {
            for (int k = 0; k < n; k++) {
                Runnable next = ui.poll(60, TimeUnit.SECONDS);
                assertTrue(next != null, "an answer arrived");
                next.run();
            }
        }
    }
}
