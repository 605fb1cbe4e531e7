package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.genrescope.data.CleaningReport;
import org.genrescope.data.TrackTable;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.Clustering;
import org.junit.jupiter.api.Test;

/**
 * Explanations against pandas on a 10-track fixture. The expected numbers were printed by
 * {@code /usr/bin/python3 src/tools/pandas_cluster_explanations.py} (pandas 2.x: {@code df[feats].mean()},
 * {@code .std()}, {@code groupby("label")}, {@code value_counts()}, Euclidean distances to the members' mean of
 * z0, z1) and pasted here.
 */
class ClusterExplanationsTest {
    private static final double[][] FEATURES = {
        {0.9, 0.1, 140}, {0.8, 0.2, 150}, {0.85, 0.05, 135}, {0.2, 0.9, 80}, {0.1, 0.8, 90},
        {0.15, 0.95, 70}, {0.5, 0.5, 112}, {0.55, 0.4, 110}, {0.6, 0.45, 115}, {0.4, 0.3, 100}};
    private static final String[] GENRES = {"Rock", "Rock", "Electronic", "Folk", "Folk", null, "Rock", "Pop", "Pop",
        "Folk"};
    private static final double[] Z = {1.0, 0.5, 1.2, 0.4, 0.85, 0.7, -1.0, -0.5, -1.1, -0.2, -0.8, -0.4, 0.1, 1.0,
        0.0, 1.15, 0.2, 0.9, 5.0, 5.0};
    /** Cluster 3 is empty (K-Means left it so); the last track is noise. */
    private static final int[] LABELS = {0, 0, 0, 1, 1, 1, 2, 2, 2, -1};
    private static final List<String> NAMES = List.of("audio.energy", "audio.acousticness", "audio.tempo");

    @Test
    void standardisedDifferencesGenresAndRepresentativesAsPandas() {
        List<ClusterExplanation> e = explain(true);
        assertEquals(4, e.size());
        ClusterExplanation c0 = e.get(0);
        assertEquals(3, c0.size());
        // pandas: order ['tempo', 'energy', 'acousticness'], standardised 1.2033926733020464, 1.1816038605575299,
        // -1.07483783982029; overall mean tempo 110.2, sd 26.1482950368343
        assertDistinctions(c0, new String[] {"audio.tempo", "audio.energy", "audio.acousticness"},
                new double[] {1.2033926733020464, 1.1816038605575299, -1.07483783982029});
        assertEquals(110.2, c0.distinctions().get(0).overallMean(), 1e-12);
        assertEquals(141.66666666666666, c0.distinctions().get(0).clusterMean(), 1e-12);
        // pandas: Rock (2, 0.6666666666666666), Electronic (1, 0.3333333333333333)
        assertEquals(List.of(new ClusterExplanation.GenreShare("Rock", 2, 2.0 / 3),
                new ClusterExplanation.GenreShare("Electronic", 1, 1.0 / 3)), c0.topGenres());
        // pandas: nearest (0, 0.037267799624996566), (1, 0.22669117514559053), (2, 0.23570226039551595)
        assertRepresentatives(c0, new int[] {0, 1, 2},
                new double[] {0.037267799624996566, 0.22669117514559053, 0.23570226039551595});
        assertEquals("Rock 67% · high tempo", c0.label());

        ClusterExplanation c1 = e.get(1);
        // pandas: order ['acousticness', 'energy', 'tempo']: 1.2908339607411143, -1.2158532478200665,
        // -1.1549510190801424
        assertDistinctions(c1, new String[] {"audio.acousticness", "audio.energy", "audio.tempo"},
                new double[] {1.2908339607411143, -1.2158532478200665, -1.1549510190801424});
        // pandas: Folk (2, 0.6666666666666666); the unlabelled member counts in the share, not in the list
        assertEquals(List.of(new ClusterExplanation.GenreShare("Folk", 2, 2.0 / 3)), c1.topGenres());
        // pandas: (3, 0.1374368541872553), (5, 0.16996731711975957), (4, 0.21343747458109497)
        assertRepresentatives(c1, new int[] {3, 5, 4},
                new double[] {0.1374368541872553, 0.16996731711975957, 0.21343747458109497});
        assertEquals("Folk 67% · high acousticness", c1.label());

        ClusterExplanation c2 = e.get(2);
        // pandas: ['energy', 'tempo', 'acousticness']: 0.15412224268141664, 0.08158594395268084, -0.04628488305446213
        assertDistinctions(c2, new String[] {"audio.energy", "audio.tempo", "audio.acousticness"},
                new double[] {0.15412224268141664, 0.08158594395268084, -0.04628488305446213});
        // pandas: (6, 0.016666666666666607), (8, 0.1536590742882147), (7, 0.16666666666666666)
        assertRepresentatives(c2, new int[] {6, 8, 7},
                new double[] {0.016666666666666607, 0.1536590742882147, 0.16666666666666666});
        assertEquals("Pop 67% · near average", c2.label(), "0.15 sd is below NOTABLE");

        assertEquals(0, e.get(3).size());
        assertEquals(ClusterExplanations.EMPTY_LABEL, e.get(3).label());
        assertTrue(e.get(3).representatives().isEmpty());
    }

    @Test
    void representativesCarryTitleArtistAndId() {
        ClusterExplanation.Representative r = explain(true).get(1).representatives().get(1);
        assertEquals(5, r.row());
        assertEquals("6", r.id());
        assertEquals("Title 5", r.title());
        assertNull(explain(true).get(1).representatives().get(0).artist(), "no artist in the data: null, not made up");
    }

    /**
     * Many members, distances tied in threes: the representatives are the first {@link
     * ClusterExplanations#REPRESENTATIVES} of all members stably sorted by distance (ties by row), computed here
     * by sorting them all, as the explanations once did for every member.
     */
    @Test
    void representativesAreTheNearestMembersTiesByRowAsAStableSortOfAll() {
        int n = 300;
        double[] z = new double[2 * n];
        int[] labels = new int[n];
        java.util.Random random = new java.util.Random(25);
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3 == 0 ? -1 : random.nextInt(2);
            z[2 * i] = random.nextInt(2) + labels[i] * 10; // four points a cluster: many tied distances
            z[2 * i + 1] = random.nextInt(2);
        }
        long[] ids = new long[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1;
            x[i] = i;
        }
        TrackTable t = table(List.of("audio.energy"), x, new String[n], new String[n]);
        List<ClusterExplanation> e = ClusterExplanations.of(t, new int[n], List.of(),
                new FeatureMatrix(ids, List.of("z0", "z1"), z), new Clustering(labels, 2, null, Double.NaN, 1));
        for (int c = 0; c < 2; c++) {
            double[] centre = new double[2];
            List<Integer> members = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (labels[i] == c) {
                    members.add(i);
                    centre[0] += z[2 * i];
                    centre[1] += z[2 * i + 1];
                }
            }
            centre[0] /= members.size();
            centre[1] /= members.size();
            java.util.function.ToDoubleFunction<Integer> distance = i -> Math.hypot(z[2 * i] - centre[0],
                    z[2 * i + 1] - centre[1]);
            members.sort(java.util.Comparator.comparingDouble(distance));
            List<Integer> expected = members.subList(0, ClusterExplanations.REPRESENTATIVES);
            List<Integer> rows = e.get(c).representatives().stream().map(ClusterExplanation.Representative::row)
                    .toList();
            assertEquals(expected, rows, "cluster " + c);
            assertEquals(distance.applyAsDouble(members.get(0)), distance.applyAsDouble(members.get(3)),
                    "the fixture ties the four nearest, or it tests nothing about ties");
            assertEquals(distance.applyAsDouble(expected.get(2)), e.get(c).representatives().get(2).distance(),
                    1e-12);
        }
    }

    @Test
    void labelsAlikeNameTheirNextFeatureUntilTheyDiffer() {
        List<ClusterExplanation.GenreShare> rock = List.of(new ClusterExplanation.GenreShare("Rock", 47, 0.47));
        ClusterExplanation.Distinction lowInstrumental = new ClusterExplanation.Distinction("instrumentalness", 0.1,
                0.5, -1.2);
        ClusterExplanation.Distinction highEnergy = new ClusterExplanation.Distinction("energy", 0.8, 0.5, 0.9);
        ClusterExplanation.Distinction lowEnergy = new ClusterExplanation.Distinction("energy", 0.2, 0.5, -0.9);
        ClusterExplanation.Distinction fastTempo = new ClusterExplanation.Distinction("tempo", 150, 120, 0.6);
        ClusterExplanation.Distinction slowTempo = new ClusterExplanation.Distinction("tempo", 90, 120, -0.6);
        ClusterExplanation.Distinction slightlyFast = new ClusterExplanation.Distinction("tempo", 121, 120, 0.1);
        List<ClusterExplanation> explained = List.of(
                explained(0, rock, List.of(lowInstrumental, highEnergy, fastTempo)),
                explained(1, rock, List.of(lowInstrumental, highEnergy, slowTempo)),
                explained(2, rock, List.of(lowInstrumental, lowEnergy)),
                explained(3, List.of(new ClusterExplanation.GenreShare("Folk", 20, 0.2)), List.of(lowInstrumental)),
                explained(4, rock, List.of(lowInstrumental, slightlyFast)),
                new ClusterExplanation(5, 0, List.of(), List.of(), List.of(), ClusterExplanations.EMPTY_LABEL),
                new ClusterExplanation(6, 0, List.of(), List.of(), List.of(), ClusterExplanations.EMPTY_LABEL));
        List<String> labels = ClusterExplanations.distinctLabels(explained).stream().map(ClusterExplanation::label)
                .toList();
        // 0 and 1 alike after two features and told apart by the third; 2 by its second; 4 has no other notable
        // feature (0.1 sd); 3 was unique; the empty clusters stay "empty"
        assertEquals(List.of("Rock 47% · low instrumentalness · high energy · high tempo",
                "Rock 47% · low instrumentalness · high energy · low tempo",
                "Rock 47% · low instrumentalness · low energy",
                "Folk 20% · low instrumentalness",
                "Rock 47% · low instrumentalness",
                "empty", "empty"), labels);
    }

    /**
     * Labels alike but for the top genre's share ("Rock 32% · low instrumentalness", "Rock 43% · low
     * instrumentalness", a new user's two clusters that said nothing of what set them apart) name their next feature
     * too; a share alone does not tell clusters apart. Other genres with the same feature stay as they are.
     */
    @Test
    void labelsAlikeButForTheGenresShareNameTheirNextFeature() {
        ClusterExplanation.Distinction lowInstrumental = new ClusterExplanation.Distinction("instrumentalness", 0.1,
                0.5, -1.2);
        ClusterExplanation.Distinction highEnergy = new ClusterExplanation.Distinction("energy", 0.8, 0.5, 0.9);
        ClusterExplanation.Distinction lowValence = new ClusterExplanation.Distinction("valence", 0.2, 0.5, -0.8);
        List<ClusterExplanation> explained = List.of(
                explained(0, List.of(new ClusterExplanation.GenreShare("Rock", 32, 0.32)),
                        List.of(lowInstrumental, highEnergy)),
                explained(1, List.of(new ClusterExplanation.GenreShare("Folk", 40, 0.40)),
                        List.of(lowInstrumental, highEnergy)),
                explained(2, List.of(new ClusterExplanation.GenreShare("Rock", 43, 0.43)),
                        List.of(lowInstrumental, lowValence)));
        List<String> labels = ClusterExplanations.distinctLabels(explained).stream().map(ClusterExplanation::label)
                .toList();
        assertEquals(List.of("Rock 32% · low instrumentalness · high energy",
                "Folk 40% · low instrumentalness",
                "Rock 43% · low instrumentalness · low valence"), labels);
    }

    private static ClusterExplanation explained(int cluster, List<ClusterExplanation.GenreShare> genres,
                                                List<ClusterExplanation.Distinction> distinctions) {
        return new ClusterExplanation(cluster, 10, distinctions, genres, List.of(),
                ClusterExplanations.label(genres, distinctions));
    }

    @Test
    void withoutGenresTheLabelNamesTheTwoStrongestFeatures() {
        List<ClusterExplanation> e = explain(false);
        assertTrue(e.get(0).topGenres().isEmpty());
        assertEquals("high tempo · high energy", e.get(0).label());
        assertEquals("high acousticness · low energy", e.get(1).label());
        assertEquals("near average", e.get(2).label());
    }

    @Test
    void aFeatureWithoutSpreadSetsNoClusterApart() {
        double[] x = {1, 5, 1, 6, 1, 7, 1, 8};
        TrackTable t = table(List.of("a.constant", "a.varied"), x, new String[4], new String[4]);
        List<ClusterExplanation> e = ClusterExplanations.of(t, new int[] {-1, -1, -1, -1}, List.of(),
                new FeatureMatrix(new long[] {1, 2, 3, 4}, List.of("z"), new double[] {0, 0, 1, 1}),
                new Clustering(new int[] {0, 0, 1, 1}, 2, null, Double.NaN, 0));
        assertEquals(1, e.get(0).distinctions().size());
        assertEquals("a.varied", e.get(0).distinctions().get(0).feature());
        // mean 6.5, sample sd sqrt(5/3) = 1.2909944487358056; cluster 0 mean 5.5 -> -0.7745966692414834
        assertEquals(-0.7745966692414834, e.get(0).distinctions().get(0).standardised(), 1e-12);
        assertEquals("low varied", e.get(0).label());
    }

    @Test
    void rowCountsMustAgree() {
        TrackTable t = table(NAMES, flat(), GENRES, titles());
        assertThrows(IllegalArgumentException.class, () -> ClusterExplanations.of(t, new int[3], List.of(),
                z(), new Clustering(LABELS, 4, null, Double.NaN, 1)));
    }

    private static List<ClusterExplanation> explain(boolean withGenres) {
        List<String> genreNames = withGenres ? List.of("Electronic", "Folk", "Pop", "Rock") : List.of();
        int[] codes = new int[GENRES.length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = withGenres && GENRES[i] != null ? genreNames.indexOf(GENRES[i]) : -1;
        }
        TrackTable t = table(NAMES, flat(), withGenres ? GENRES : new String[GENRES.length], titles());
        return ClusterExplanations.of(t, codes, genreNames, z(), new Clustering(LABELS, 4, null, Double.NaN, 1));
    }

    private static void assertDistinctions(ClusterExplanation c, String[] features, double[] standardised) {
        assertEquals(features.length, c.distinctions().size());
        for (int i = 0; i < features.length; i++) {
            assertEquals(features[i], c.distinctions().get(i).feature());
            assertEquals(standardised[i], c.distinctions().get(i).standardised(), 1e-12, features[i]);
        }
    }

    private static void assertRepresentatives(ClusterExplanation c, int[] rows, double[] distances) {
        assertEquals(rows.length, c.representatives().size());
        for (int i = 0; i < rows.length; i++) {
            assertEquals(rows[i], c.representatives().get(i).row());
            assertEquals(distances[i], c.representatives().get(i).distance(), 1e-12);
        }
    }

    private static FeatureMatrix z() {
        long[] ids = new long[LABELS.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i + 1;
        }
        return new FeatureMatrix(ids, List.of("z0", "z1"), Z);
    }

    private static double[] flat() {
        double[] x = new double[FEATURES.length * 3];
        for (int i = 0; i < FEATURES.length; i++) {
            System.arraycopy(FEATURES[i], 0, x, i * 3, 3);
        }
        return x;
    }

    private static String[] titles() {
        String[] titles = new String[FEATURES.length];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = "Title " + i;
        }
        return titles;
    }

    private static TrackTable table(List<String> names, double[] x, String[] genres, String[] titles) {
        int n = x.length / names.size();
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1;
        }
        String[] none = new String[n];
        return new TrackTable("flat-csv", names, ids, x, genres.clone(), titles.length == n ? titles : none.clone(),
                none.clone(), none.clone(), new int[n], new CleaningReport(n, n, java.util.Map.of(), java.util.Map.of(),
                0, java.util.Map.of()));
    }
}
