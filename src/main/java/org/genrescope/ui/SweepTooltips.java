package org.genrescope.ui;

import java.util.List;
import org.genrescope.analysis.SweepMetric;
import org.genrescope.analysis.SweepMetricGrid;
import org.genrescope.analysis.SweepSummary;
import org.genrescope.plot.SweepHeatmap;

/**
 * The text of a sweep heatmap cell's tooltip: the cell's latent size and k, the metric's mean over the seeds with
 * 4 significant digits (the cell shows 3), its spread (sample standard deviation, range and the number of seeds
 * with a value), how many seeds collapsed, and what a click does.
 */
final class SweepTooltips {
    private SweepTooltips() { }

    static String text(SweepMetricGrid grid, List<SweepSummary.Row> rows, int row, int column) {
        if (row < 0 || column < 0 || row >= grid.rows() || column >= grid.columns()) {
            return "";
        }
        int latent = grid.grid().latents().get(row);
        int k = grid.grid().ks().get(column);
        int seeds = grid.grid().seeds().size();
        StringBuilder s = new StringBuilder("latent size " + latent + ", k " + k + "\n" + grid.metric().title() + "\n");
        SweepSummary.Stat stat = grid.stat(row, column);
        if (stat == null) {
            return s.append("not run yet").toString();
        }
        int finished = grid.seeds()[row][column];
        if (!stat.mean().isDefined()) {
            s.append("undefined for every seed: ").append(stat.mean().undefinedReason());
        } else {
            List<Double> values = stat.values();
            double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            s.append("mean ").append(number(stat.mean().value())).append(" over ").append(stat.defined())
                    .append(stat.defined() == 1 ? " seed" : " seeds");
            if (stat.defined() < finished) {
                s.append(" (undefined for ").append(finished - stat.defined()).append(")");
            }
            s.append("\nsd ").append(stat.sd().isDefined() ? number(stat.sd().value()) : "none (one value)")
                    .append(", range ").append(number(min)).append(" to ").append(number(max))
                    .append(", n = ").append(stat.defined());
        }
        if (finished < seeds) {
            s.append("\n").append(finished).append(" of ").append(seeds).append(" seeds finished");
        }
        long collapsed = collapsedSeeds(rows, latent, k);
        if (collapsed > 0) {
            s.append("\nthe autoencoder collapsed for ").append(collapsed).append(" of ").append(finished)
                    .append(finished == 1 ? " seed" : " seeds").append(": those clusters are no result");
        }
        return s.append("\nClick to load latent size ").append(latent).append(" and k ").append(k)
                .append(" into the settings.").toString();
    }

    private static long collapsedSeeds(List<SweepSummary.Row> rows, int latent, int k) {
        return rows.stream().filter(r -> r.latent() == latent && r.k() == k)
                .flatMap(r -> r.stat(SweepMetric.COLLAPSED).values().stream()).filter(v -> v > 0).count();
    }

    /** 4 significant digits, without an exponent. */
    static String number(double v) {
        return SweepHeatmap.number(v, 4);
    }
}
