package org.genrescope.ui;

import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterRenumbering;

/**
 * A result made ready to be shown: its clusters renumbered to agree with the result on screen when it was made
 * ({@link ClusterRenumbering}), and what the tabs need of it prepared: the explanations and means
 * ({@link ResultDetails}, moved with the numbers from the source's, not computed again) and the plot's points with
 * their index ({@link ScatterPoints}). Made off the UI thread, where the result is made: at a million tracks the
 * renumbering and the renumbered result's details and points took seconds of the FX thread at each k slider move
 * and later training (docs/benchmarks.md, "The result's phases at a million (session 10)").
 *
 * @param source  the result as computed
 * @param against the result on screen it was numbered against (null: none)
 * @param shown   {@code source} renumbered, or {@code source} itself when its numbers already agree or there is
 *                nothing to agree with
 */
record NumberedResult(AnalysisResult source, AnalysisResult against, AnalysisResult shown) {

    /**
     * {@code source} numbered to agree with {@code against} (null: nothing on screen), with its details and points
     * prepared. Linear in the tracks plus the points' index (about half a second of CPU at a million): call it off
     * the UI thread.
     */
    static NumberedResult prepare(AnalysisResult against, AnalysisResult source) {
        int[] numbers = ClusterRenumbering.numbers(against, source);
        AnalysisResult shown = numbers == null ? ResultDetails.warm(source)
                : ResultDetails.renumbered(source, ClusterRenumbering.renumbered(source, numbers), numbers);
        ScatterPoints.warm(shown);
        return new NumberedResult(source, against, shown);
    }

    /** {@code source} shown as it is, where no renumbering applies ({@link ClusterRenumbering#comparable} false). */
    static NumberedResult asComputed(AnalysisResult against, AnalysisResult source) {
        return new NumberedResult(source, against, source);
    }

    /** Whether it was numbered against {@code onScreen}, the result on screen now (so it may be shown as it is). */
    boolean fits(AnalysisResult onScreen) {
        return against == onScreen;
    }
}
