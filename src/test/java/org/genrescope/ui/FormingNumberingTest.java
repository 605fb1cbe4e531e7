package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.FormingLayout;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.model.embedding.EpochListener;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * A t-SNE layout forming after another result is drawn in the cluster numbers its own result will be shown with (new
 * user, session 30: six of eight clusters changed number and colour when the layout was done).
 */
class FormingNumberingTest {

    @Test
    void aFormingLayoutHasTheNumbersItsResultWillBeShownWith() throws Exception {
        Pipeline pipeline = new Pipeline(2, IsolatedAutoencoderTrainer.shared());
        AnalysisConfig first = Recipe.PLAIN.config(SharedData.sample()).with("representation", Representation.PCA)
                .with("k", 6).with("restarts", 1).with("seed", 5L);
        AnalysisResult onScreen = pipeline.run(first, ProgressListener.NONE, CancellationToken.NEVER);
        AnalysisConfig next = first.with("seed", 11L).with("projection", ProjectionMethod.TSNE);
        AtomicReference<FormingLayout> raw = new AtomicReference<>();
        AtomicReference<FormingLayout> drawn = new AtomicReference<>();
        FormingNumbering numbering = new FormingNumbering(onScreen, next, drawn::set);
        AnalysisResult made = pipeline.run(next, ProgressListener.NONE, EpochListener.NONE, layout -> {
            raw.set(layout);
            numbering.formed(layout);
        }, CancellationToken.NEVER);
        AnalysisResult shown = NumberedResult.prepare(onScreen, made).shown();
        FormingLayout last = drawn.get();
        assertNotNull(last, "t-SNE handed over forming layouts");
        assertSame(made.clustering(), raw.get().clustering(), "the layout carries the run's clustering");
        int[] labels = shown.clustering().labels();
        assertEquals(labels.length, last.size(), "every point drawn");
        int renumbered = 0;
        for (int i = 0; i < last.size(); i++) {
            assertEquals(labels[i], last.cluster(i), "point " + i + ": the colour it will have");
            renumbered += raw.get().cluster(i) != labels[i] ? 1 : 0;
        }
        assertTrue(renumbered > 0, "the run's own numbers differ from those shown (else the test shows nothing)");
        FormingLayout plain = new FormingLayout("t-SNE", new double[] {0, 0}, new int[] {1}, 2, 1, 2, 1);
        FormingLayout[] passed = new FormingLayout[1];
        new FormingNumbering(onScreen, next, l -> passed[0] = l).formed(plain);
        assertSame(plain, passed[0], "a layout without its clustering passes unchanged");
    }
}
