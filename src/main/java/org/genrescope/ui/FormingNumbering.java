package org.genrescope.ui;

import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterRenumbering;
import org.genrescope.analysis.FormingLayout;
import org.genrescope.model.clustering.Clustering;

/**
 * Gives a run's forming t-SNE or UMAP layouts the cluster numbers, and so the colours, that the run's result will be
 * shown with: the result is renumbered to agree with the one on screen ({@link NumberedResult}), and its forming
 * layouts were drawn in the run's own numbers, so six of eight clusters changed colour when the layout was done (new
 * user, session 30). The numbers are the result's own: the same matching ({@link ClusterRenumbering#numbers}) of the
 * same clustering against the same result on screen, made once per run, on the computing thread, before the layouts
 * are handed on. Layouts without a clustering, or with nothing on screen to agree with, pass unchanged.
 */
final class FormingNumbering implements FormingLayout.Listener {
    private final AnalysisResult onScreen;
    private final AnalysisConfig config;
    private final FormingLayout.Listener next;
    /** The clustering the numbers below were made for; the drawn points' new numbers (null: keep their own). */
    private Clustering matched;
    private int[] drawn;

    /**
     * @param onScreen the result on screen as the run began (what its result will be numbered against), or null
     * @param config   the run's settings
     * @param next     hears the renumbered layouts
     */
    FormingNumbering(AnalysisResult onScreen, AnalysisConfig config, FormingLayout.Listener next) {
        this.onScreen = onScreen;
        this.config = config;
        this.next = next;
    }

    @Override
    public void formed(FormingLayout layout) {
        Clustering clustering = layout.clustering();
        if (clustering == null) {
            next.formed(layout);
            return;
        }
        if (clustering != matched) {
            matched = clustering;
            int[] numbers = ClusterRenumbering.numbers(onScreen, config, clustering);
            drawn = numbers == null ? null : renumbered(layout, numbers);
        }
        next.formed(drawn == null ? layout : layout.withClusters(drawn));
    }

    /** Each drawn point's cluster under {@code numbers} (noise stays -1). */
    private static int[] renumbered(FormingLayout layout, int[] numbers) {
        int[] out = new int[layout.size()];
        for (int i = 0; i < out.length; i++) {
            int own = layout.cluster(i);
            out[i] = own < 0 ? own : numbers[own];
        }
        return out;
    }
}
