package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.SweepCell;
import org.genrescope.analysis.SweepGrid;
import org.genrescope.analysis.SweepMetric;
import org.genrescope.analysis.SweepSummary;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.plot.SvgExporter;
import org.junit.jupiter.api.Test;

class SweepCommandHeatmapsTest {

    private static SweepCell cell(int latent, int k, long seed, double silhouette, boolean collapsed) {
        Map<SweepMetric, MetricValue> values = new EnumMap<>(SweepMetric.class);
        for (SweepMetric m : SweepMetric.values()) {
            values.put(m, MetricValue.of(0.5));
        }
        values.put(SweepMetric.FEATURE_SILHOUETTE, Double.isNaN(silhouette)
                ? MetricValue.undefined("only one cluster") : MetricValue.of(silhouette));
        values.put(SweepMetric.COLLAPSED, MetricValue.of(collapsed ? 1 : 0));
        values.put(SweepMetric.RECONSTRUCTION_MSE, MetricValue.undefined("only an autoencoder representation has one"));
        return new SweepCell(latent, k, seed, values);
    }

    @Test
    void eachCellIsTheMeanOverSeedsCollapsedCellsAreHatchedAndUndefinedOnesSaySo() {
        SweepGrid grid = new SweepGrid(List.of(2, 3), List.of(2, 3), List.of(1L, 2L));
        List<SweepCell> cells = List.of(cell(2, 2, 1, 0.2, false), cell(2, 2, 2, 0.4, false),
                cell(2, 3, 1, 0.1, false), cell(2, 3, 2, 0.1, true),
                cell(3, 2, 1, Double.NaN, false), cell(3, 2, 2, Double.NaN, false),
                cell(3, 3, 1, 0.5, false), cell(3, 3, 2, Double.NaN, false));
        HeatmapFigure f = SweepCommandHeatmaps.figure(SweepMetric.FEATURE_SILHOUETTE, grid, SweepSummary.of(cells));
        assertEquals(List.of("2", "3"), f.rowLabels());
        assertEquals(List.of("2", "3"), f.columnLabels());
        assertEquals(0.3, f.value(0, 0), 1e-15);
        assertEquals("0.300\n±0.141", f.text(0, 0)); // sd of 0.2, 0.4 with n - 1: 0.1414
        assertEquals("0.100\n±0.000", f.text(0, 1));
        assertTrue(Double.isNaN(f.value(1, 0)));
        assertEquals("undefined", f.text(1, 0));
        assertEquals("0.500", f.text(1, 1)); // one seed with a value: a mean, no spread
        assertTrue(f.isHatched(0, 1));
        assertFalse(f.isHatched(0, 0));
        assertFalse(f.isHatched(1, 1));
        assertTrue(f.caption().contains("hatched: the autoencoder collapsed for at least one seed"), f.caption());
        assertTrue(f.caption().contains("grey: undefined for every seed"), f.caption());
        assertEquals(0.1, f.scaleMin(), 1e-15);
        assertEquals(0.5, f.scaleMax(), 1e-15);
        String svg = SvgExporter.toSvg(f, 800, 500);
        assertFalse(svg.contains("NaN"));
        assertTrue(svg.contains("undefined"));

        assertNull(SweepCommandHeatmaps.figure(SweepMetric.RECONSTRUCTION_MSE, grid, SweepSummary.of(cells)));
    }
}
