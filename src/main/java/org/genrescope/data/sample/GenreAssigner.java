package org.genrescope.data.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which genres a (synthetic) album carries. Its root genre is drawn with the real genre shares;
 * with that root's fitted probability the album also carries genres of one or two other roots, in which
 * case FMA leaves {@code genre_top} empty. {@code genres_all} lists each genre followed by its ancestors,
 * the intended root's genres last, so the reader's imputation (the last root met in {@code genres_all}
 * wins) recovers the root whose audio-feature distribution the tracks were drawn from.
 */
final class GenreAssigner {
    private static final double SECOND_OTHER_ROOT = 0.2;
    private static final double SECOND_OWN_GENRE = 0.15;

    /** The genres of one album's tracks, with their CSV cells already rendered. */
    record Assignment(FittedStatistics.RootModel root, int rootIndex, int[] genresAll, String genreTopCell,
                      String genresCell, String genresAllCell) {
        boolean hasGenreTop() {
            return !genreTopCell.isEmpty();
        }
    }

    private final List<FittedStatistics.RootModel> roots;
    private final Map<Integer, FittedStatistics.Genre> genresById = new HashMap<>();
    private final double[] rootCumulative;

    GenreAssigner(FittedStatistics statistics) {
        this.roots = statistics.roots();
        for (FittedStatistics.Genre genre : statistics.genres()) {
            genresById.put(genre.id(), genre);
        }
        double[] weights = new double[roots.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = roots.get(i).realTracks();
        }
        this.rootCumulative = SplitMix64.cumulative(weights);
    }

    Assignment draw(SplitMix64 random) {
        int rootIndex = random.pickCumulative(rootCumulative);
        FittedStatistics.RootModel root = roots.get(rootIndex);
        List<Integer> genres = new ArrayList<>(4);
        List<Integer> genresAll = new ArrayList<>(8);
        boolean multiRoot = random.chance(root.multiRootFraction());
        if (multiRoot) {
            int otherRoots = random.chance(SECOND_OTHER_ROOT) ? 2 : 1;
            List<Integer> usedRoots = new ArrayList<>(List.of(rootIndex));
            for (int i = 0; i < otherRoots; i++) {
                int otherIndex;
                do {
                    otherIndex = random.pickCumulative(rootCumulative);
                } while (usedRoots.contains(otherIndex));
                usedRoots.add(otherIndex);
                addGenre(pickGenreOf(roots.get(otherIndex), random), genres, genresAll);
            }
        }
        int own = pickGenreOf(root, random);
        addGenre(own, genres, genresAll);
        if (random.chance(SECOND_OWN_GENRE)) {
            int second = pickGenreOf(root, random);
            if (!genres.contains(second)) {
                addGenre(second, genres, genresAll);
            }
        }
        return new Assignment(root, rootIndex, genresAll.stream().mapToInt(Integer::intValue).toArray(),
                multiRoot ? "" : root.genre().title(), listCell(genres), listCell(genresAll));
    }

    private static int pickGenreOf(FittedStatistics.RootModel root, SplitMix64 random) {
        return root.genreChoices()[random.pickCumulative(root.genreChoiceCumulative())];
    }

    /** Adds a genre to the track's own list, and it and its ancestors (up to the root) to genres_all. */
    private void addGenre(int genreId, List<Integer> genres, List<Integer> genresAll) {
        genres.add(genreId);
        int id = genreId;
        while (id != 0) {
            if (!genresAll.contains(id)) {
                genresAll.add(id);
            }
            FittedStatistics.Genre genre = genresById.get(id);
            if (genre == null) {
                throw new IllegalStateException("genre " + id + " is missing from " + FittedStatistics.RESOURCE);
            }
            id = genre.parent();
        }
    }

    /** A Python-style list cell, such as {@code [26, 12]}. */
    static String listCell(List<Integer> ids) {
        StringBuilder cell = new StringBuilder(ids.size() * 5 + 2).append('[');
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                cell.append(", ");
            }
            cell.append(ids.get(i).intValue());
        }
        return cell.append(']').toString();
    }
}
