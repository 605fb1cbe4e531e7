package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One metric of a sweep laid out as its heatmap shows it: latent sizes down (rows), k across (columns), each cell
 * the metric's {@link SweepSummary.Stat} over the seeds. The layer under both the window's Sweep tab and the
 * {@code sweep} command's heatmap files, so that both draw the same numbers; the figure itself is
 * {@code org.genrescope.plot.SweepHeatmap}'s (analysis may not know the plot package).
 *
 * @param metric the metric
 * @param grid   the sweep's grid; rows are its latent sizes, columns its ks
 * @param stats  stats[row][column]: the summary over seeds, or null for a cell not finished yet
 * @param seeds  seeds[row][column]: how many seeds of that cell finished (0 when none)
 * @param collapsed collapsed[row][column]: whether the autoencoder collapsed for at least one of them
 */
public record SweepMetricGrid(SweepMetric metric, SweepGrid grid, SweepSummary.Stat[][] stats, int[][] seeds,
                              boolean[][] collapsed) {
    public SweepMetricGrid {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(grid, "grid");
    }

    /** {@code metric} over the finished {@code rows} of {@code grid} (rows outside it are left out). */
    public static SweepMetricGrid of(SweepMetric metric, SweepGrid grid, List<SweepSummary.Row> rows) {
        int nl = grid.latents().size();
        int nk = grid.ks().size();
        SweepSummary.Stat[][] stats = new SweepSummary.Stat[nl][nk];
        int[][] seeds = new int[nl][nk];
        boolean[][] collapsed = new boolean[nl][nk];
        for (SweepSummary.Row r : rows) {
            int i = grid.latents().indexOf(r.latent());
            int j = grid.ks().indexOf(r.k());
            if (i >= 0 && j >= 0) {
                stats[i][j] = r.stat(metric);
                seeds[i][j] = r.seeds();
                collapsed[i][j] = r.anyCollapsed();
            }
        }
        return new SweepMetricGrid(metric, grid, stats, seeds, collapsed);
    }

    public int rows() {
        return grid.latents().size();
    }

    public int columns() {
        return grid.ks().size();
    }

    /** The cell's summary over seeds, or null when no seed of it has finished. */
    public SweepSummary.Stat stat(int row, int column) {
        return stats[row][column];
    }

    /** means[row][column]: the mean over seeds; NaN where undefined or not finished. */
    public double[][] means() {
        return values(true);
    }

    /** sds[row][column]: the sample standard deviation over seeds; NaN where it has none (fewer than two values). */
    public double[][] sds() {
        return values(false);
    }

    private double[][] values(boolean mean) {
        double[][] out = new double[rows()][columns()];
        for (int i = 0; i < rows(); i++) {
            Arrays.fill(out[i], Double.NaN);
            for (int j = 0; j < columns(); j++) {
                SweepSummary.Stat s = stats[i][j];
                var v = s == null ? null : mean ? s.mean() : s.sd();
                if (v != null && v.isDefined()) {
                    out[i][j] = v.value();
                }
            }
        }
        return out;
    }

    /** finished[row][column]: whether at least one seed of the cell has finished. */
    public boolean[][] finished() {
        boolean[][] out = new boolean[rows()][columns()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                out[i][j] = stats[i][j] != null;
            }
        }
        return out;
    }

    public boolean[][] collapsed() {
        boolean[][] out = new boolean[rows()][];
        for (int i = 0; i < rows(); i++) {
            out[i] = collapsed[i].clone();
        }
        return out;
    }

    /** The latent sizes as row labels. */
    public List<String> rowLabels() {
        return grid.latents().stream().map(String::valueOf).toList();
    }

    /** The ks as column labels. */
    public List<String> columnLabels() {
        return grid.ks().stream().map(String::valueOf).toList();
    }

    /** The figure's title: the metric in words and its key in sweep.csv. */
    public String title() {
        return metric.title() + " (" + metric.key() + ")";
    }

    /** What a cell is and which way is better, for the start of a caption. */
    public String captionStart() {
        List<String> parts = new ArrayList<>();
        int n = grid.seeds().size();
        parts.add("Mean over " + n + " seed" + (n == 1 ? "" : "s") + " per cell");
        switch (metric.better()) {
            case LOWER -> parts.add("lower is better");
            case HIGHER -> parts.add("higher is better");
            default -> { }
        }
        return String.join("; ", parts);
    }
}
