package org.genrescope.plot;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A matrix of coloured cells with text, such as a genres x clusters contingency table.
 *
 * @param title        drawn at the top; empty for none
 * @param rowLabels    one per row, drawn at the left
 * @param columnLabels one per column, drawn at the bottom
 * @param values       values[row][column], which pick the cell colours on the sequential scale; NaN for a cell
 *                     without a value, drawn grey (its cell label should say why)
 * @param scaleMin     the value drawn darkest
 * @param scaleMax     the value drawn brightest, above {@code scaleMin}
 * @param cellLabels   the cells' texts, richest first: the renderer draws the first whose every cell fits its
 *                     cell (trying smaller fonts), and says which it drew; an empty list for none
 * @param xLabel       under the column labels; empty for none
 * @param yLabel       left of the row labels; empty for none
 * @param scaleLabel   beside the colour bar (what the colour means); empty for none
 * @param caption      small print at the bottom; empty for none
 * @param hatched      hatched[row][column]: cells drawn with stripes over their colour, for a mark the colour
 *                     cannot carry (such as a collapsed run; the caption says what it means); null for none
 */
public record HeatmapFigure(String title, List<String> rowLabels, List<String> columnLabels, double[][] values,
                            double scaleMin, double scaleMax, List<CellLabels> cellLabels,
                            String xLabel, String yLabel, String scaleLabel, String caption, boolean[][] hatched)
        implements Figure {

    /** A heatmap without hatched cells. */
    public HeatmapFigure(String title, List<String> rowLabels, List<String> columnLabels, double[][] values,
                         double scaleMin, double scaleMax, List<CellLabels> cellLabels,
                         String xLabel, String yLabel, String scaleLabel, String caption) {
        this(title, rowLabels, columnLabels, values, scaleMin, scaleMax, cellLabels, xLabel, yLabel, scaleLabel,
                caption, null);
    }

    /**
     * One way of labelling every cell.
     *
     * @param meaning what the numbers are, shown under the figure ("cells: count and % of its genre")
     * @param text    text[row][column], may contain one line break; empty strings for none
     */
    public record CellLabels(String meaning, String[][] text) {

        public CellLabels {
            meaning = Objects.requireNonNullElse(meaning, "");
            Objects.requireNonNull(text, "text");
            String[][] copy = new String[text.length][];
            for (int r = 0; r < text.length; r++) {
                copy[r] = new String[text[r].length];
                for (int c = 0; c < text[r].length; c++) {
                    copy[r][c] = Objects.requireNonNullElse(text[r][c], "");
                }
            }
            text = copy;
        }

        public String text(int row, int column) {
            return text[row][column];
        }

        @Override
        public String[][] text() {
            String[][] out = new String[text.length][];
            for (int r = 0; r < text.length; r++) {
                out[r] = text[r].clone();
            }
            return out;
        }
    }

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
        cellLabels = cellLabels == null ? List.of() : List.copyOf(cellLabels);
        for (CellLabels labels : cellLabels) {
            check(labels.text, rows, columns);
        }
        hatched = hatched == null ? null : copyMarks(hatched, rows, columns);
    }

    /** Whether the cell is drawn hatched. */
    public boolean isHatched(int row, int column) {
        return hatched != null && hatched[row][column];
    }

    @Override
    public boolean[][] hatched() {
        return hatched == null ? null : copyMarks(hatched, hatched.length, hatched.length == 0 ? 0 : hatched[0].length);
    }

    private static boolean[][] copyMarks(boolean[][] m, int rows, int columns) {
        if (m.length != rows) {
            throw new IllegalArgumentException("hatched must have " + rows + " rows, got " + m.length);
        }
        boolean[][] out = new boolean[rows][];
        for (int r = 0; r < rows; r++) {
            if (m[r].length != columns) {
                throw new IllegalArgumentException("hatched row " + r + " has " + m[r].length + " entries, expected "
                        + columns);
            }
            out[r] = m[r].clone();
        }
        return out;
    }

    /**
     * A contingency table coloured by row percentage (0..100), each cell labelled with its count (thousands
     * separated) and that percentage to one decimal; where those do not fit, the percentage alone, to one
     * decimal, whole, or whole without its sign. A count above zero whose percentage rounds to zero shows as "<0.1%" or "<1%", never "0%".
     *
     * @param yLabel what a row is ("genre"); the percentages are "% of its genre"
     */
    public static HeatmapFigure contingency(String title, List<String> rowLabels, List<String> columnLabels,
                                            int[][] counts, String xLabel, String yLabel, String caption) {
        int rows = rowLabels.size();
        int columns = columnLabels.size();
        if (counts.length != rows) {
            throw new IllegalArgumentException(counts.length + " count rows for " + rows + " row labels");
        }
        double[][] percent = new double[rows][columns];
        String[][] both = new String[rows][columns];
        String[][] tenths = new String[rows][columns];
        String[][] whole = new String[rows][columns];
        String[][] bare = new String[rows][columns];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("count row " + r + " has " + counts[r].length + " entries for "
                        + columns + " column labels");
            }
            long total = 0;
            for (int count : counts[r]) {
                if (count < 0) {
                    throw new IllegalArgumentException("counts must be at least 0, got " + count + " in row " + r);
                }
                total += count;
            }
            for (int c = 0; c < columns; c++) {
                percent[r][c] = total == 0 ? 0 : 100.0 * counts[r][c] / total;
                tenths[r][c] = percentText(counts[r][c], percent[r][c], 1);
                whole[r][c] = percentText(counts[r][c], percent[r][c], 0);
                bare[r][c] = whole[r][c].substring(0, whole[r][c].length() - 1);
                both[r][c] = String.format(Locale.ROOT, "%,d", counts[r][c]) + "\n" + tenths[r][c];
            }
        }
        String of = yLabel == null || yLabel.isEmpty() ? "% of its row" : "% of its " + yLabel;
        List<CellLabels> labels = List.of(new CellLabels("cells: count and " + of, both),
                new CellLabels("cells: " + of + " (the counts do not fit)", tenths),
                new CellLabels("cells: " + of + ", rounded (the counts do not fit)", whole),
                new CellLabels("cells: " + of + ", rounded, without the % sign (the counts do not fit)", bare));
        return new HeatmapFigure(title, rowLabels, columnLabels, percent, 0, 100, labels, xLabel, yLabel, of, caption);
    }

    private static String percentText(int count, double percent, int decimals) {
        double smallest = decimals == 0 ? 1 : 0.1;
        if (count > 0 && percent < smallest / 2) {
            return "<" + Ticks.number(smallest, decimals) + "%";
        }
        return Ticks.number(percent, decimals) + "%";
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

    /** The richest labels' text of a cell (empty when the figure has no labels). */
    public String text(int row, int column) {
        return cellLabels.isEmpty() ? "" : cellLabels.get(0).text(row, column);
    }

    @Override
    public double[][] values() {
        double[][] out = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            out[r] = values[r].clone();
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

    private static void check(String[][] m, int rows, int columns) {
        if (m.length != rows) {
            throw new IllegalArgumentException("cell text must have " + rows + " rows, got " + m.length);
        }
        for (int r = 0; r < rows; r++) {
            if (m[r].length != columns) {
                throw new IllegalArgumentException("cell text row " + r + " has " + m[r].length
                        + " entries, expected " + columns);
            }
        }
    }
}
