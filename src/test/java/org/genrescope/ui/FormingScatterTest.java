package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genrescope.analysis.FormingLayout;
import org.genrescope.plot.ScatterFigure;
import org.junit.jupiter.api.Test;

/**
 * A forming layout's figure needs nothing prepared before it is drawn (no hover index, no drag sample: the next
 * layout replaces it within 400 ms), so the canvas draws it at once on the FX thread; its points are the layout's.
 */
class FormingScatterTest {

    @Test
    void aFormingFrameIsReadyToDrawWithoutPreparation() {
        int n = 1_000;
        double[] xy = new double[2 * n];
        int[] clusters = new int[n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = i % 40;
            xy[2 * i + 1] = i / 40;
            clusters[i] = i % 5;
        }
        ScatterFigure figure = FormingScatter.figure(new FormingLayout("t-SNE", xy, clusters, 5, 100, 750, n), "");
        assertTrue(figure.data().prepared(), "ready without ScatterData.prepare()");
        assertEquals(n, figure.data().size());
        assertEquals(39.0, figure.data().x(999));
        assertEquals(24.0, figure.data().y(999));
        assertEquals(4, figure.data().category(999));
    }
}
