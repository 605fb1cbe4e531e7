package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureValidationTest {

    private static final ScatterData DATA = ScatterData.of(new double[] {0, 1, 2}, new double[] {0, 1, 2},
            new int[] {0, 1, -1});

    @Test
    void scatterDataRejectsMismatchedOrMissingValues() {
        assertThrows(IllegalArgumentException.class, () -> ScatterData.of(new double[2], new double[3], new int[2]));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> ScatterData.uncategorised(new double[] {0, Double.NaN}, new double[2]));
        assertTrue(nan.getMessage().contains("point 1"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScatterData.of(new double[1], new double[1], new int[] {-2}));
    }

    @Test
    void scatterDataIsCopiedAndCounted() {
        double[] x = {0, 1};
        ScatterData data = ScatterData.of(x, new double[] {0, 1}, new int[] {2, -1});
        x[0] = 99;
        assertEquals(0, data.x(0));
        assertEquals(3, data.categoryCount());
        assertEquals(1, data.count(2));
        assertEquals(1, data.count(-1));
        assertEquals(0, data.count(0));
    }

    @Test
    void scatterFigureChecksItsSettings() {
        assertThrows(IllegalArgumentException.class, () -> ScatterFigure.of(DATA, List.of("only one")));
        ScatterFigure figure = ScatterFigure.of(DATA, List.of("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> figure.withPointStyle(0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> figure.withPointStyle(5, 0));
        assertThrows(IllegalArgumentException.class, () -> figure.withColors(List.of(Color.RED)));
        assertThrows(IllegalArgumentException.class, () -> figure.withHighlighted(new int[] {3}));
        assertArrayEquals(new int[] {0, 2}, figure.withHighlighted(new int[] {2, 0, 2}).highlighted());
        assertEquals(DATA.defaultView(), figure.view());
    }

    @Test
    void legendListsEveryCategoryWithItsCountThenNoise() {
        List<LegendEntry> entries = ScatterFigure.of(DATA, List.of("a", "b")).legendEntries();
        assertEquals(List.of("a (1)", "b (1)", "Noise (1)"), entries.stream().map(LegendEntry::label).toList());
        assertEquals(Palette.NOISE, entries.get(2).color());
    }

    @Test
    void theDefaultViewIsTheExtentWithFivePercentToSpare() {
        ScatterData data = ScatterData.uncategorised(new double[] {0, 10, 4}, new double[] {20, 0, 7});
        assertEquals(new ViewWindow(0, 10, 0, 20), data.extent());
        ViewWindow view = data.defaultView();
        assertEquals(-0.5, view.xMin(), 1e-12);
        assertEquals(10.5, view.xMax(), 1e-12);
        assertEquals(-1, view.yMin(), 1e-12);
        assertEquals(21, view.yMax(), 1e-12);
    }

    @Test
    void viewWindowsNeedPositiveFiniteSpans() {
        assertThrows(IllegalArgumentException.class, () -> new ViewWindow(1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ViewWindow(0, Double.NaN, 0, 1));
        ViewWindow widened = ViewWindow.around(2, 2, -1, 3);
        assertTrue(widened.width() > 0 && widened.contains(2, 0));
    }

    @Test
    void histogramPanelsBinValuesAndCheckShapes() {
        HistogramPanel panel = HistogramPanel.of("f", new double[] {0, 0.1, 0.5, 0.99, 1}, new int[] {0, 1, 1, 0, -1},
                2, 2, List.of());
        assertEquals(2, panel.bins());
        assertArrayEquals(new int[] {1, 1}, panel.counts()[0]);
        assertArrayEquals(new int[] {1, 1}, panel.counts()[1]);
        assertThrows(IllegalArgumentException.class,
                () -> new HistogramPanel("f", new double[] {0, 1, 1}, new int[][] {{1, 1}}, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new HistogramPanel("f", new double[] {0, 1}, new int[][] {{1, 1}}, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new HistogramFigure("t", List.of(panel), List.of("one"),
                List.of(Color.RED), HistogramFigure.GroupDisplay.OVERLAID, ""));
    }

    @Test
    void contingencyHeatmapsShowCountsAndRowPercentages() {
        HeatmapFigure heatmap = HeatmapFigure.contingency("t", List.of("r0", "r1"), List.of("c0", "c1"),
                new int[][] {{1, 3}, {0, 0}}, "", "", "");
        assertEquals(75, heatmap.value(0, 1), 1e-12);
        assertEquals("3\n75.0%", heatmap.text(0, 1));
        assertEquals(List.of("cells: count and % of its row", "cells: % of its row (the counts do not fit)",
                "cells: % of its row, rounded (the counts do not fit)",
                "cells: % of its row, rounded, without the % sign (the counts do not fit)"),
                heatmap.cellLabels().stream().map(HeatmapFigure.CellLabels::meaning).toList());
        assertEquals(0, heatmap.value(1, 0), "an empty row has 0%, not NaN");
        assertThrows(IllegalArgumentException.class, () -> HeatmapFigure.contingency("t", List.of("r0"),
                List.of("c0", "c1"), new int[][] {{1}}, "", "", ""));
    }

    @Test
    void legendCountsCarryThousandsSeparatorsLikeTheTables() {
        assertEquals("Rock (4,877)", new LegendEntry("Rock", Color.RED, 4877).label());
        assertEquals("Classical (334)", new LegendEntry("Classical", Color.RED, 334).label());
        assertEquals("training", new LegendEntry("training", Color.RED, -1).label());
    }

    @Test
    void histogramSharesArePercentagesOfEachGroupComputedByHand() {
        // Group 0: 1 + 3 = 4 values; group 1: 0 + 10 = 10 values; group 2: none.
        HistogramPanel panel = new HistogramPanel("f", new double[] {0, 1, 2}, new int[][] {{1, 3}, {0, 10}, {0, 0}},
                List.of());
        assertEquals(25.0, panel.height(0, 0, true), 1e-12);
        assertEquals(75.0, panel.height(0, 1, true), 1e-12);
        assertEquals(100.0, panel.height(1, 1, true), 1e-12);
        assertEquals(0.0, panel.height(2, 0, true), "an empty group has no bars, not NaN");
        assertEquals(3.0, panel.height(0, 1, false));
        assertEquals(10, panel.total(1));
        assertThrows(IllegalArgumentException.class, () -> panel.withGroupStatistics(List.of("one"), new double[0]));
    }

    @Test
    void barsAndLinesCheckTheirShapes() {
        assertThrows(IllegalArgumentException.class,
                () -> BarFigure.of("t", List.of("f1", "f2"), List.of("s"), new double[][] {{1}}, ""));
        assertThrows(IllegalArgumentException.class,
                () -> BarFigure.of("t", List.of("f1"), List.of("s"), new double[][] {{Double.NaN}}, ""));
        LineSeries zero = LineSeries.indexed("loss", Color.RED, new double[] {1, 0});
        IllegalArgumentException log = assertThrows(IllegalArgumentException.class,
                () -> new LineFigure("t", "", "", List.of(zero), true, ""));
        assertTrue(log.getMessage().contains("log"), log.getMessage());
        assertEquals(2, zero.xAt(1));
    }
}
