package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Queues background work until a test runs it, to check what the window shows in between. */
final class QueuedRunner implements BackgroundRunner {
    private final List<Runnable> queue = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final UserActivity activity;

    QueuedRunner() {
        this(UserActivity.NONE);
    }

    /** A runner whose background work steps aside for {@code activity}. */
    QueuedRunner(UserActivity activity) {
        this.activity = activity;
    }

    @Override
    public UserActivity activity() {
        return activity;
    }

    @Override
    public <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        queue.add(() -> new CallingThreadRunner().run(work, done, e -> {
            failures.add(e);
            failed.accept(e);
        }));
    }

    /** What the work run so far failed with (a cancelled job ends in a {@code CancelledException}), oldest first. */
    List<Throwable> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    int pending() {
        return queue.size();
    }

    /** Runs the oldest queued work (and whatever it queues stays queued). */
    void runOldest() {
        queue.remove(0).run();
    }

    /** Runs the newest queued work. */
    void runNewest() {
        queue.remove(queue.size() - 1).run();
    }

    /** Runs one queued work chosen by {@code random} (background work ends in any order). */
    void runAny(java.util.Random random) {
        queue.remove(random.nextInt(queue.size())).run();
    }

    /** Runs queued work, including work queued meanwhile, until none is left. */
    void runAll() {
        while (!queue.isEmpty()) {
            runOldest();
        }
    }
}
