package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A passing frame's data ({@link ScatterData#passing}, a layout as it forms) are drawn in id order without the
 * hover index: nothing is prepared for them, the drawing builds no index, and the picture is the indexed drawing's
 * wherever the order cannot matter (no two points on one pixel); a hit test still finds its point.
 */
class PassingFrameTest {

    /** A 12 x 10 grid of points one unit apart in three categories: no two share a pixel at 600 x 400. */
    private static double[][] grid() {
        int n = 120;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 12;
            y[i] = i / 12;
            c[i] = i % 3;
        }
        return new double[][] {x, y, c};
    }

    private static ScatterFigure figure(boolean passing, Shading shading, int[] highlighted) {
        double[][] g = grid();
        int[] categories = new int[g[2].length];
        for (int i = 0; i < categories.length; i++) {
            categories[i] = (int) g[2][i];
        }
        ScatterData data = passing ? ScatterData.passing(g[0], g[1], categories) : ScatterData.of(g[0], g[1], categories);
        return ScatterFigure.of(data, List.of("a", "b", "c")).withShading(shading).withHighlighted(highlighted);
    }

    @Test
    void aPassingFrameIsDrawnAsTheIndexedOneWithoutBuildingTheIndex() {
        for (Shading shading : Shading.values()) {
            for (int[] highlighted : new int[][] {new int[0], {3, 50, 119}}) {
                ScatterFigure passing = figure(true, shading, highlighted);
                assertTrue(passing.data().prepared(), "nothing to prepare before the first frame");
                passing.data().prepare();
                int[] drawn = DrawSampleTest.pixelsOf(FigureRenderer.render(passing, 600, 400, 1));
                assertFalse(passing.data().indexBuilt(), "neither preparing nor drawing built the index");
                int[] indexed = DrawSampleTest.pixelsOf(FigureRenderer.render(figure(false, shading, highlighted), 600,
                        400, 1));
                assertArrayEquals(indexed, drawn, shading + ", " + highlighted.length + " highlighted");
            }
        }
    }

    @Test
    void aHitTestOnAPassingFrameStillFindsItsPoint() {
        ScatterFigure passing = figure(true, Shading.POINTS, new int[0]);
        ScatterView view = ScatterView.of(passing, 600, 400);
        int id = 12 * 4 + 7; // (7, 4)
        assertEquals(id, view.nearestPoint(view.toPixelX(7), view.toPixelY(4), 5));
        assertTrue(passing.data().indexBuilt(), "built when a hit test first asked for it");
    }
}
