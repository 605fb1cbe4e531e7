package org.genrescope.model.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * DBSCAN's eps rule against an independent computation. The constants were computed once with scikit-learn 1.2.1
 * and numpy 1.24.2 (/usr/bin/python3) on the same points:
 * <pre>
 * X = the points of {@link #points()} (same formulas, Python's math.sin/cos)
 * d, _ = NearestNeighbors(n_neighbors=5).fit(X).kneighbors(X)   # column 0 is the point itself
 * k = np.sort(d[:, 4]); gap = np.arange(n) / (n - 1) - (k - k[0]) / (k[-1] - k[0])
 * knee = np.argmax(gap); eps = k[knee]; labels = DBSCAN(eps=eps, min_samples=5).fit_predict(X)
 * </pre>
 */
class DbscanEpsTest {
    /** Three blobs of 100 points and 30 scattered points. */
    static double[] points() {
        double[] x = new double[330 * 2];
        for (int i = 0; i < 300; i++) {
            int c = i % 3;
            x[2 * i] = c * 3.0 + 0.5 * Math.sin(i * 12.9898);
            x[2 * i + 1] = (c % 2) * 2.5 + 0.5 * Math.cos(i * 78.233);
        }
        for (int i = 300; i < 330; i++) {
            x[2 * i] = 3.0 + 6.0 * Math.sin(i * 0.7);
            x[2 * i + 1] = 1.0 + 6.0 * Math.cos(i * 1.1);
        }
        return x;
    }

    @Test
    void theKneeOfTheKDistanceGraphIsScikitLearnsAndNumpysAndSeparatesTheBlobs() {
        double[] x = points();
        double[] k = DbscanEps.sortedKDistances(x, 330, 2, 4, CancellationToken.NEVER);
        assertEquals(0.06628697766128525, k[0], 1e-12);
        assertEquals(4.323742516389463, k[329], 1e-12);
        assertEquals(0.13842312691422712, (k[164] + k[165]) / 2, 1e-12, "the median k-distance");
        assertEquals(300, DbscanEps.knee(k));

        DbscanEps.Choice choice = DbscanEps.choose(x, 330, 2, 5, CancellationToken.NEVER);
        assertEquals(0.23979271804872695, choice.eps(), 1e-12);
        assertEquals(4, choice.neighbour());
        assertEquals(0.9121212121212121, choice.coreShare(), 1e-12);

        int[] labels = Dbscan.fit(x, 330, 2, choice.eps(), 5, ProgressListener.NONE, CancellationToken.NEVER)
                .labels();
        assertEquals(3, Arrays.stream(labels).filter(l -> l >= 0).distinct().count(), "scikit-learn finds 3");
        assertEquals(29, Arrays.stream(labels).filter(l -> l < 0).count(), "and 29 noise points");
    }

    @Test
    void theKneeIsTheFirstFarthestPointBelowTheChord() {
        // scaled: ranks 0, .25, .5, .75, 1; distances 0, .1, .2, .3, 1 -> gaps 0, .15, .3, .45, 0
        assertEquals(3, DbscanEps.knee(new double[] {0, 1, 2, 3, 10}));
        assertEquals(0, DbscanEps.knee(new double[] {2, 2, 2}), "flat: no knee");
        assertEquals(0, DbscanEps.knee(new double[] {1, 5}), "two points: no knee");
        // a straight line: every gap is 0 (up to rounding); the first wins
        assertEquals(0, DbscanEps.knee(new double[] {0, 1, 2, 3, 4}));
    }

    @Test
    void repeatedPointsStillGiveAPositiveEpsAndTheSameInputTheSameEps() {
        // 6 copies of one point and 6 of another: every 4th-neighbour distance is 0
        double[] x = new double[12 * 2];
        for (int i = 6; i < 12; i++) {
            x[2 * i] = 3;
            x[2 * i + 1] = 4;
        }
        DbscanEps.Choice choice = DbscanEps.choose(x, 12, 2, 5, CancellationToken.NEVER);
        assertEquals(5.0, choice.eps(), "the one positive distance");
        assertEquals(1.0, choice.coreShare());
        assertEquals(1.0, DbscanEps.choose(new double[8], 4, 2, 3, CancellationToken.NEVER).eps(), "one point 4 times");
        assertEquals(DbscanEps.choose(points(), 330, 2, 10, CancellationToken.NEVER),
                DbscanEps.choose(points(), 330, 2, 10, CancellationToken.NEVER));
        assertThrows(IllegalArgumentException.class, () -> DbscanEps.choose(x, 12, 2, 1, CancellationToken.NEVER));
        assertThrows(IllegalArgumentException.class, () -> DbscanEps.choose(x, 12, 2, 13, CancellationToken.NEVER));
    }
}
