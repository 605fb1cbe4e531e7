package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genrescope.analysis.AnalysisResult;
import org.genrescope.model.projection.Projection2D;
import org.genrescope.plot.ScatterData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Clusters plot's points: built where the result is made, shared with the figure, right for each colouring. */
class ScatterPointsTest {
    private static WorkbenchViewModel vm;
    private static AnalysisResult trained;
    private static ScatterData warmed;
    private static boolean preparedWhenShown;
    private static ScatterData plotted;

    @BeforeAll
    static void trainOnTheSample() {
        // the calling thread stands for the worker: the training's result comes back warmed
        vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        trained = vm.trainedProperty().get();
        // read before the other tests ask for other colourings (the cache keeps the last two)
        warmed = ScatterPoints.of(trained, ResultFigures.ColourBy.CLUSTER, false);
        preparedWhenShown = warmed.prepared();
        plotted = ResultFigures.scatter(vm.resultProperty().get(), ResultFigures.ColourBy.CLUSTER, "").data();
    }

    @Test
    void theTrainedResultsPointsArePreparedBeforeTheFxThreadSeesThem() {
        assertTrue(preparedWhenShown, "index, drag sample and label anchors built where the result was made");
        assertSame(warmed, plotted, "the plot of the shown result draws those points, not a copy built again");
    }

    @Test
    void thePointsAreTheProjectionInTrackOrderWithEachTracksClusterOrGenre() {
        Projection2D p = trained.projection();
        ScatterData byCluster = ScatterPoints.of(trained, ResultFigures.ColourBy.CLUSTER, false);
        ScatterData byGenre = ScatterPoints.of(trained, ResultFigures.ColourBy.GENRE, false);
        ScatterData unlabelled = ScatterPoints.of(trained, ResultFigures.ColourBy.GENRE, true);
        assertEquals(p.size(), byCluster.size());
        assertEquals(p.size(), byGenre.size());
        boolean genresDiffer = false;
        for (int i = 0; i < p.size(); i++) {
            assertEquals(p.x(i), byCluster.x(i), 0.0, "x of track " + i);
            assertEquals(p.y(i), byCluster.y(i), 0.0, "y of track " + i);
            assertEquals(p.x(i), byGenre.x(i), 0.0);
            assertEquals(trained.clustering().label(i), byCluster.category(i), "cluster of track " + i);
            assertEquals(trained.genreCode(i), byGenre.category(i), "genre of track " + i);
            assertEquals(0, unlabelled.category(i), "no names: every track in one category");
            genresDiffer |= trained.genreCode(i) != trained.clustering().label(i);
        }
        assertTrue(genresDiffer, "the two colourings are told apart (else this test could not fail)");
        assertFalse(byGenre.prepared(), "only the plot's first colouring is prepared ahead");
    }

    @Test
    void aColouringAskedAgainIsTheSamePointsAndAnotherClusteringGetsItsOwn() {
        assertSame(ScatterPoints.of(trained, ResultFigures.ColourBy.CLUSTER, false),
                ScatterPoints.of(trained, ResultFigures.ColourBy.CLUSTER, false));
        AnalysisResult k5 = org.genrescope.analysis.Reclustering.withK(trained, 5,
                org.genrescope.analysis.Reclustering.Quality.PREVIEW, 1, org.genrescope.task.ProgressListener.NONE,
                new org.genrescope.task.CancellationSource());
        ScatterData other = ScatterPoints.of(k5, ResultFigures.ColourBy.CLUSTER, false);
        assertNotSame(ScatterPoints.of(trained, ResultFigures.ColourBy.CLUSTER, false), other);
        for (int i = 0; i < k5.rows(); i++) {
            assertEquals(k5.clustering().label(i), other.category(i), "k = 5's cluster of track " + i);
        }
    }
}
