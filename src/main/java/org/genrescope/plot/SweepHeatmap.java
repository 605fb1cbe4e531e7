package org.genrescope.plot;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A sweep's heatmap of one metric, for the window's Sweep tab and the {@code sweep} command's files alike: latent
 * size down, k across, each cell the metric's mean over the seeds with its sample standard deviation. A cell where
 * the autoencoder collapsed for at least one seed is hatched (its clusters are no result); a finished cell whose
 * metric is undefined for every seed is grey and says "undefined", never NaN; a cell not run yet is grey and empty.
 * The numbers come from {@code org.genrescope.analysis.SweepMetricGrid}, passed here as plain arrays because the
 * plot package may not know the analysis one.
 */
public final class SweepHeatmap {
    /** The text of a finished cell whose metric is undefined for every seed. */
    public static final String UNDEFINED = "undefined";

    private SweepHeatmap() { }

    /**
     * The figure, or null when no cell has a value (there is nothing to colour).
     *
     * @param title        the metric, in words
     * @param rowLabels    the latent sizes
     * @param columnLabels the ks
     * @param means        means[row][column] over seeds; NaN where undefined or not run
     * @param sds          sds[row][column], sample standard deviations; NaN where there is none
     * @param finished     finished[row][column]: whether any seed of the cell has run
     * @param collapsed    collapsed[row][column]: whether the autoencoder collapsed for any seed of it
     * @param captionStart what a cell is and which way is better ("Mean over 3 seeds per cell; higher is better")
     * @param credit       the data's credit, the caption's last sentence; empty for none
     */
    public static HeatmapFigure figure(String title, List<String> rowLabels, List<String> columnLabels,
                                       double[][] means, double[][] sds, boolean[][] finished, boolean[][] collapsed,
                                       String captionStart, String credit) {
        int rows = rowLabels.size();
        int columns = columnLabels.size();
        String[][] withSpread = new String[rows][columns];
        String[][] meanOnly = new String[rows][columns];
        String[][] shortest = new String[rows][columns];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean anyCollapsed = false;
        boolean anyUndefined = false;
        boolean anyNotRun = false;
        for (int i = 0; i < rows; i++) {
            Arrays.fill(withSpread[i], "");
            Arrays.fill(meanOnly[i], "");
            Arrays.fill(shortest[i], "");
            for (int j = 0; j < columns; j++) {
                anyCollapsed |= collapsed[i][j];
                if (!finished[i][j]) {
                    anyNotRun = true;
                    continue;
                }
                double v = means[i][j];
                if (Double.isNaN(v)) {
                    anyUndefined = true;
                    withSpread[i][j] = UNDEFINED;
                    meanOnly[i][j] = UNDEFINED;
                    shortest[i][j] = "undef.";
                    continue;
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
                meanOnly[i][j] = number(v, 3);
                // the spread to the mean's decimals: a spread below them reads as 0 at the precision shown
                withSpread[i][j] = meanOnly[i][j] + (Double.isNaN(sds[i][j]) ? ""
                        : "\n±" + fixed(sds[i][j], decimals(v, 3)));
                shortest[i][j] = number(v, 2);
            }
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
        List<String> parts = new ArrayList<>(List.of(captionStart));
        if (anyCollapsed) {
            parts.add("hatched: the autoencoder collapsed for at least one seed, so those clusters are no result");
        }
        if (anyUndefined) {
            parts.add("grey: undefined for every seed");
        }
        if (anyNotRun) {
            parts.add("grey and empty: not run yet");
        }
        return new HeatmapFigure(title, rowLabels, columnLabels, means, min, max, labels, "k (clusters)",
                "latent size", "mean over seeds", String.join("; ", parts) + "." + (credit.isEmpty() ? "" : " " + credit),
                anyCollapsed ? collapsed : null);
    }

    /**
     * The cell under a point of {@code figure} drawn at {@code width} x {@code height} logical pixels, as
     * {row, column}, or null when the point is outside the cells.
     */
    public static int[] cellAt(HeatmapFigure figure, double width, double height, double x, double y) {
        HeatmapRenderer.Layout layout = HeatmapRenderer.layout(figure, width, height);
        Rectangle2D grid = layout.grid();
        if (!grid.contains(x, y)) {
            return null;
        }
        int column = (int) Math.floor((x - grid.getMinX()) / layout.cellWidth());
        int row = (int) Math.floor((y - grid.getMinY()) / layout.cellHeight());
        if (row < 0 || row >= figure.rows() || column < 0 || column >= figure.columns()) {
            return null;
        }
        return new int[] {row, column};
    }

    /** {@code v} to {@code digits} significant digits (whole numbers above that), without an exponent. */
    public static String number(double v, int digits) {
        return fixed(v, decimals(v, digits));
    }

    /** The decimals that show {@code v} to {@code digits} significant digits (at most 8, none above them). */
    public static int decimals(double v, int digits) {
        double magnitude = Math.abs(v);
        int decimals = magnitude == 0 ? digits - 1
                : Math.max(0, digits - 1 - (int) Math.floor(Math.log10(magnitude)));
        return Math.min(decimals, 8);
    }

    /** {@code v} with {@code decimals} decimals, a point as the decimal mark. */
    public static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
