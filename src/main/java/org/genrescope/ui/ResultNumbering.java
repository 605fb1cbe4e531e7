package org.genrescope.ui;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterRenumbering;

/**
 * Puts results on screen with the cluster numbers of the result shown before them, numbering them off the UI
 * thread ({@link NumberedResult#prepare}): a result that can keep the numbers on screen (same tracks and labels) is
 * numbered in the background and shown when ready, unless a newer request (another k, a training, new data)
 * overtook it; one made ready against the result still on screen (a training's, numbered on its worker) and one
 * with nothing to agree with are shown at once. Never touches a toolkit (ADR 0014).
 */
final class ResultNumbering {
    /** Shows a numbered result; the flag says whether it is a preview. */
    interface Display {
        void show(NumberedResult result, boolean preview);
    }

    private final BackgroundRunner runner;
    private final Supplier<AnalysisResult> onScreen;
    private final Display display;
    private final BiConsumer<String, Throwable> fail;
    /** Counts show requests, so that only the newest one's result is shown. */
    private long requests;

    ResultNumbering(BackgroundRunner runner, Supplier<AnalysisResult> onScreen, Display display,
                    BiConsumer<String, Throwable> fail) {
        this.runner = runner;
        this.onScreen = onScreen;
        this.display = display;
        this.fail = fail;
    }

    /** Shows {@code ready} at once when it was numbered against the result on screen; else numbers it again first. */
    void show(NumberedResult ready, boolean preview) {
        if (ready.fits(onScreen.get())) {
            requests++;
            display.show(ready, preview);
        } else {
            show(ready.source(), preview);
        }
    }

    /** Shows {@code r} with the numbers of the result on screen: at once when none apply, else when numbered. */
    void show(AnalysisResult r, boolean preview) {
        AnalysisResult against = onScreen.get();
        long request = ++requests;
        if (!ClusterRenumbering.comparable(against, r)) {
            display.show(NumberedResult.asComputed(against, r), preview);
            return;
        }
        runner.run(() -> NumberedResult.prepare(against, r), numbered -> {
            if (request == requests) {
                display.show(numbered, preview);
            }
        }, failure -> {
            if (request == requests) {
                fail.accept("show the result with k = " + r.config().k(), failure);
            }
        });
    }

    /** Drops every request not shown yet (new data is open). */
    void forget() {
        requests++;
    }
}
