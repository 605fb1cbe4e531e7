package org.genrescope.data.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics fitted once to the real FMA tracks by {@code src/tools/fit_sample_statistics.py} and kept
 * in the resource {@code fitted-statistics.tsv}: the genre tree, per root genre the copula model of the
 * audio features, and the release years. Parsing decimal text is exact, so the loaded constants are the
 * same doubles everywhere.
 */
final class FittedStatistics {
    static final String RESOURCE = "fitted-statistics.tsv";
    static final int FEATURE_COUNT = 8;
    static final int TEMPO = 6;

    private static final FittedStatistics INSTANCE = load();

    /** A genre of the sample's tree, with FMA's real id, parent, root ({@code topLevel}) and title. */
    record Genre(int id, int parent, int topLevel, String title) {
        boolean isRoot() {
            return parent == 0;
        }
    }

    /**
     * What is known of one root genre's tracks.
     *
     * @param quantiles        per feature, the quantile function at evenly spaced probabilities 0..1
     * @param choleskyLower    the copula correlation's lower Cholesky factor, row-major lower triangle
     * @param correlation      the real features' Pearson correlations, row-major strict lower triangle
     * @param genreChoices     genres a track of this root carries (the root itself first), and their weights
     */
    record RootModel(Genre genre, int realTracks, double multiRootFraction, double logDurationMean,
                     double logDurationSd, double[] mean, double[] sd, double[] correlation, double[][] quantiles,
                     double[] choleskyLower, int[] genreChoices, double[] genreChoiceCumulative) {
    }

    private final List<String> featureNames;
    private final List<Genre> genres;
    private final List<RootModel> roots;
    private final int[] years;
    private final double[] yearCumulative;
    private final double yearMissingFraction;

    private FittedStatistics(List<String> featureNames, List<Genre> genres, List<RootModel> roots, int[] years,
                             double[] yearCumulative, double yearMissingFraction) {
        this.featureNames = featureNames;
        this.genres = genres;
        this.roots = roots;
        this.years = years;
        this.yearCumulative = yearCumulative;
        this.yearMissingFraction = yearMissingFraction;
    }

    static FittedStatistics get() {
        return INSTANCE;
    }

    List<String> featureNames() {
        return featureNames;
    }

    /** All genres of the sample tree, ordered by id. */
    List<Genre> genres() {
        return genres;
    }

    /** The 16 root genres, ordered by id. */
    List<RootModel> roots() {
        return roots;
    }

    RootModel root(String title) {
        for (RootModel root : roots) {
            if (root.genre().title().equals(title)) {
                return root;
            }
        }
        throw new IllegalArgumentException("no root genre titled " + title);
    }

    int[] years() {
        return years.clone();
    }

    double[] yearCumulative() {
        return yearCumulative.clone();
    }

    double yearMissingFraction() {
        return yearMissingFraction;
    }

    private static FittedStatistics load() {
        try (InputStream in = FittedStatistics.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + FittedStatistics.class);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static FittedStatistics parse(BufferedReader reader) throws IOException {
        List<String> featureNames = List.of();
        int knots = 0;
        double yearMissing = 0;
        List<int[]> yearCounts = new ArrayList<>();
        Map<Integer, Genre> genres = new LinkedHashMap<>();
        Map<Integer, RootBuilder> roots = new LinkedHashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "features" -> featureNames = List.of(f).subList(1, f.length);
                case "knots" -> knots = Integer.parseInt(f[1]);
                case "year_missing_fraction" -> yearMissing = Double.parseDouble(f[1]);
                case "year" -> yearCounts.add(new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
                case "genre" -> genres.put(Integer.parseInt(f[1]), new Genre(Integer.parseInt(f[1]),
                        Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]));
                case "root" -> {
                    RootBuilder root = new RootBuilder();
                    root.realTracks = Integer.parseInt(f[2]);
                    root.multiRootFraction = Double.parseDouble(f[3]);
                    root.logDurationMean = Double.parseDouble(f[4]);
                    root.logDurationSd = Double.parseDouble(f[5]);
                    roots.put(Integer.parseInt(f[1]), root);
                }
                case "mean" -> rootOf(roots, f).mean = doubles(f, 2);
                case "sd" -> rootOf(roots, f).sd = doubles(f, 2);
                case "correlation" -> rootOf(roots, f).correlation = doubles(f, 2);
                case "cholesky" -> rootOf(roots, f).cholesky = doubles(f, 2);
                case "quantiles" -> rootOf(roots, f).quantiles[Integer.parseInt(f[2])] = doubles(f, 3);
                case "subgenre_weight" -> {
                    RootBuilder root = rootOf(roots, f);
                    root.choices.add(Integer.parseInt(f[2]));
                    root.weights.add(Double.parseDouble(f[3]));
                }
                default -> throw new IllegalStateException(RESOURCE + ": unknown line kind " + f[0]);
            }
        }
        if (featureNames.size() != FEATURE_COUNT || knots < 2 || roots.size() != 16) {
            throw new IllegalStateException(RESOURCE + " is incomplete: rerun src/tools/fit_sample_statistics.py");
        }
        List<RootModel> rootModels = new ArrayList<>();
        for (Map.Entry<Integer, RootBuilder> entry : roots.entrySet()) {
            rootModels.add(entry.getValue().build(genres.get(entry.getKey()), knots));
        }
        int[] years = new int[yearCounts.size()];
        double[] weights = new double[yearCounts.size()];
        for (int i = 0; i < years.length; i++) {
            years[i] = yearCounts.get(i)[0];
            weights[i] = yearCounts.get(i)[1];
        }
        return new FittedStatistics(featureNames, List.copyOf(genres.values()), List.copyOf(rootModels), years,
                SplitMix64.cumulative(weights), yearMissing);
    }

    private static RootBuilder rootOf(Map<Integer, RootBuilder> roots, String[] fields) {
        RootBuilder root = roots.get(Integer.parseInt(fields[1]));
        if (root == null) {
            throw new IllegalStateException(RESOURCE + ": " + fields[0] + " before its root line " + fields[1]);
        }
        return root;
    }

    private static double[] doubles(String[] fields, int from) {
        double[] values = new double[fields.length - from];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.parseDouble(fields[from + i]);
        }
        return values;
    }

    private static final class RootBuilder {
        int realTracks;
        double multiRootFraction;
        double logDurationMean;
        double logDurationSd;
        double[] mean;
        double[] sd;
        double[] correlation;
        double[] cholesky;
        final double[][] quantiles = new double[FEATURE_COUNT][];
        final List<Integer> choices = new ArrayList<>();
        final List<Double> weights = new ArrayList<>();

        RootModel build(Genre genre, int knots) {
            if (genre == null || mean == null || sd == null || correlation == null || cholesky == null
                    || cholesky.length != FEATURE_COUNT * (FEATURE_COUNT + 1) / 2 || choices.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": incomplete root genre " + genre);
            }
            for (double[] q : quantiles) {
                if (q == null || q.length != knots) {
                    throw new IllegalStateException(RESOURCE + ": quantiles missing for " + genre.title());
                }
            }
            int[] choiceIds = choices.stream().mapToInt(Integer::intValue).toArray();
            double[] choiceWeights = weights.stream().mapToDouble(Double::doubleValue).toArray();
            return new RootModel(genre, realTracks, multiRootFraction, logDurationMean, logDurationSd, mean, sd,
                    correlation, quantiles, cholesky, choiceIds, SplitMix64.cumulative(choiceWeights));
        }
    }
}
