package org.genrescope.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic figures shaped like the study's (7 genres, 8 clusters, 8 features), from fixed seeds. */
public final class SampleFigures {

    public static final List<String> GENRES = List.of("Classical", "Electronic", "Folk", "Hip-Hop", "Jazz", "Pop", "Rock");
    static final List<String> FEATURES = List.of("acousticness", "danceability", "energy", "instrumentalness",
            "liveness", "speechiness", "tempo", "valence");
    static final String CREDIT = "Data: Free Music Archive (FMA), CC BY 4.0";

    private SampleFigures() {
    }

    /** {@code n} points in one Gaussian blob per genre, about 3% of them noise (category -1). */
    public static ScatterData blobs(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        int[] category = new int[n];
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(GENRES.size());
            double angle = 2 * Math.PI * c / GENRES.size();
            x[i] = 3 * Math.cos(angle) + random.nextGaussian() * (0.6 + 0.1 * c);
            y[i] = 2 * Math.sin(angle) + random.nextGaussian() * 0.7;
            category[i] = random.nextDouble() < 0.03 ? -1 : c;
        }
        return ScatterData.of(x, y, category);
    }

    /**
     * A lasso's outline of {@code k} vertices, pixels: a three-lobed loop of mean radius {@code r} around
     * ({@code cx}, {@code cy}), as a hand drawing it goes; {@code [0]} the x and {@code [1]} the y coordinates.
     */
    public static double[][] lassoOutline(double cx, double cy, double r, int k) {
        double[] px = new double[k];
        double[] py = new double[k];
        for (int i = 0; i < k; i++) {
            double a = 2 * Math.PI * i / k;
            px[i] = cx + r * (1 + 0.2 * Math.sin(3 * a)) * Math.cos(a);
            py[i] = cy + r * (1 + 0.2 * Math.sin(3 * a)) * Math.sin(a);
        }
        return new double[][] {px, py};
    }

    static ScatterFigure scatter(int n) {
        return ScatterFigure.of(blobs(n, 42), GENRES).withTitle("Tracks on the first two principal components")
                .withAxisLabels("PC 1", "PC 2").withCaption(CREDIT).withHighlighted(new int[] {1, 2, 3});
    }

    static HistogramFigure histograms() {
        Random random = new Random(7);
        int n = 3000;
        int[] group = new int[n];
        List<HistogramPanel> panels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            group[i] = random.nextInt(3);
        }
        for (int f = 0; f < FEATURES.size(); f++) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = f == 6 ? 120 + 25 * random.nextGaussian() + 10 * group[i]
                        : Math.min(1, Math.max(0, 0.3 + 0.15 * group[i] + 0.15 * random.nextGaussian()));
            }
            panels.add(HistogramPanel.of(FEATURES.get(f), values, group, 3, 30,
                    List.of("mean " + Ticks.number(mean(values), 2), "n " + n)));
        }
        return new HistogramFigure("Feature distributions by genre", panels, List.of("Classical", "Jazz", "Rock"),
                Palette.categoricalList(3), HistogramFigure.GroupDisplay.OVERLAID, CREDIT);
    }

    static HeatmapFigure heatmap() {
        Random random = new Random(3);
        List<String> clusters = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            clusters.add("Cluster " + c);
        }
        int[][] counts = new int[GENRES.size()][clusters.size()];
        for (int g = 0; g < counts.length; g++) {
            for (int c = 0; c < clusters.size(); c++) {
                counts[g][c] = random.nextInt(c == g ? 900 : 150);
            }
        }
        return HeatmapFigure.contingency("Genres across clusters", GENRES, clusters, counts, "Cluster", "Genre", CREDIT);
    }

    /** Bars of {@code series} clusters over 3 features: beyond 12 the colours repeat, hatched. */
    static BarFigure manyBars(int series) {
        Random random = new Random(9);
        List<String> clusters = new ArrayList<>();
        double[][] values = new double[series][3];
        for (int c = 0; c < series; c++) {
            clusters.add("Cluster " + c);
            for (int f = 0; f < 3; f++) {
                values[c][f] = 0.2 + 0.6 * random.nextDouble();
            }
        }
        return BarFigure.of("Cluster means, k = " + series, FEATURES.subList(0, 3), clusters, values, "mean")
                .withCaption(CREDIT);
    }

    /** {@code categories} blobs on a ring, 150 points each, labelled directly. */
    static ScatterFigure manyCategories(int categories) {
        Random random = new Random(30);
        int n = 150 * categories;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] category = new int[n];
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            names.add("Cluster " + c);
            labels.add(Integer.toString(c));
        }
        for (int i = 0; i < n; i++) {
            int c = i % categories;
            double angle = 2 * Math.PI * c / categories;
            double radius = 3 + (c % 3);
            x[i] = radius * Math.cos(angle) + random.nextGaussian() * 0.35;
            y[i] = radius * Math.sin(angle) + random.nextGaussian() * 0.35;
            category[i] = c;
        }
        return ScatterFigure.of(ScatterData.of(x, y, category), names).withTitle(categories + " clusters")
                .withAxisLabels("PC 1", "PC 2").withCaption(CREDIT).withDirectLabels(labels);
    }

    static BarFigure bars() {
        Random random = new Random(5);
        List<String> clusters = new ArrayList<>();
        double[][] values = new double[8][FEATURES.size()];
        for (int c = 0; c < 8; c++) {
            clusters.add("Cluster " + c);
            for (int f = 0; f < FEATURES.size(); f++) {
                values[c][f] = random.nextGaussian();
            }
        }
        return BarFigure.of("Cluster centroids", FEATURES, clusters, values, "standardised value").withCaption(CREDIT);
    }

    static LineFigure lines(boolean logY) {
        int epochs = 50;
        double[] train = new double[epochs];
        double[] validation = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            train[e] = 0.02 + 0.9 * Math.exp(-e / 8.0);
            validation[e] = 0.035 + 0.85 * Math.exp(-e / 9.0) + 0.0004 * e;
        }
        return new LineFigure("Autoencoder loss", "epoch", "mean squared error",
                List.of(LineSeries.indexed("training", Palette.categorical(0), train),
                        LineSeries.indexed("validation", Palette.categorical(1), validation)), logY, CREDIT);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
