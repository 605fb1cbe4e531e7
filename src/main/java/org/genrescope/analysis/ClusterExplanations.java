package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.genrescope.data.TrackTable;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.Clustering;

/**
 * Explains each cluster ({@link ClusterExplanation}) from the raw features, the genre labels and the clustered space.
 *
 * <p>What sets a cluster apart is measured on the raw values (the members' mean against all tracks' mean, over all
 * tracks' standard deviation), never on a centre mapped back through the scaling: the seed scaling cannot be
 * inverted (ADR 0015). The centre that picks representative tracks is the members' mean in the space the tracks were
 * clustered in (the autoencoder's code, PCA, or the scaled features), which is K-Means' centre once it converged and
 * DBSCAN's cluster as a whole.
 */
public final class ClusterExplanations {
    /** Genres listed per cluster. */
    public static final int TOP_GENRES = 3;
    /** Representative tracks per cluster. */
    public static final int REPRESENTATIVES = 3;
    /**
     * Below this many standard deviations no feature sets a cluster apart, and the label says so
     * ({@link #AVERAGE_WORDS}) rather than calling a difference of a few hundredths "high".
     */
    public static final double NOTABLE = 0.25;
    /** The label's feature part when no feature is {@link #NOTABLE}. */
    public static final String AVERAGE_WORDS = "near average";
    /** The label of a cluster without members. */
    public static final String EMPTY_LABEL = "empty";
    /** Between the label's parts. */
    public static final String SEPARATOR = " · ";

    private ClusterExplanations() { }

    /** Every cluster of {@code r}, in cluster order, from the profiles {@code r} keeps ({@link AnalysisResult#profiles}). */
    public static List<ClusterExplanation> of(AnalysisResult r) {
        return of(r.tracks(), r.genreCodes(), r.genreNames(), r.representation(), r.clustering(), r.profiles());
    }

    /**
     * Every cluster 0..clusterCount-1, in cluster order; noise belongs to none but counts in the overall means.
     *
     * @param tracks         the tracks, raw features (n rows)
     * @param genreCodes     each track's genre as an index into {@code genreNames}, -1 where unlabelled (n)
     * @param genreNames     the genres' names; empty when the data has no genres
     * @param representation the clustered space (n rows)
     * @param clustering     the clusters (n labels)
     * @throws IllegalArgumentException when the row counts differ
     */
    public static List<ClusterExplanation> of(TrackTable tracks, int[] genreCodes, List<String> genreNames,
                                              FeatureMatrix representation, Clustering clustering) {
        return of(tracks, genreCodes, genreNames, representation, clustering, null);
    }

    /** As above, with the clusters' profiles when they were computed already; null computes them. */
    static List<ClusterExplanation> of(TrackTable tracks, int[] genreCodes, List<String> genreNames,
                                       FeatureMatrix representation, Clustering clustering, List<ClusterProfile> known) {
        int n = tracks.rows();
        if (genreCodes.length != n || representation.rows() != n || clustering.size() != n) {
            throw new IllegalArgumentException("rows differ: tracks " + n + ", genre codes " + genreCodes.length
                    + ", representation " + representation.rows() + ", clustering " + clustering.size());
        }
        List<String> features = tracks.featureNames();
        int d = features.size();
        double[] overallMean = new double[d];
        double[] overallSd = new double[d];
        double[] column = new double[n]; // one column at a time, the same buffer: d of them add up to a matrix
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                column[i] = tracks.feature(i, j);
            }
            overallMean[j] = ClusterProfiles.mean(column);
            overallSd[j] = sampleSd(column, overallMean[j]);
        }
        List<ClusterProfile> profiles = known != null ? known : ClusterProfiles.of(tracks, clustering);
        double[] z = representation.sharedValues(); // read only: no copy of the clustered space
        double[] centres = memberMeans(z, representation.columns(), clustering);
        List<ClusterExplanation> out = new ArrayList<>(clustering.clusterCount());
        for (ClusterProfile p : profiles) {
            int c = p.cluster();
            if (p.size() == 0) {
                out.add(new ClusterExplanation(c, 0, List.of(), List.of(), List.of(), EMPTY_LABEL));
                continue;
            }
            List<ClusterExplanation.Distinction> distinctions = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                if (overallSd[j] > 0 && Double.isFinite(overallSd[j])) {
                    double mean = p.features().get(j).mean();
                    distinctions.add(new ClusterExplanation.Distinction(features.get(j), mean, overallMean[j],
                            (mean - overallMean[j]) / overallSd[j]));
                }
            }
            // a stable sort: equal distances keep the features' order
            distinctions.sort(Comparator.comparingDouble(x -> -Math.abs(x.standardised())));
            List<ClusterExplanation.GenreShare> genres = topGenres(genreCodes, genreNames, clustering, c, p.size());
            out.add(new ClusterExplanation(c, p.size(), distinctions, genres,
                    representatives(tracks, z, representation.columns(), clustering, c, centres), label(genres, distinctions)));
        }
        return distinctLabels(out);
    }

    /** How many more features a label may name when its first leave two clusters' labels alike. */
    static final int MOST_EXTRA_FEATURES = 2;

    /**
     * The explanations with labels that tell clusters apart: where two clusters' labels are alike ("Rock 47% · low
     * instrumentalness" twice, which a new user read as one cluster twice, session 21; or "Rock 32% · low
     * instrumentalness" beside "Rock 43% · low instrumentalness", alike but for the genre's share, which said nothing
     * of what set them apart, session 28), each of them names its next notable feature too, up to
     * {@link #MOST_EXTRA_FEATURES} more; labels alike even then stay so (the clusters differ in nothing notable).
     */
    static List<ClusterExplanation> distinctLabels(List<ClusterExplanation> explained) {
        List<ClusterExplanation> out = new ArrayList<>(explained);
        for (int extra = 1; extra <= MOST_EXTRA_FEATURES; extra++) {
            java.util.Map<String, Long> uses = out.stream().filter(e -> e.size() > 0)
                    .collect(java.util.stream.Collectors.groupingBy(ClusterExplanations::withoutShare,
                            java.util.stream.Collectors.counting()));
            boolean changed = false;
            for (int i = 0; i < out.size(); i++) {
                ClusterExplanation e = out.get(i);
                if (e.size() > 0 && uses.get(withoutShare(e)) > 1) {
                    String longer = label(e.topGenres(), e.distinctions(), featuresNamed(e.topGenres()) + extra);
                    changed |= !longer.equals(e.label());
                    out.set(i, new ClusterExplanation(e.cluster(), e.size(), e.distinctions(), e.topGenres(),
                            e.representatives(), longer));
                }
            }
            if (!changed) {
                break;
            }
        }
        return out;
    }

    /** {@code e}'s label with its top genre's share left out ("Rock · high energy"): what two labels are alike by. */
    private static String withoutShare(ClusterExplanation e) {
        if (e.topGenres().isEmpty()) {
            return e.label();
        }
        ClusterExplanation.GenreShare top = e.topGenres().get(0);
        String genreWithShare = genreWithShare(top);
        return e.label().startsWith(genreWithShare)
                ? top.genre() + e.label().substring(genreWithShare.length()) : e.label();
    }

    /** "Rock 41%": a genre with its share of the cluster, in percent rounded to a whole number. */
    private static String genreWithShare(ClusterExplanation.GenreShare genre) {
        return String.format(Locale.ROOT, "%s %.0f%%", genre.genre(), 100 * genre.share());
    }

    /**
     * "Rock 41% · high energy": the top genre with its share (percent, rounded), then the feature that sets the
     * cluster apart most as high/low feature, or {@link #AVERAGE_WORDS} when none is {@link #NOTABLE}. Without
     * genres, the two features that set it apart most ("high energy · low acousticness").
     */
    static String label(List<ClusterExplanation.GenreShare> genres, List<ClusterExplanation.Distinction> distinctions) {
        return label(genres, distinctions, featuresNamed(genres));
    }

    /** How many features a label names at first: one beside a genre, two without. */
    private static int featuresNamed(List<ClusterExplanation.GenreShare> genres) {
        return genres.isEmpty() ? 2 : 1;
    }

    /** {@link #label} naming up to {@code features} notable features. */
    static String label(List<ClusterExplanation.GenreShare> genres, List<ClusterExplanation.Distinction> distinctions,
                        int features) {
        List<String> parts = new ArrayList<>();
        if (!genres.isEmpty()) {
            parts.add(genreWithShare(genres.get(0)));
        }
        // the distinctions come farthest first, so the first notable ones are the strongest
        List<String> words = distinctions.stream().filter(x -> Math.abs(x.standardised()) >= NOTABLE)
                .limit(features).map(ClusterExplanation.Distinction::words).toList();
        parts.addAll(words.isEmpty() ? List.of(AVERAGE_WORDS) : words);
        return String.join(SEPARATOR, parts);
    }

    private static List<ClusterExplanation.GenreShare> topGenres(int[] genreCodes, List<String> genreNames,
                                                                 Clustering clustering, int c, int size) {
        if (genreNames.isEmpty()) {
            return List.of();
        }
        int[] counts = new int[genreNames.size()];
        for (int i = 0; i < genreCodes.length; i++) {
            if (clustering.label(i) == c && genreCodes[i] >= 0) {
                counts[genreCodes[i]]++;
            }
        }
        List<ClusterExplanation.GenreShare> shares = new ArrayList<>();
        for (int g = 0; g < counts.length; g++) {
            if (counts[g] > 0) {
                shares.add(new ClusterExplanation.GenreShare(genreNames.get(g), counts[g], (double) counts[g] / size));
            }
        }
        // most members first; ties in the genres' (alphabetical) order, the sort being stable
        shares.sort(Comparator.comparingInt(s -> -s.tracks()));
        return shares.subList(0, Math.min(TOP_GENRES, shares.size()));
    }

    /**
     * The {@link #REPRESENTATIVES} members of cluster {@code c} nearest its centre, nearest first, ties by row (as a
     * stable sort of all the members gives them). Only those few become objects: at a million tracks a
     * Representative and an id text for every member were some 100 MB that lived through the young collections of
     * a k sweep's background work and made one of them copy 40 MB for 110 ms (docs/benchmarks.md, session 25).
     */
    private static List<ClusterExplanation.Representative> representatives(TrackTable tracks, double[] x, int w,
                                                                           Clustering clustering, int c,
                                                                           double[] centres) {
        int[] nearestRows = new int[REPRESENTATIVES];
        double[] nearestDistances = new double[REPRESENTATIVES];
        int found = 0;
        for (int i = 0; i < clustering.size(); i++) {
            if (clustering.label(i) != c) {
                continue;
            }
            double sum = 0;
            for (int j = 0; j < w; j++) {
                double diff = x[i * w + j] - centres[c * w + j];
                sum += diff * diff;
            }
            double distance = Math.sqrt(sum);
            // rows come in order, so a row goes behind every kept row at its distance
            int at = found;
            while (at > 0 && Double.compare(distance, nearestDistances[at - 1]) < 0) {
                at--;
            }
            if (at == REPRESENTATIVES) {
                continue;
            }
            int moved = Math.min(found, REPRESENTATIVES - 1) - at;
            System.arraycopy(nearestRows, at, nearestRows, at + 1, moved);
            System.arraycopy(nearestDistances, at, nearestDistances, at + 1, moved);
            nearestRows[at] = i;
            nearestDistances[at] = distance;
            found = Math.min(found + 1, REPRESENTATIVES);
        }
        List<ClusterExplanation.Representative> nearest = new ArrayList<>(found);
        for (int r = 0; r < found; r++) {
            int row = nearestRows[r];
            nearest.add(new ClusterExplanation.Representative(row, tracks.idText(row), tracks.title(row),
                    tracks.artist(row), nearestDistances[r]));
        }
        return nearest;
    }

    /** Each cluster's members' mean in the clustered space ({@code x}: n x w row-major), k x w (0 for an empty cluster). */
    static double[] memberMeans(double[] x, int w, Clustering clustering) {
        int k = clustering.clusterCount();
        double[] sums = new double[k * w];
        int[] counts = new int[k];
        for (int i = 0; i < clustering.size(); i++) {
            int c = clustering.label(i);
            if (c < 0) {
                continue;
            }
            counts[c]++;
            for (int j = 0; j < w; j++) {
                sums[c * w + j] += x[i * w + j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < w; j++) {
                sums[c * w + j] /= Math.max(1, counts[c]);
            }
        }
        return sums;
    }

    /** pandas' {@code std()}: the sample standard deviation (n - 1); NaN for fewer than 2 values. */
    static double sampleSd(double[] values, double mean) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
