package org.genrescope.plot;

import java.util.List;
import java.util.Objects;

/**
 * One small multiple of a {@link HistogramFigure}: a feature's histogram, optionally one per group.
 *
 * @param title        the panel's title (the feature's name)
 * @param binEdges     ascending bin edges, one more than there are bins
 * @param counts       counts[group][bin]; one row when the data are not split by group
 * @param summaryLines short lines shown under the panel (such as "mean 0.42, sd 0.13")
 * @param groupLines   one short line per group (its own statistics), shown in the group's strip when faceted;
 *                     an empty list for none
 * @param groupMarks   one value per group marked on the x axis in the group's colour (such as its median),
 *                     NaN for none; an empty array for none
 */
public record HistogramPanel(String title, double[] binEdges, int[][] counts, List<String> summaryLines,
                             List<String> groupLines, double[] groupMarks) {

    /** A panel without per-group statistics. */
    public HistogramPanel(String title, double[] binEdges, int[][] counts, List<String> summaryLines) {
        this(title, binEdges, counts, summaryLines, List.of(), new double[0]);
    }

    public HistogramPanel {
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(binEdges, "binEdges");
        Objects.requireNonNull(counts, "counts");
        summaryLines = summaryLines == null ? List.of() : List.copyOf(summaryLines);
        if (binEdges.length < 2) {
            throw new IllegalArgumentException("panel '" + title + "' needs at least 2 bin edges, got " + binEdges.length);
        }
        binEdges = binEdges.clone();
        for (int i = 0; i < binEdges.length; i++) {
            if (!Double.isFinite(binEdges[i]) || (i > 0 && !(binEdges[i] > binEdges[i - 1]))) {
                throw new IllegalArgumentException("panel '" + title + "': bin edges must be finite and increasing, "
                        + "edge " + i + " is " + binEdges[i]);
            }
        }
        if (counts.length == 0) {
            throw new IllegalArgumentException("panel '" + title + "' needs counts for at least one group");
        }
        int[][] copy = new int[counts.length][];
        for (int g = 0; g < counts.length; g++) {
            if (counts[g].length != binEdges.length - 1) {
                throw new IllegalArgumentException("panel '" + title + "', group " + g + ": " + counts[g].length
                        + " counts for " + (binEdges.length - 1) + " bins");
            }
            for (int count : counts[g]) {
                if (count < 0) {
                    throw new IllegalArgumentException("panel '" + title + "': counts must be at least 0, got " + count);
                }
            }
            copy[g] = counts[g].clone();
        }
        counts = copy;
        groupLines = groupLines == null ? List.of() : List.copyOf(groupLines);
        groupMarks = groupMarks == null ? new double[0] : groupMarks.clone();
        if (!groupLines.isEmpty() && groupLines.size() != counts.length) {
            throw new IllegalArgumentException("panel '" + title + "': " + groupLines.size() + " group lines for "
                    + counts.length + " groups");
        }
        if (groupMarks.length != 0 && groupMarks.length != counts.length) {
            throw new IllegalArgumentException("panel '" + title + "': " + groupMarks.length + " group marks for "
                    + counts.length + " groups");
        }
    }

    /** The same panel with each group's statistics line and marked value. */
    public HistogramPanel withGroupStatistics(List<String> lines, double[] marks) {
        return new HistogramPanel(title, binEdges, counts, summaryLines, lines, marks);
    }

    @Override
    public double[] groupMarks() {
        return groupMarks.clone();
    }

    /** How many values of {@code group} the panel holds (the sum of its bins). */
    public long total(int group) {
        long total = 0;
        for (int count : counts[group]) {
            total += count;
        }
        return total;
    }

    /**
     * The height of a bar: its count, or with {@code share} its percentage of the group's values (the group's
     * density times the bin width, times 100), 0 for an empty group.
     */
    public double height(int group, int bin, boolean share) {
        if (!share) {
            return counts[group][bin];
        }
        long total = total(group);
        return total == 0 ? 0 : 100.0 * counts[group][bin] / total;
    }

    /**
     * Bins {@code values} into {@code bins} equal-width bins over their range, per group
     * ({@code group[i]} in 0..groups-1, or -1 to leave a value out); {@code group} null puts all in one.
     */
    public static HistogramPanel of(String title, double[] values, int[] group, int groups, int bins,
                                    List<String> summaryLines) {
        if (bins < 1) {
            throw new IllegalArgumentException("--bins must be at least 1, got " + bins);
        }
        int groupCount = group == null ? 1 : groups;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        ViewWindow range = ViewWindow.around(min, max, 0, 1);
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = range.xMin() + range.width() * b / bins;
        }
        int[][] counts = new int[groupCount][bins];
        for (int i = 0; i < values.length; i++) {
            int g = group == null ? 0 : group[i];
            if (g < 0 || !Double.isFinite(values[i])) {
                continue;
            }
            int b = (int) ((values[i] - range.xMin()) / range.width() * bins);
            counts[g][Math.min(Math.max(b, 0), bins - 1)]++;
        }
        return new HistogramPanel(title, edges, counts, summaryLines);
    }

    @Override
    public double[] binEdges() {
        return binEdges.clone();
    }

    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int g = 0; g < counts.length; g++) {
            copy[g] = counts[g].clone();
        }
        return copy;
    }

    public int bins() {
        return binEdges.length - 1;
    }

    public int groups() {
        return counts.length;
    }

    public double edge(int i) {
        return binEdges[i];
    }

    public int count(int group, int bin) {
        return counts[group][bin];
    }

    /** The largest count of one group's bins. */
    public int maxCount(int group) {
        int max = 0;
        for (int count : counts[group]) {
            max = Math.max(max, count);
        }
        return max;
    }
}
