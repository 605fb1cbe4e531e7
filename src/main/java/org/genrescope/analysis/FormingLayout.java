package org.genrescope.analysis;

import java.util.Locale;

/**
 * A t-SNE or UMAP layout while it forms, with the clusters this run already found, for a window to draw before the
 * projection ends. Never a result: no {@link AnalysisResult} holds one, so it is never saved or exported; the final
 * layout replaces it.
 *
 * <p>Holds the arrays it is given without copying them (the optimiser hands over a fresh copy each time, and the
 * clusters are shared by every layout of one run); neither is changed afterwards.
 */
public final class FormingLayout {
    /** Hears the forming layouts of a run, on the computing thread; must be quick (hand over, draw elsewhere). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = layout -> { };

        void formed(FormingLayout layout);
    }

    private final String method;
    private final double[] xy;
    private final int[] clusters;
    private final int clusterCount;
    private final int iteration;
    private final int iterations;
    private final int points;
    private final org.genrescope.model.clustering.Clustering clustering;

    /**
     * @param method       the method as the user knows it, "t-SNE" or "UMAP"
     * @param xy           m x 2 row-major positions of the m points being embedded
     * @param clusters     the cluster of each of the m points, -1 for noise
     * @param clusterCount clusters of the run (noise is not one)
     * @param iteration    iterations (UMAP: epochs) done, 1 to {@code iterations} - 1
     * @param iterations   iterations the optimisation runs in all
     * @param points       all points of the data: m, or more when a seeded sample of m is embedded
     * @throws IllegalArgumentException when the sizes disagree
     */
    public FormingLayout(String method, double[] xy, int[] clusters, int clusterCount, int iteration, int iterations,
                         int points) {
        this(method, xy, clusters, clusterCount, iteration, iterations, points, null);
    }

    /**
     * As above, with the run's whole clustering ({@code points} labels, the drawn points' among them), from which a
     * window can number the clusters as the run's result will be numbered; null when not known.
     */
    public FormingLayout(String method, double[] xy, int[] clusters, int clusterCount, int iteration, int iterations,
                         int points, org.genrescope.model.clustering.Clustering clustering) {
        if (xy.length != 2 * clusters.length || points < clusters.length) {
            throw new IllegalArgumentException(xy.length / 2 + " positions for " + clusters.length + " clusters of "
                    + points + " points");
        }
        this.method = method;
        this.xy = xy;
        this.clusters = clusters;
        this.clusterCount = clusterCount;
        this.iteration = iteration;
        this.iterations = iterations;
        this.points = points;
        this.clustering = clustering;
    }

    /** The run's whole clustering, of every point of the data; null when not known. */
    public org.genrescope.model.clustering.Clustering clustering() { return clustering; }

    /**
     * This layout with other cluster numbers for its drawn points (the same positions, shared): {@code clusters[i]}
     * for drawn point i, -1 for noise.
     *
     * @throws IllegalArgumentException when there is not one number per drawn point
     */
    public FormingLayout withClusters(int[] clusters) {
        if (clusters.length != this.clusters.length) {
            throw new IllegalArgumentException(clusters.length + " cluster numbers for " + this.clusters.length
                    + " drawn points");
        }
        return new FormingLayout(method, xy, clusters, clusterCount, iteration, iterations, points, clustering);
    }

    public String method() { return method; }

    /** Points drawn: all of the data's, or the embedded sample. */
    public int size() { return clusters.length; }

    public double x(int i) { return xy[2 * i]; }

    public double y(int i) { return xy[2 * i + 1]; }

    /** The cluster of drawn point i, -1 for noise. */
    public int cluster(int i) { return clusters[i]; }

    public int clusterCount() { return clusterCount; }

    public int iteration() { return iteration; }

    public int iterations() { return iterations; }

    /** All points of the data (more than {@link #size()} when a sample is embedded). */
    public int points() { return points; }

    /**
     * What the plot says of it, e.g. "t-SNE forming: iteration 300 of 750; the final layout replaces it", with
     * "(a seeded sample of 100,000 of the 150,000 points)" after the method when a sample is embedded.
     */
    public String describe() {
        String sample = size() < points ? String.format(Locale.ROOT, " (a seeded sample of %,d of the %,d points)",
                size(), points) : "";
        return String.format(Locale.ROOT, "%s%s forming: %s %,d of %,d; the final layout replaces it", method, sample,
                method.equals("UMAP") ? "epoch" : "iteration", iteration, iterations);
    }
}
