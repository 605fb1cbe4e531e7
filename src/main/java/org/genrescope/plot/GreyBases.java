package org.genrescope.plot;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * One view's {@link GreyBase}, built on a worker thread ahead of the selection that needs it (the screen starts one
 * when the user starts a Shift+drag: by the release, a few hundred milliseconds later, it is ready). Owned by one
 * thread (the FX thread); the build runs on the single-thread executor it is given (the window's is lowered, see
 * {@code ScatterFrames}), one at a time, the newest request replacing a queued older one.
 */
public final class GreyBases {

    private final ExecutorService worker;

    /** Builds on {@code worker}, which must run one task at a time. */
    public GreyBases(ExecutorService worker) {
        this.worker = worker;
    }

    private GreyBase ready;
    private Future<GreyBase> building;
    private GreyBase.Key buildingKey;

    /**
     * Starts building the base of {@code figure} at this size in device pixels and scale, unless one that fits is
     * built or being built, or its frames cannot use one ({@link GreyBase#applies}).
     */
    public void prepare(ScatterFigure figure, int width, int height, double scale) {
        if (!GreyBase.applies(figure)) {
            return;
        }
        collect();
        GreyBase.Key key = GreyBase.Key.of(figure, width, height, scale);
        if ((ready != null && ready.key().equals(key)) || (building != null && key.equals(buildingKey))) {
            return;
        }
        if (building != null) {
            building.cancel(false); // still queued: no need to run it; running: its result is dropped
        }
        buildingKey = key;
        building = worker.submit(() -> GreyBase.build(figure, width, height, scale));
    }

    /**
     * The base {@code figure}'s frame at this size and scale can start from, when it is built; null otherwise (the
     * frame is then drawn whole, the same picture).
     *
     * @throws IllegalStateException when the build failed (a bug: it draws what a frame draws)
     */
    public GreyBase ready(ScatterFigure figure, int width, int height, double scale) {
        collect();
        return ready != null && ready.fits(figure, width, height, scale) ? ready : null;
    }

    private void collect() {
        if (building == null || !building.isDone()) {
            return;
        }
        Future<GreyBase> done = building;
        building = null;
        buildingKey = null;
        if (done.isCancelled()) {
            return;
        }
        try {
            ready = done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("building the grey layer of a greyed frame failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // cannot happen: the task is done
        }
    }
}
