package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepHeatmapTest {
    private static final double NaN = Double.NaN;

    @Test
    void aCellNotRunYetIsGreyAndEmptyAndTheCaptionSaysSo() {
        HeatmapFigure f = SweepHeatmap.figure("t", List.of("2"), List.of("2", "3", "4"),
                new double[][] {{0.25, NaN, NaN}}, new double[][] {{0.05, NaN, NaN}},
                new boolean[][] {{true, true, false}}, new boolean[][] {{false, false, false}},
                "Mean over 2 seeds per cell", "Data: FMA");
        assertEquals("0.250\n±0.050", f.text(0, 0));
        assertEquals("undefined", f.text(0, 1));
        assertEquals("", f.text(0, 2));
        assertEquals("Mean over 2 seeds per cell; grey: undefined for every seed; grey and empty: not run yet. "
                + "Data: FMA", f.caption());
        assertNull(SweepHeatmap.figure("t", List.of("2"), List.of("2"), new double[][] {{NaN}},
                new double[][] {{NaN}}, new boolean[][] {{false}}, new boolean[][] {{false}}, "", ""));
    }

    @Test
    void theCellUnderAPointIsFoundWhereTheRendererDrawsIt() {
        HeatmapFigure f = SweepHeatmap.figure("t", List.of("2", "3"), List.of("2", "3", "4"),
                new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[][] {{NaN, NaN, NaN}, {NaN, NaN, NaN}},
                new boolean[][] {{true, true, true}, {true, true, true}},
                new boolean[][] {{false, false, false}, {false, false, false}}, "", "");
        HeatmapRenderer.Layout layout = HeatmapRenderer.layout(f, 600, 400);
        var g = layout.grid();
        double cw = layout.cellWidth();
        double ch = layout.cellHeight();
        assertArrayEquals(new int[] {0, 0}, SweepHeatmap.cellAt(f, 600, 400, g.getMinX() + 1, g.getMinY() + 1));
        assertArrayEquals(new int[] {1, 2}, SweepHeatmap.cellAt(f, 600, 400, g.getMinX() + 2.5 * cw,
                g.getMinY() + 1.5 * ch));
        assertArrayEquals(new int[] {0, 1}, SweepHeatmap.cellAt(f, 600, 400, g.getMinX() + 1.5 * cw,
                g.getMinY() + 0.5 * ch));
        assertNull(SweepHeatmap.cellAt(f, 600, 400, g.getMinX() - 2, g.getMinY() + 1), "the row labels");
        assertNull(SweepHeatmap.cellAt(f, 600, 400, g.getMinX() + 1, g.getMaxY() + 2), "the column labels");
        assertTrue(cw > 50 && ch > 50);
    }

    @Test
    void numbersKeepThreeSignificantDigitsWithoutAnExponent() {
        assertEquals("0.412", SweepHeatmap.number(0.41234, 3));
        assertEquals("1235", SweepHeatmap.number(1234.5, 3));
        assertEquals("12.3", SweepHeatmap.number(12.34, 3));
        assertEquals("-0.0500", SweepHeatmap.number(-0.05, 3));
        assertEquals("0.00", SweepHeatmap.number(0, 3));
    }
}
