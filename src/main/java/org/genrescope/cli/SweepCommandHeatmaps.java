package org.genrescope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genrescope.analysis.SweepGrid;
import org.genrescope.analysis.SweepMetric;
import org.genrescope.analysis.SweepSummary;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.plot.PngExporter;
import org.genrescope.plot.SvgExporter;

/**
 * The sweep's heatmaps: one per metric, latent size down, k across, each cell the metric's mean over the seeds.
 * A cell where the autoencoder collapsed for at least one seed is hatched (its clusters are no result); a cell
 * whose metric is undefined for every seed is grey and says "undefined", never NaN.
 */
final class SweepCommandHeatmaps {
    static final int WIDTH = 960;
    static final int HEIGHT = 600;
    static final String UNDEFINED = "undefined";

    private SweepCommandHeatmaps() { }

    /** {@code heatmap_<key>}: the file name of a metric's heatmap, without its extension. */
    static String fileName(SweepMetric m) {
        return "heatmap_" + m.key();
    }

    /**
     * The heatmap of {@code metric} over {@code rows} (one per latent size x k of {@code grid}), or null when the
     * metric is undefined in every cell (there is nothing to colour).
     */
    static HeatmapFigure figure(SweepMetric metric, SweepGrid grid, List<SweepSummary.Row> rows) {
        int nl = grid.latents().size();
        int nk = grid.ks().size();
        double[][] means = new double[nl][nk];
        boolean[][] collapsed = new boolean[nl][nk];
        String[][] withSpread = new String[nl][nk];
        String[][] meanOnly = new String[nl][nk];
        String[][] shortest = new String[nl][nk];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean anyCollapsed = false;
        boolean anyUndefined = false;
        for (double[] row : means) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (String[][] texts : List.of(withSpread, meanOnly, shortest)) {
            for (String[] row : texts) {
                java.util.Arrays.fill(row, "");
            }
        }
        for (SweepSummary.Row r : rows) {
            int i = grid.latents().indexOf(r.latent());
            int j = grid.ks().indexOf(r.k());
            if (i < 0 || j < 0) {
                continue;
            }
            SweepSummary.Stat s = r.stat(metric);
            collapsed[i][j] = r.anyCollapsed();
            anyCollapsed |= collapsed[i][j];
            if (!s.mean().isDefined()) {
                anyUndefined = true;
                withSpread[i][j] = UNDEFINED;
                meanOnly[i][j] = UNDEFINED;
                shortest[i][j] = "undef.";
                continue;
            }
            double v = s.mean().value();
            means[i][j] = v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            meanOnly[i][j] = number(v, 3);
            // the spread to the mean's decimals: a spread below them reads as 0 at the precision shown
            withSpread[i][j] = meanOnly[i][j] + (s.sd().isDefined() ? "\n±" + fixed(s.sd().value(), decimals(v, 3)) : "");
            shortest[i][j] = number(v, 2);
        }
        if (min > max) {
            return null;
        }
        if (min == max) {
            double pad = Math.max(Math.abs(min) * 0.05, 0.5);
            min -= pad;
            max += pad;
        }
        List<HeatmapFigure.CellLabels> labels = List.of(
                new HeatmapFigure.CellLabels("cells: mean over seeds, ± sample standard deviation", withSpread),
                new HeatmapFigure.CellLabels("cells: mean over seeds (the spread does not fit)", meanOnly),
                new HeatmapFigure.CellLabels("cells: mean over seeds, rounded (the spread does not fit)", shortest));
        List<String> rowLabels = grid.latents().stream().map(String::valueOf).toList();
        List<String> columnLabels = grid.ks().stream().map(String::valueOf).toList();
        return new HeatmapFigure(metric.title() + " (" + metric.key() + ")", rowLabels, columnLabels, means, min, max,
                labels, "k (clusters)", "latent size", "mean over seeds",
                caption(metric, grid, anyCollapsed, anyUndefined), anyCollapsed ? collapsed : null);
    }

    private static String caption(SweepMetric metric, SweepGrid grid, boolean anyCollapsed, boolean anyUndefined) {
        List<String> parts = new ArrayList<>();
        parts.add("Mean over " + grid.seeds().size() + " seed" + (grid.seeds().size() == 1 ? "" : "s") + " per cell");
        switch (metric.better()) {
            case LOWER -> parts.add("lower is better");
            case HIGHER -> parts.add("higher is better");
            default -> { }
        }
        if (anyCollapsed) {
            parts.add("hatched: the autoencoder collapsed for at least one seed, so those clusters are no result");
        }
        if (anyUndefined) {
            parts.add("grey: undefined for every seed");
        }
        return String.join("; ", parts) + ".";
    }

    /** {@code v} to {@code digits} significant digits (whole numbers above that), without an exponent. */
    static String number(double v, int digits) {
        return fixed(v, decimals(v, digits));
    }

    /** The decimals that show {@code v} to {@code digits} significant digits (at most 8, none above them). */
    static int decimals(double v, int digits) {
        double magnitude = Math.abs(v);
        int decimals = magnitude == 0 ? digits - 1
                : Math.max(0, digits - 1 - (int) Math.floor(Math.log10(magnitude)));
        return Math.min(decimals, 8);
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
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
