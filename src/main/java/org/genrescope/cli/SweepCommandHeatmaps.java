package org.genrescope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.analysis.SweepGrid;
import org.genrescope.analysis.SweepMetric;
import org.genrescope.analysis.SweepMetricGrid;
import org.genrescope.analysis.SweepSummary;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.plot.PngExporter;
import org.genrescope.plot.SweepHeatmap;
import org.genrescope.plot.SvgExporter;

/**
 * Writes the sweep's heatmap files: one per metric, drawn by {@link SweepHeatmap} from {@link SweepMetricGrid} (the
 * same figure the window's Sweep tab shows).
 */
final class SweepCommandHeatmaps {
    static final int WIDTH = 960;
    static final int HEIGHT = 600;

    private SweepCommandHeatmaps() { }

    /** {@code heatmap_<key>}: the file name of a metric's heatmap, without its extension. */
    static String fileName(SweepMetric m) {
        return "heatmap_" + m.key();
    }

    /**
     * The heatmap of {@code metric} over {@code rows} (one per latent size x k of {@code grid}), or null when the
     * metric is undefined in every cell (there is nothing to colour). The window's Sweep tab draws the same figure.
     */
    static HeatmapFigure figure(SweepMetric metric, SweepGrid grid, List<SweepSummary.Row> rows) {
        SweepMetricGrid cells = SweepMetricGrid.of(metric, grid, rows);
        return SweepHeatmap.figure(cells.title(), cells.rowLabels(), cells.columnLabels(), cells.means(), cells.sds(),
                cells.finished(), cells.collapsed(), cells.captionStart(), "");
    }

    /**
     * Writes {@code heatmap_<key>.png} and {@code .svg} of every metric defined in at least one cell into
     * {@code folder}; returns the metrics without a heatmap.
     */
    static List<SweepMetric> writeAll(Path folder, SweepGrid grid, List<SweepSummary.Row> rows) throws IOException {
        List<SweepMetric> skipped = new ArrayList<>();
        for (SweepMetric m : SweepMetric.values()) {
            HeatmapFigure f = figure(m, grid, rows);
            if (f == null) {
                skipped.add(m);
                continue;
            }
            PngExporter.write(f, folder.resolve(fileName(m) + ".png"), WIDTH, HEIGHT, PngExporter.BASE_DPI);
            SvgExporter.write(f, folder.resolve(fileName(m) + ".svg"), WIDTH, HEIGHT);
        }
        return skipped;
    }

    /** Why {@code m} has no heatmap: the reason its first cell gives. */
    static String whyNone(SweepMetric m, List<SweepSummary.Row> rows) {
        MetricValue mean = rows.get(0).stat(m).mean();
        return mean.isDefined() ? "" : mean.undefinedReason();
    }
}
