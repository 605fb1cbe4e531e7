package org.genrescope.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.genrescope.data.GenreMeans;
import org.genrescope.data.StudyData;
import org.genrescope.data.TrackTable;

/**
 * The study's genre grouping, in its order (SEED-PIPELINE §2), because each step changes the next
 * one's result: count genres over all tracks and call those above the median count major; drop the
 * noise genres; club each minor genre into the nearest major genre still present, by the Euclidean
 * distance between genre means of the raw features (tempo in BPM, before any scaling), which the data
 * layer computes ({@link GenreMeans}).
 *
 * <p>Rows without a label are dropped when other rows have one (a partly labelled table cannot be
 * compared with genres); a table with no labels at all passes through untouched.
 */
public final class GenreGrouping {

    /**
     * @param dropGenres      genre names to drop (exact names, as in the data)
     * @param clubMinorGenres whether to reassign minor genres to the nearest major genre
     * @param dropOnlyOnFmaData true when the drop list is the seed recipe's own rather than the user's: it then
     *                        applies only to FMA data ({@link StudyData#isFmaData})
     * @param clubOnlyOnFmaData true when clubbing is the seed recipe's own: it then applies only to FMA data
     */
    public record Options(List<String> dropGenres, boolean clubMinorGenres, boolean dropOnlyOnFmaData,
                          boolean clubOnlyOnFmaData) {
        public Options {
            dropGenres = List.copyOf(dropGenres);
        }

        /** Steps the user asked for: they apply to any data. */
        public Options(List<String> dropGenres, boolean clubMinorGenres) {
            this(dropGenres, clubMinorGenres, false, false);
        }
    }

    /** The grouped table and what grouping did. */
    public record Result(TrackTable tracks, GroupingReport report) { }

    private GenreGrouping() { }

    public static Result apply(TrackTable table, Options options) {
        String[] genres = table.genres();
        boolean anyLabel = Arrays.stream(genres).anyMatch(g -> g != null);
        if (!anyLabel) {
            return new Result(table, GroupingReport.unlabelled());
        }
        List<String> notes = new ArrayList<>();
        if (!StudyData.isFmaData(table)) {
            List<String> skipped = new ArrayList<>();
            if (options.dropOnlyOnFmaData() && !options.dropGenres().isEmpty()) {
                skipped.add("dropping " + String.join(" and ", options.dropGenres()));
            }
            if (options.clubOnlyOnFmaData() && options.clubMinorGenres()) {
                skipped.add("clubbing minor genres");
            }
            if (!skipped.isEmpty()) {
                notes.add("the seed recipe's genre steps (" + String.join(", ", skipped) + ") are for FMA's top "
                        + "genres and were not applied to these labels; to apply them, give --drop-genres or "
                        + "--club-minor-genres explicitly, or --genre-steps-on-any-labels (in the window: check "
                        + "'Apply the genre steps to any labels')");
                options = new Options(options.dropOnlyOnFmaData() ? List.of() : options.dropGenres(),
                        options.clubMinorGenres() && !options.clubOnlyOnFmaData());
            }
        }
        Map<String, Long> countsBefore = countByGenre(genres, null);
        double median = median(countsBefore.values());
        List<String> majors = new ArrayList<>();
        countsBefore.forEach((genre, count) -> {
            if (count > median) {
                majors.add(genre);
            }
        });

        Set<String> drop = new HashSet<>(options.dropGenres());
        Map<String, Long> droppedGenres = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (String genre : options.dropGenres()) {
            if (countsBefore.containsKey(genre)) {
                droppedGenres.put(genre, countsBefore.get(genre));
            } else if (!options.dropOnlyOnFmaData()) {
                unknown.add(genre); // a name the user gave; the recipe's own list drops what the data has
            }
        }
        boolean[] keep = new boolean[genres.length];
        long unlabelled = 0;
        for (int i = 0; i < genres.length; i++) {
            if (genres[i] == null) {
                unlabelled++;
            } else {
                keep[i] = !drop.contains(genres[i]);
            }
        }
        String[] kept = genres.clone();
        Map<String, String> reassigned = options.clubMinorGenres()
                ? clubMinorGenres(table, keep, majors) : Map.of();
        if (options.clubOnlyOnFmaData() && leavesOneGenre(genres, keep, reassigned)) {
            // the recipe's clubbing was made for FMA's 16 genres; on a few genres of similar size it can merge
            // every minor one into the single major one, and clusters compared with one genre say nothing
            TreeMap<String, String> merges = new TreeMap<>(reassigned); // every minor genre joins the one major
            notes.add("the seed recipe's clubbing of minor genres was not applied: it would merge "
                    + String.join(", ", merges.keySet()) + " into " + merges.firstEntry().getValue()
                    + " and leave one genre to compare the clusters with; to apply it "
                    + "anyway, give --club-minor-genres explicitly (in the window: check 'Apply the genre steps to "
                    + "any labels')");
            reassigned = Map.of();
        }
        for (int i = 0; i < kept.length; i++) {
            if (keep[i] && reassigned.containsKey(kept[i])) {
                kept[i] = reassigned.get(kept[i]);
            }
        }
        TrackTable grouped = table.keepRows(keep, kept);
        Map<String, Long> countsAfter = countByGenre(grouped.genres(), null);
        if (!droppedGenres.isEmpty()) {
            List<String> parts = new ArrayList<>();
            droppedGenres.forEach((genre, count) -> parts.add(String.format(java.util.Locale.ROOT, "%s (%,d tracks)",
                    genre, count)));
            notes.add("genres dropped: " + String.join(", ", parts));
        }
        List<String> merged = new ArrayList<>();
        new TreeMap<>(reassigned).forEach((minor, major) -> merged.add(minor + " into " + major));
        if (!merged.isEmpty()) {
            notes.add("minor genres clubbed into the nearest major genre: " + String.join(", ", merged));
        }
        GroupingReport report = new GroupingReport(countsBefore, median, majors, droppedGenres, unknown,
                reassigned, unlabelled, countsAfter, notes);
        return new Result(grouped, report);
    }

    private static Map<String, String> clubMinorGenres(TrackTable table, boolean[] keep, List<String> majors) {
        GenreMeans means = GenreMeans.of(table, keep);
        List<String> present = means.genres();
        List<Integer> majorsPresent = new ArrayList<>();
        for (int g = 0; g < present.size(); g++) {
            if (majors.contains(present.get(g))) {
                majorsPresent.add(g);
            }
        }
        Map<String, String> reassigned = new LinkedHashMap<>();
        if (majorsPresent.isEmpty()) {
            return reassigned;
        }
        for (int g = 0; g < present.size(); g++) {
            if (majors.contains(present.get(g))) {
                continue;
            }
            double[] mean = means.meansOf(g);
            String nearest = null;
            double best = Double.POSITIVE_INFINITY;
            for (int major : majorsPresent) {
                double dist = squaredDistance(mean, means.meansOf(major));
                if (dist < best) {
                    best = dist;
                    nearest = present.get(major);
                }
            }
            reassigned.put(present.get(g), nearest);
        }
        return reassigned;
    }

    /** Whether clubbing by {@code reassigned} leaves the kept rows with one genre where they had several. */
    private static boolean leavesOneGenre(String[] genres, boolean[] keep, Map<String, String> reassigned) {
        if (reassigned.isEmpty()) {
            return false;
        }
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (int i = 0; i < genres.length; i++) {
            if (keep[i]) {
                before.add(genres[i]);
                after.add(reassigned.getOrDefault(genres[i], genres[i]));
            }
        }
        return before.size() > 1 && after.size() == 1;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return s;
    }

    /** Tracks per genre, sorted by genre name; {@code keep} null means all rows. */
    static Map<String, Long> countByGenre(String[] genres, boolean[] keep) {
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < genres.length; i++) {
            if (genres[i] != null && (keep == null || keep[i])) {
                counts.merge(genres[i], 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The median as numpy computes it: the mean of the two middle values for an even count. */
    static double median(java.util.Collection<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
