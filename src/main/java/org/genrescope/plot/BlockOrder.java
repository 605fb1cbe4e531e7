package org.genrescope.plot;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * An order of a contingency table's rows and columns that shows its block structure: rows sorted by the
 * position of their main column (the column holding most of the row's count), columns grouped under the row that
 * holds the largest share of them. For genres x clusters it puts each genre beside its main cluster, so the
 * clusters a genre dominates form a diagonal.
 *
 * <p>Computed in passes: columns by their owning row in the given row order; rows by their main column's
 * position; columns again by their owning row's new position; rows once more by their main column's final
 * position. Ties keep the given order. Afterwards the rows' main columns run left to right down the table
 * ({@link #isStaircase} holds).
 *
 * @param rows    rows[i] is the original index of the row shown i-th
 * @param columns columns[j] is the original index of the column shown j-th
 */
public record BlockOrder(int[] rows, int[] columns) {

    public BlockOrder {
        rows = rows.clone();
        columns = columns.clone();
    }

    /** The order of {@code counts} (rows x columns, at least 0; a row of zeros sorts last). */
    public static BlockOrder of(int[][] counts) {
        int rowCount = counts.length;
        int columnCount = rowCount == 0 ? 0 : counts[0].length;
        double[][] share = new double[rowCount][columnCount];
        int[] mainColumn = new int[rowCount];
        for (int r = 0; r < rowCount; r++) {
            if (counts[r].length != columnCount) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " counts, row 0 "
                        + columnCount);
            }
            long total = Arrays.stream(counts[r]).asLongStream().sum();
            mainColumn[r] = total == 0 ? -1 : 0;
            for (int c = 0; c < columnCount; c++) {
                share[r][c] = total == 0 ? 0 : (double) counts[r][c] / total;
                if (total > 0 && counts[r][c] > counts[r][mainColumn[r]]) {
                    mainColumn[r] = c;
                }
            }
        }
        int[] owner = new int[columnCount];
        for (int c = 0; c < columnCount; c++) {
            owner[c] = 0;
            for (int r = 1; r < rowCount; r++) {
                if (share[r][c] > share[owner[c]][c]) {
                    owner[c] = r;
                }
            }
        }
        int[] rowPosition = IntStream.range(0, rowCount).toArray();
        int[] columns = orderColumns(owner, rowPosition, share);
        int[] columnPosition = positions(columns);
        Integer[] rows = IntStream.range(0, rowCount).boxed().toArray(Integer[]::new);
        Arrays.sort(rows, Comparator.<Integer>comparingInt(r -> mainColumn[r] < 0 ? Integer.MAX_VALUE
                : columnPosition[mainColumn[r]]).thenComparingDouble(r -> mainColumn[r] < 0 ? 0 : -share[r][mainColumn[r]]));
        int[] rowOrder = Arrays.stream(rows).mapToInt(Integer::intValue).toArray();
        int[] finalColumns = orderColumns(owner, positions(rowOrder), share);
        // A column's owner may sit elsewhere than the rows whose main column it is; re-sort the rows so the
        // staircase holds in the final column order too.
        int[] finalColumnPosition = positions(finalColumns);
        Arrays.sort(rows, Comparator.<Integer>comparingInt(r -> mainColumn[r] < 0 ? Integer.MAX_VALUE
                : finalColumnPosition[mainColumn[r]]).thenComparingDouble(r -> mainColumn[r] < 0 ? 0 : -share[r][mainColumn[r]]));
        return new BlockOrder(Arrays.stream(rows).mapToInt(Integer::intValue).toArray(), finalColumns);
    }

    private static int[] orderColumns(int[] owner, int[] rowPosition, double[][] share) {
        Integer[] columns = IntStream.range(0, owner.length).boxed().toArray(Integer[]::new);
        Arrays.sort(columns, Comparator.<Integer>comparingInt(c -> rowPosition[owner[c]])
                .thenComparingDouble(c -> -share[owner[c]][c]));
        return Arrays.stream(columns).mapToInt(Integer::intValue).toArray();
    }

    private static int[] positions(int[] order) {
        int[] position = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        return position;
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    @Override
    public int[] columns() {
        return columns.clone();
    }

    /** {@code counts} with its rows and columns in this order. */
    public int[][] apply(int[][] counts) {
        int[][] out = new int[rows.length][columns.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                out[i][j] = counts[rows[i]][columns[j]];
            }
        }
        return out;
    }

    /** {@code labels} in the order {@code order}. */
    public static java.util.List<String> reorder(java.util.List<String> labels, int[] order) {
        return Arrays.stream(order).mapToObj(labels::get).toList();
    }

    /** Whether the rows' main columns (in the reordered {@code ordered} table) never move left going down. */
    public static boolean isStaircase(int[][] ordered) {
        int previous = -1;
        for (int[] row : ordered) {
            if (Arrays.stream(row).sum() == 0) {
                continue;
            }
            int main = 0;
            for (int c = 1; c < row.length; c++) {
                if (row[c] > row[main]) {
                    main = c;
                }
            }
            if (main < previous) {
                return false;
            }
            previous = main;
        }
        return true;
    }
}
