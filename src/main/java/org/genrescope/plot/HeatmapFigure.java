package org.genrescope.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A matrix of coloured cells with text, such as a genres x clusters contingency table.
 *
 * @param title        drawn at the top; empty for none
 * @param rowLabels    one per row, drawn at the left
 * @param columnLabels one per column, drawn at the bottom
 * @param values       values[row][column], which pick the cell colours on the sequential scale
 * @param scaleMin     the value drawn darkest
 * @param scaleMax     the value drawn brightest, above {@code scaleMin}
 * @param cellText     cellText[row][column], may contain one line break; empty strings for none
 * @param xLabel       under the column labels; empty for none
 * @param yLabel       left of the row labels; empty for none
 * @param scaleLabel   beside the colour bar (what the colour means); empty for none
 * @param caption      small print at the bottom; empty for none
 */
public record HeatmapFigure(String title, List<String> rowLabels, List<String> columnLabels, double[][] values,
                            double scaleMin, double scaleMax, String[][] cellText,
                            String xLabel, String yLabel, String scaleLabel, String caption) implements Figure {

    public HeatmapFigure {
        title = Objects.requireNonNullElse(title, "");
        xLabel = Objects.requireNonNullElse(xLabel, "");
        yLabel = Objects.requireNonNullElse(yLabel, "");
        scaleLabel = Objects.requireNonNullElse(scaleLabel, "");
        caption = Objects.requireNonNullElse(caption, "");
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        int rows = rowLabels.size();
        int columns = columnLabels.size();
        if (rows == 0 || columns == 0) {
            throw new IllegalArgumentException("a heatmap needs at least one row and one column, got "
                    + rows + " x " + columns);
        }
        if (!(Double.isFinite(scaleMin) && Double.isFinite(scaleMax) && scaleMin < scaleMax)) {
            throw new IllegalArgumentException("colour scale must be finite with min < max, got "
                    + scaleMin + ".." + scaleMax);
        }
        values = copy(values, rows, columns, "values");
        if (cellText == null) {
            cellText = new String[rows][columns];
            for (String[] row : cellText) {
                java.util.Arrays.fill(row, "");
            }
        } else {
            cellText = copy(cellText, rows, columns);
        }
    }

    /**
     * A contingency table coloured by row percentage (0..100), each cell showing its count and that
     * percentage: how each row (genre) spreads over the columns (clusters).
     */
    public static HeatmapFigure contingency(String title, List<String> rowLabels, List<String> columnLabels,
                                            int[][] counts, String xLabel, String yLabel, String caption) {
        int rows = rowLabels.size();
        int columns = columnLabels.size();
        if (counts.length != rows) {
            throw new IllegalArgumentException(counts.length + " count rows for " + rows + " row labels");
        }
        double[][] percent = new double[rows][columns];
        String[][] text = new String[rows][columns];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("count row " + r + " has " + counts[r].length + " entries for "
                        + columns + " column labels");
            }
            long total = 0;
            for (int count : counts[r]) {
                total += count;
            }
            for (int c = 0; c < columns; c++) {
                percent[r][c] = total == 0 ? 0 : 100.0 * counts[r][c] / total;
                text[r][c] = counts[r][c] + "\n" + Ticks.number(percent[r][c], 1) + "%";
            }
        }
        return new HeatmapFigure(title, rowLabels, columnLabels, percent, 0, 100, text, xLabel, yLabel,
                "% of row", caption);
    }

    public int rows() {
        return rowLabels.size();
    }

    public int columns() {
        return columnLabels.size();
    }

    public double value(int row, int column) {
        return values[row][column];
    }

    public String text(int row, int column) {
        return cellText[row][column];
    }

    @Override
    public double[][] values() {
        double[][] out = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            out[r] = values[r].clone();
        }
        return out;
    }

    @Override
    public String[][] cellText() {
        String[][] out = new String[cellText.length][];
        for (int r = 0; r < cellText.length; r++) {
            out[r] = cellText[r].clone();
        }
        return out;
    }

    /** Where a value sits on the colour scale, 0..1 (clamped). */
    public double scalePosition(double value) {
        return Math.max(0, Math.min(1, (value - scaleMin) / (scaleMax - scaleMin)));
    }

    private static double[][] copy(double[][] m, int rows, int columns, String name) {
        if (m == null || m.length != rows) {
            throw new IllegalArgumentException(name + " must have " + rows + " rows");
        }
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            if (m[r].length != columns) {
                throw new IllegalArgumentException(name + " row " + r + " has " + m[r].length + " entries, expected "
                        + columns);
            }
            out[r] = m[r].clone();
        }
        return out;
    }

    private static String[][] copy(String[][] m, int rows, int columns) {
        if (m.length != rows) {
            throw new IllegalArgumentException("cell text must have " + rows + " rows");
        }
        List<String[]> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            if (m[r].length != columns) {
                throw new IllegalArgumentException("cell text row " + r + " has " + m[r].length
                        + " entries, expected " + columns);
            }
            String[] row = new String[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = Objects.requireNonNullElse(m[r][c], "");
            }
            out.add(row);
        }
        return out.toArray(new String[0][]);
    }
}
