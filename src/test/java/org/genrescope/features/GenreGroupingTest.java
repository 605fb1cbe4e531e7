package org.genrescope.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.TrackTable;
import org.junit.jupiter.api.Test;

class GenreGroupingTest {

    /** Builds a one-feature table: each genre's tracks sit at the given feature value. */
    private static TrackTable table(Object... genreCountValue) {
        List<String> genres = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int g = 0; g < genreCountValue.length; g += 3) {
            for (int i = 0; i < (Integer) genreCountValue[g + 1]; i++) {
                genres.add((String) genreCountValue[g]);
                values.add((Double) genreCountValue[g + 2]);
            }
        }
        int n = genres.size();
        long[] ids = new long[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1;
            x[i] = values.get(i);
        }
        CleaningReport report = new CleaningReport(n, n, Map.of(), Map.of(), 0, Map.of());
        return new TrackTable("flat-csv", List.of("f"), ids, x, genres.toArray(new String[0]), new String[n],
                new String[n], new String[n], new int[n], report);
    }

    @Test
    void majorsAreDecidedBeforeTheDropAndMinorsJoinTheNearestMajorStillPresent() {
        // counts 50, 40, 30, 5, 3: median 30, majors A (50) and B (40); C (30) is minor.
        TrackTable t = table("A", 50, 0.0, "B", 40, 10.0, "C", 30, 9.0, "Noise", 5, 1.0, "D", 3, 2.0);
        GenreGrouping.Result r = GenreGrouping.apply(t, new GenreGrouping.Options(List.of("Noise"), true));

        assertEquals(30.0, r.report().medianCount());
        assertEquals(List.of("A", "B"), r.report().majorGenres());
        assertEquals(Map.of("C", "B", "D", "A"), r.report().reassigned());
        assertEquals(Map.of("A", 53L, "B", 70L), r.report().countsAfter());
        assertEquals(123, r.tracks().rows());
        assertEquals(Map.of("Noise", 5L), r.report().droppedGenres());
    }

    @Test
    void droppingAMajorGenreDoesNotPromoteAMinorOne() {
        // A and B are major; dropping B leaves C minor, so it joins A even though it is nearer B's mean.
        TrackTable t = table("A", 50, 0.0, "B", 40, 10.0, "C", 30, 9.0, "D", 3, 2.0);
        GenreGrouping.Result r = GenreGrouping.apply(t, new GenreGrouping.Options(List.of("B"), true));
        assertEquals(Map.of("A", 83L), r.report().countsAfter());
    }

    @Test
    void withoutClubbingOnlyTheDropHappensAndUnknownNamesAreReported() {
        TrackTable t = table("A", 5, 0.0, "B", 4, 1.0, "C", 1, 2.0);
        GenreGrouping.Result r = GenreGrouping.apply(t, new GenreGrouping.Options(List.of("C", "Zydeco"), false));
        assertEquals(Map.of("A", 5L, "B", 4L), r.report().countsAfter());
        assertEquals(List.of("Zydeco"), r.report().unknownDropGenres());
        assertEquals(Map.of(), r.report().reassigned());
    }

    /** The seed recipe's own steps, as {@code AnalysisConfig.grouping()} makes them for the seed recipe. */
    private static final GenreGrouping.Options RECIPE = new GenreGrouping.Options(
            List.of("Experimental", "Old-Time / Historic"), true, true, true);

    @Test
    void theRecipesClubbingIsNotAppliedWhereItWouldLeaveOneGenre() {
        // shared/cases/k-above-distinct-points: 14, 13, 13 tracks; median 13, so Rock alone is major
        TrackTable t = table("Rock", 14, 0.0, "Folk", 13, 1.0, "Electronic", 13, 2.0);
        GenreGrouping.Result r = GenreGrouping.apply(t, RECIPE);
        assertEquals(Map.of(), r.report().reassigned());
        assertEquals(Map.of("Rock", 14L, "Folk", 13L, "Electronic", 13L), r.report().countsAfter());
        assertEquals(List.of(), r.report().unknownDropGenres(), "the recipe's own drop list names no missing genre");
        assertEquals(1, r.report().notes().size(), r.report().notes().toString());
        assertTrue(r.report().notes().get(0).contains("Electronic, Folk into Rock"), r.report().notes().get(0));
    }

    @Test
    void theRecipesClubbingStillAppliesWhereSeveralGenresRemain() {
        // median of 20, 18, 5, 3 is 11.5: Rock and Pop are major, Folk joins Rock (nearer), Jazz joins Pop
        TrackTable t = table("Rock", 20, 0.0, "Pop", 18, 10.0, "Folk", 5, 1.0, "Jazz", 3, 9.0);
        GenreGrouping.Result r = GenreGrouping.apply(t, RECIPE);
        assertEquals(Map.of("Folk", "Rock", "Jazz", "Pop"), r.report().reassigned());
        assertEquals(Map.of("Rock", 25L, "Pop", 21L), r.report().countsAfter());
    }

    @Test
    void clubbingTheUserAskedForIsAppliedEvenIfOneGenreRemains() {
        TrackTable t = table("Rock", 14, 0.0, "Folk", 13, 1.0, "Electronic", 13, 2.0);
        GenreGrouping.Result r = GenreGrouping.apply(t, new GenreGrouping.Options(List.of(), true));
        assertEquals(Map.of("Rock", 40L), r.report().countsAfter());
    }

    @Test
    void inputOrderAndMetadataAreKept() {
        TrackTable t = table("A", 3, 0.0, "B", 3, 5.0, "C", 1, 4.0, "D", 1, 0.5);
        GenreGrouping.Result r = GenreGrouping.apply(t, new GenreGrouping.Options(List.of(), true));
        assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6, 7, 8}, r.tracks().trackIds());
        assertArrayEquals(new String[] {"A", "A", "A", "B", "B", "B", "B", "A"}, r.tracks().genres());
    }

    @Test
    void anUnlabelledTablePassesThrough() {
        TrackTable t = table("A", 3, 0.0);
        TrackTable unlabelled = new TrackTable(t.format(), t.featureNames(), t.trackIds(), t.features(),
                new String[3], t.titles(), t.artists(), t.albums(), t.years(), t.report());
        GenreGrouping.Result r = GenreGrouping.apply(unlabelled, new GenreGrouping.Options(List.of("A"), true));
        assertSame(unlabelled, r.tracks());
    }

    @Test
    void medianIsNumpys() {
        assertEquals(2.5, GenreGrouping.median(List.of(1L, 4L, 2L, 3L)));
        assertEquals(3.0, GenreGrouping.median(List.of(5L, 3L, 1L)));
    }

    @Test
    void theRealDataGroupsAsTheStudyDid() throws Exception {
        java.nio.file.Path folder = org.genrescope.testing.SharedData.require("fma/fma_metadata");
        TrackTable t = org.genrescope.data.DataLoader.load(folder, org.genrescope.data.ImportOptions.defaults(),
                org.genrescope.task.ProgressListener.NONE, org.genrescope.task.CancellationToken.NEVER);
        GenreGrouping.Result r = GenreGrouping.apply(t, new GenreGrouping.Options(
                List.of("Experimental", "Old-Time / Historic"), true));
        // SEED-PIPELINE.md section 2: the genre means (a Tablesaw group-by) decide where each minor genre goes
        assertEquals(Map.of("Classical", 334L, "Electronic", 4_043L, "Folk", 1_186L, "Hip-Hop", 1_185L,
                "Jazz", 354L, "Pop", 605L, "Rock", 4_877L), r.report().countsAfter());
    }
}
