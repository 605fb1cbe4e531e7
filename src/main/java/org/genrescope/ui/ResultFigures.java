package org.genrescope.ui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.data.FeatureSummaries;
import org.genrescope.data.FeatureSummary;
import org.genrescope.model.projection.Projection2D;
import org.genrescope.model.projection.SampledProjection;
import org.genrescope.plot.BarFigure;
import org.genrescope.plot.BlockOrder;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.plot.HistogramFigure;
import org.genrescope.plot.LineFigure;
import org.genrescope.plot.LineSeries;
import org.genrescope.plot.Palette;
import org.genrescope.plot.ScatterData;
import org.genrescope.plot.ScatterFigure;

/**
 * Builds the plot package's figures from results and data sets: the one adapter between analysis and plot,
 * shared by the screen and every export, so a file shows what the window shows.
 */
public final class ResultFigures {
    /** What the scatter's colours mean. */
    public enum ColourBy { CLUSTER, GENRE }

    /** How the Distributions tab splits a feature's histogram by genre. */
    public enum Split { NONE, OVERLAID, FACETED }

    static final int HISTOGRAM_BINS = 40;
    /** Past this many points the scatter draws 2-pixel markers at half opacity. */
    static final int LARGE_SCATTER = 100_000;

    private ResultFigures() { }

    /** The scatter of the 2-D projection; null when the result has none. */
    public static ScatterFigure scatter(AnalysisResult r, ColourBy by, String caption) {
        Projection2D p = r.projection();
        if (p == null) {
            return null;
        }
        int n = p.size();
        // clusters go by their number and explained label ("3: Rock 41% · high energy") in the legend and exports
        List<String> names = by == ColourBy.CLUSTER ? clusterLegendNames(r) : r.genreNames();
        boolean unlabelled = names.isEmpty();
        if (unlabelled) {
            names = List.of("Unlabelled");
        }
        // the points themselves are kept per projection and colouring, built (and prepared) where the result was made
        ScatterData points = ScatterPoints.of(r, by, unlabelled);
        String method = p.method().toUpperCase(Locale.ROOT).replace("TSNE", "t-SNE");
        // A layout of a sample with the other points placed says so under the plot, on screen and in exports.
        for (String note : r.warnings().stream().filter(SampledProjection::isNote).toList()) {
            caption = caption == null || caption.isEmpty() ? note + "." : note + ". " + caption;
        }
        String title = String.format(Locale.ROOT, "%s, %s projection, coloured by %s", clusterTitle(r), method,
                by == ColourBy.CLUSTER ? "cluster" : "genre");
        ScatterFigure figure = ScatterFigure.of(points, names).withTitle(title)
                .withAxisLabels(method + " 1", method + " 2").withCaption(caption);
        // A million 5-pixel discs are one blob and cost three times the drawing of 2-pixel ones (docs/benchmarks.md)
        if (n > LARGE_SCATTER) {
            figure = figure.withPointStyle(2, 0.5);
        }
        // Beyond 12 categories colours repeat (with another marker): a label at each category's centre tells
        // them apart where they lie.
        if (names.size() > Palette.SAFE_CATEGORICAL_COUNT) {
            List<String> labels = by == ColourBy.CLUSTER
                    ? java.util.stream.IntStream.range(0, names.size()).mapToObj(Integer::toString).toList() : names;
            figure = figure.withDirectLabels(labels);
        }
        return figure;
    }

    /**
     * The scatter's legend names of {@code r}'s clusters: "3: Rock 41% · high energy" (without genres, the two
     * features that set it apart most: "3: high energy · low acousticness"), in cluster order. Not "Cluster 3: ...":
     * the legend leaves out a first word every name shares when the labels with their counts do not fit, and counts
     * of a million tracks are wider, so the real FMA's legend said "Cluster 0: Hip-Hop 33%" where the million's said
     * "0: Rock 32%" in the same window (session 13's new user). The title says the colours are clusters.
     */
    static List<String> clusterLegendNames(AnalysisResult r) {
        return ResultDetails.explanations(r).stream().map(e -> e.cluster() + ": " + e.label()).toList();
    }

    /** Whether {@link #scatter} coloured by cluster has no names for them (it then shows every point unlabelled). */
    static boolean clusterNamesMissing(AnalysisResult r) {
        return ResultDetails.explanations(r).isEmpty();
    }

    static String clusterTitle(AnalysisResult r) {
        return switch (r.config().algorithm()) {
            case KMEANS -> "K-Means, k = " + r.config().k();
            case DBSCAN -> String.format(Locale.ROOT, "DBSCAN, %d clusters", r.clustering().clusterCount());
        };
    }

    public static List<String> clusterNames(int count) {
        List<String> names = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            names.add("Cluster " + c);
        }
        return names;
    }

    /** Genres x clusters in block order ({@link #contingency(AnalysisResult, String, boolean)}). */
    public static HeatmapFigure contingency(AnalysisResult r, String caption) {
        return contingency(r, caption, true);
    }

    /**
     * Genres x clusters, coloured by each genre's percentage. {@code blockOrder} sorts the genres by their main
     * cluster and the clusters by the genre they belong to most ({@link BlockOrder}), else both keep their own
     * order. Null without genres.
     */
    public static HeatmapFigure contingency(AnalysisResult r, String caption, boolean blockOrder) {
        if (r.contingency() == null) {
            return null;
        }
        var table = r.contingency();
        List<String> rows = new ArrayList<>();
        for (int g : table.truthClasses()) {
            rows.add(g >= 0 && g < r.genreNames().size() ? r.genreNames().get(g) : "(none)");
        }
        List<String> columns = new ArrayList<>();
        for (int c : table.clusters()) {
            columns.add(c < 0 ? "noise" : Integer.toString(c));
        }
        int[][] counts = table.toArray();
        String xLabel = "cluster";
        String yLabel = "genre";
        if (blockOrder) {
            BlockOrder order = BlockOrder.of(counts);
            counts = order.apply(counts);
            rows = BlockOrder.reorder(rows, order.rows());
            columns = BlockOrder.reorder(columns, order.columns());
            xLabel = "cluster (ordered by the genre it holds the largest share of)";
            yLabel = "genre (ordered by main cluster)";
        }
        HeatmapFigure f = HeatmapFigure.contingency("Genres vs clusters (" + clusterTitle(r) + ")", rows, columns,
                counts, xLabel, "genre", caption);
        return new HeatmapFigure(f.title(), f.rowLabels(), f.columnLabels(), f.values(), f.scaleMin(), f.scaleMax(),
                f.cellLabels(), f.xLabel(), yLabel, f.scaleLabel(), f.caption());
    }

    /**
     * Each cluster's centre in original feature units as grouped bars. Features on very different scales
     * (tempo in BPM next to 0..1 scores) go into separate figures so neither is flattened; every figure has a
     * title naming its feature(s), and {@link #profileFileName} names its file.
     */
    public static List<BarFigure> profiles(AnalysisResult r, String caption) {
        int k = r.clustering().clusterCount();
        List<String> features = r.tracks().featureNames().stream().map(DataSet::shortName).toList();
        int d = features.size();
        double[] centroids = ResultDetails.centroids(r);
        if (k == 0 || centroids == null || centroids.length < k * d) {
            return List.of();
        }
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> unitRange = new ArrayList<>();
        List<Integer> wide = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            double max = 0;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, Math.abs(centroids[c * d + j]));
            }
            (max <= 1.5 ? unitRange : wide).add(j);
        }
        if (!unitRange.isEmpty()) {
            groups.add(unitRange);
        }
        for (int j : wide) {
            groups.add(List.of(j));
        }
        int[] sizes = r.clustering().clusterSizes();
        List<String> series = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            // "3 (1,234)", not "Cluster 3 (1,234)": for the same reason as clusterLegendNames (the legend left out
            // "Cluster" for the million's wider counts, and the narrow tempo figure's legend always did)
            series.add(String.format(Locale.ROOT, "%d (%,d)", c, sizes[c]));
        }
        List<BarFigure> figures = new ArrayList<>();
        for (List<Integer> group : groups) {
            double[][] values = new double[k][group.size()];
            List<String> names = new ArrayList<>();
            for (int g = 0; g < group.size(); g++) {
                names.add(features.get(group.get(g)));
                for (int c = 0; c < k; c++) {
                    values[c][g] = centroids[c * d + group.get(g)];
                }
            }
            String title = group.size() == 1
                    ? "Mean " + names.get(0) + " (" + clusterTitle(r) + ")" // a narrow column beside the others
                    : "Cluster members' mean in original units (" + clusterTitle(r) + ")";
            String yLabel = group.size() == 1 ? withUnit(names.get(0)) : "mean (original units)";
            figures.add(BarFigure.of(title, names, series, values, yLabel).withCaption(caption));
        }
        return figures;
    }

    /**
     * The export file name (without extension) of a figure from {@link #profiles}: "cluster-profiles" for the
     * figure of several features, "cluster-profiles-" and the feature's name (letters, digits and dashes) for a
     * figure of one.
     */
    public static String profileFileName(BarFigure profile) {
        if (profile.categories().size() > 1) {
            return "cluster-profiles";
        }
        String slug = profile.categories().get(0).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return "cluster-profiles-" + (slug.isEmpty() ? "feature" : slug);
    }

    /** Histograms of every feature the model sees, raw or scaled, optionally split by genre, as counts. */
    public static HistogramFigure distributions(DataSet data, boolean scaled, Split split, String caption) {
        return distributions(data, summaries(data, scaled), scaled, split, false, caption);
    }

    /** The same, with the summaries already computed by {@link #summaries} ({@link DistributionFigures#of}). */
    static HistogramFigure distributions(DataSet data, FeatureSummaries summaries, boolean scaled, Split split,
                                         boolean share, String caption) {
        return DistributionFigures.of(data, summaries, scaled, split, share, caption);
    }

    /** The feature's name with its unit where the unit is known: tempo in beats per minute. */
    static String withUnit(String feature) {
        return feature.equals("tempo") ? "tempo (BPM)" : feature;
    }

    /** The data layer's summaries (pandas' conventions) of the raw or scaled features, overall and per genre. */
    static FeatureSummaries summaries(DataSet data, boolean scaled) {
        var matrix = scaled ? data.scaled() : data.raw();
        // only read: a copy was 58 MB at a million tracks, zeroed in one step as the data was shown
        return FeatureSummaries.of(matrix.featureNames(), matrix.sharedValues(), data.tracks().genres());
    }

    static long missing(DataSet data, String feature) {
        return data.cleaning().imputedByFeature().getOrDefault(feature, 0L);
    }

    /**
     * Mean, median, spread (sample sd, n - 1, and range) and how many values were missing in the input
     * (imputed by cleaning), as two short lines.
     */
    public static List<String> summary(FeatureSummary s, long imputed) {
        if (s.count() == 0) {
            return List.of("no values");
        }
        double centre = Math.max(Math.abs(s.mean()), Math.abs(s.median()));
        double ends = Math.max(Math.abs(s.min()), Math.abs(s.max()));
        return List.of(String.format(Locale.ROOT, "mean %s, median %s, sd %s", alike(s.mean(), centre),
                        alike(s.median(), centre), alike(s.sd(), centre)),
                String.format(Locale.ROOT, "range %s..%s, missing %,d", alike(s.min(), ends), alike(s.max(), ends), imputed));
    }

    /**
     * {@code v} with the decimals (or the scientific form) {@link #fmt} gives {@code reference}, so that the
     * numbers of one line share a form ("mean 123.5, median 97.0", not "123.5" beside "97.017").
     */
    static String alike(double v, double reference) {
        String shaped = fmt(reference);
        if (Double.isNaN(v)) {
            return "-";
        }
        if (shaped.contains("e")) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        int dot = shaped.indexOf('.');
        return String.format(Locale.ROOT, "%." + (dot < 0 ? 0 : shaped.length() - dot - 1) + "f", v);
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 10_000 || a < 0.001)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return a >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** The training (and validation) loss per epoch; null before the first epoch. */
    public static LineFigure loss(List<Double> training, List<Double> validation) {
        if (training.isEmpty()) {
            return null;
        }
        List<LineSeries> series = new ArrayList<>();
        series.add(LineSeries.indexed("training", Palette.categorical(0), toArray(training)));
        if (!validation.isEmpty()) {
            // Blue and vermillion rather than the palette's second colour: a yellow line is faint on white.
            series.add(LineSeries.indexed("validation", Palette.categorical(4), toArray(validation)));
        }
        boolean positive = training.stream().allMatch(v -> v > 0) && validation.stream().allMatch(v -> v > 0);
        return new LineFigure("Autoencoder loss", "epoch", "MSE", series, positive, "");
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** Used where a figure cannot be drawn (colour-blind-safe grey text on white). */
    static final Color MUTED = new Color(0x606060);
}
