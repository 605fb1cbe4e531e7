package org.genrescope.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each genre's mean of every raw feature (original units: tempo in BPM), as the study's genre grouping
 * compares genres (SEED-PIPELINE §2). The means are Tablesaw's group-by
 * ({@code summarize(features, mean).by(genre)}, whose mean is commons-math's two-pass {@code StatUtils.mean} over a
 * genre's present values) to the bit, computed here in two passes over the rows: at a million tracks the group-by
 * took 1.0-3.1 s and allocated 1.7 GB per call (each genre's column copied value by value into growing arrays,
 * about 650 MB of them arrays G1 treats as humongous), this 0.02-0.12 s and 3 MB
 * (docs/benchmarks.md, session 27). {@code GenreMeansTest} checks it against the group-by itself.
 *
 * @param genres       genres present among the kept rows, sorted by name ({@link String#compareTo}, as Tablesaw
 *                     sorts a text column)
 * @param counts       tracks per genre, in {@code genres} order
 * @param featureNames the features, in table order
 * @param means        genres.size() x featureNames.size() means, row-major; a feature's mean is over its present
 *                     (non-NaN) values, NaN when the genre has none
 */
public record GenreMeans(List<String> genres, long[] counts, List<String> featureNames, double[] means) {
    public GenreMeans {
        genres = List.copyOf(genres);
        featureNames = List.copyOf(featureNames);
        counts = counts.clone();
        means = means.clone();
        if (counts.length != genres.size() || means.length != (long) genres.size() * featureNames.size()) {
            throw new IllegalArgumentException("shapes disagree: " + genres.size() + " genres, " + counts.length
                    + " counts, " + means.length + " means for " + featureNames.size() + " features");
        }
    }

    /**
     * The means over the rows where {@code keep} is true and the genre is not null.
     *
     * @param keep one flag per row of {@code tracks}
     * @throws IllegalArgumentException when {@code keep} does not have one flag per row
     */
    public static GenreMeans of(TrackTable tracks, boolean[] keep) {
        if (keep.length != tracks.rows()) {
            throw new IllegalArgumentException(keep.length + " flags for " + tracks.rows() + " rows");
        }
        List<String> names = tracks.featureNames();
        int d = names.size();
        String[] rowGenres = tracks.genres();
        double[] values = tracks.features();
        // each kept row's group, numbered by first appearance
        Map<String, Integer> groupOf = new HashMap<>();
        List<String> groupNames = new ArrayList<>();
        int[] group = new int[keep.length];
        for (int i = 0; i < keep.length; i++) {
            String genre = rowGenres[i];
            if (!keep[i] || genre == null) {
                group[i] = -1;
                continue;
            }
            Integer g = groupOf.get(genre);
            if (g == null) {
                g = groupNames.size();
                groupOf.put(genre, g);
                groupNames.add(genre);
            }
            group[i] = g;
        }
        int groups = groupNames.size();
        long[] rows = new long[groups];
        long[] present = new long[groups * d];
        double[] sums = new double[groups * d];
        // commons-math's Mean: the sum in row order divided by the count, then the mean of the residuals added
        for (int i = 0; i < keep.length; i++) {
            int g = group[i];
            if (g < 0) {
                continue;
            }
            rows[g]++;
            for (int j = 0, at = i * d, cell = g * d; j < d; j++, at++, cell++) {
                double v = values[at];
                if (!Double.isNaN(v)) {
                    sums[cell] += v;
                    present[cell]++;
                }
            }
        }
        double[] firstPass = new double[groups * d];
        for (int cell = 0; cell < firstPass.length; cell++) {
            firstPass[cell] = present[cell] == 0 ? Double.NaN : sums[cell] / present[cell];
        }
        double[] corrections = new double[groups * d];
        for (int i = 0; i < keep.length; i++) {
            int g = group[i];
            if (g < 0) {
                continue;
            }
            for (int j = 0, at = i * d, cell = g * d; j < d; j++, at++, cell++) {
                double v = values[at];
                if (!Double.isNaN(v)) {
                    corrections[cell] += v - firstPass[cell];
                }
            }
        }
        List<String> genres = new ArrayList<>(groupNames);
        genres.sort(String::compareTo);
        long[] counts = new long[groups];
        double[] means = new double[groups * d];
        for (int r = 0; r < groups; r++) {
            int g = groupOf.get(genres.get(r));
            counts[r] = rows[g];
            for (int j = 0, cell = g * d; j < d; j++, cell++) {
                means[r * d + j] = present[cell] == 0 ? Double.NaN
                        : firstPass[cell] + corrections[cell] / present[cell];
            }
        }
        return new GenreMeans(genres, counts, names, means);
    }

    /** A copy: the record stays immutable. */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** A copy: the record stays immutable. */
    @Override
    public double[] means() {
        return means.clone();
    }

    /** The mean of feature {@code j} over genre {@code g} (an index into {@link #genres()}). */
    public double mean(int g, int j) {
        return means[g * featureNames.size() + j];
    }

    /** A copy of genre {@code g}'s means, one per feature. */
    public double[] meansOf(int g) {
        int d = featureNames.size();
        double[] out = new double[d];
        System.arraycopy(means, g * d, out, 0, d);
        return out;
    }
}
