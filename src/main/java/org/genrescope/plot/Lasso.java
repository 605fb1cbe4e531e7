package org.genrescope.plot;

import java.util.Arrays;

/**
 * A closed polygon (a lasso drawn with the mouse) and an even-odd inside test that looks only at the edges
 * crossing the query's height: the edges are filed into horizontal bands, so a point costs a few edge tests
 * however many vertices the lasso has, and 100,000 points are tested in a few milliseconds.
 */
final class Lasso {

    private final double[] x;
    private final double[] y;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;
    private final int bands;
    private final double bandHeight;
    private final int[] bandStart;
    private final int[] bandEdges;

    /** The polygon through the vertices in order, closed from the last back to the first; at least 3 vertices. */
    Lasso(double[] x, double[] y) {
        if (x.length != y.length || x.length < 3) {
            throw new IllegalArgumentException("a lasso needs at least 3 vertices with an x and a y each, got "
                    + x.length + " x and " + y.length + " y");
        }
        this.x = x.clone();
        this.y = y.clone();
        int n = x.length;
        minX = Arrays.stream(x).min().orElseThrow();
        maxX = Arrays.stream(x).max().orElseThrow();
        minY = Arrays.stream(y).min().orElseThrow();
        maxY = Arrays.stream(y).max().orElseThrow();
        bands = Math.max(1, Math.min(1024, n));
        bandHeight = (maxY - minY) / bands;
        int[] counts = new int[bands + 1];
        for (int e = 0; e < n; e++) {
            int[] range = bandRange(e);
            for (int b = range[0]; b <= range[1]; b++) {
                counts[b + 1]++;
            }
        }
        for (int b = 0; b < bands; b++) {
            counts[b + 1] += counts[b];
        }
        bandStart = counts.clone();
        bandEdges = new int[counts[bands]];
        int[] fill = Arrays.copyOf(counts, bands);
        for (int e = 0; e < n; e++) {
            int[] range = bandRange(e);
            for (int b = range[0]; b <= range[1]; b++) {
                bandEdges[fill[b]++] = e;
            }
        }
    }

    double minX() {
        return minX;
    }

    double maxX() {
        return maxX;
    }

    double minY() {
        return minY;
    }

    double maxY() {
        return maxY;
    }

    /** Whether (px, py) is inside by the even-odd rule (a horizontal ray to the right crosses an odd number of edges). */
    boolean contains(double px, double py) {
        if (!(py >= minY && py <= maxY && px >= minX && px <= maxX)) {
            return false;
        }
        int b = band(py);
        boolean inside = false;
        int n = x.length;
        for (int k = bandStart[b]; k < bandStart[b + 1]; k++) {
            int i = bandEdges[k];
            int j = i + 1 == n ? 0 : i + 1;
            double yi = y[i];
            double yj = y[j];
            if ((yi > py) != (yj > py) && px < (x[j] - x[i]) * (py - yi) / (yj - yi) + x[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    private int band(double py) {
        if (!(bandHeight > 0)) {
            return 0;
        }
        return Math.min(bands - 1, Math.max(0, (int) ((py - minY) / bandHeight)));
    }

    /** The bands edge {@code e} (from vertex e to the next) overlaps. */
    private int[] bandRange(int e) {
        int j = e + 1 == x.length ? 0 : e + 1;
        return new int[] {band(Math.min(y[e], y[j])), band(Math.max(y[e], y[j]))};
    }
}
