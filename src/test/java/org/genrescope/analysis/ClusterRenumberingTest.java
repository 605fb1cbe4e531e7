package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genrescope.model.clustering.ClusterMatching;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The renumbering split in two ({@link ClusterRenumbering#numbers}, then {@link ClusterRenumbering#renumbered}), as
 * the window does it off its UI thread, gives the result {@link ClusterRenumbering#matchedTo} gives, and each
 * renumbered part follows the numbers, checked by direct counting.
 */
class ClusterRenumberingTest {
    private static AnalysisResult k4;
    private static AnalysisResult k6;

    @BeforeAll
    static void results() throws Exception {
        AnalysisConfig config = Recipe.PLAIN.config(SharedData.sample()).with("representation", Representation.PCA)
                .with("latent", 4).with("restarts", 4).with("k", 4);
        k4 = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared())
                .run(config, ProgressListener.NONE, CancellationToken.NEVER);
        k6 = Reclustering.withK(k4, 6, Reclustering.Quality.FULL, 2, ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void numbersThenRenumberedIsMatchedTo() {
        int[] numbers = ClusterRenumbering.numbers(k4, k6);
        assertNotNull(numbers, "k = 6 takes other numbers to agree with k = 4 (else this test could not fail)");
        assertArrayEquals(ClusterMatching.numbersWithin(k4.clustering(), k6.clustering()), numbers);
        AnalysisResult split = ClusterRenumbering.renumbered(k6, numbers);
        AnalysisResult whole = ClusterRenumbering.matchedTo(k4, k6);
        assertEquals(whole.clustering(), split.clustering());
        assertArrayEquals(whole.modelCentroids(), split.modelCentroids(), 0.0);
        assertArrayEquals(whole.contingency().clusters(), split.contingency().clusters());
        for (int g = 0; g < whole.contingency().classCount(); g++) {
            assertArrayEquals(whole.contingency().toArray()[g], split.contingency().toArray()[g]);
        }
    }

    @Test
    void theRenumberedPartsFollowTheNumbers() {
        int[] numbers = ClusterRenumbering.numbers(k4, k6);
        AnalysisResult r = ClusterRenumbering.renumbered(k6, numbers);
        int[] genres = k6.genreCodes();
        int[][] counts = new int[k6.genreNames().size()][6];
        for (int i = 0; i < k6.rows(); i++) {
            assertEquals(numbers[k6.clustering().label(i)], r.clustering().label(i), "track " + i);
            if (genres[i] >= 0) {
                counts[genres[i]][r.clustering().label(i)]++;
            }
        }
        int[][] table = r.contingency().toArray();
        for (int g = 0; g < counts.length; g++) {
            for (int c = 0; c < 6; c++) {
                int column = java.util.Arrays.stream(r.contingency().clusters()).boxed().toList().indexOf(c);
                assertEquals(counts[g][c], column < 0 ? 0 : table[g][column], "genre " + g + ", cluster " + c);
            }
        }
        int d = k6.modelCentroids().length / 6;
        for (int a = 0; a < 6; a++) {
            for (int j = 0; j < d; j++) {
                assertEquals(k6.modelCentroids()[a * d + j], r.modelCentroids()[numbers[a] * d + j], 0.0);
            }
        }
        assertSame(k6.vsGenre(), r.vsGenre(), "the metrics are the partition's");
        assertSame(k6.projection(), r.projection());
    }

    @Test
    void theEmptyClustersOfTheWarningAreNamedByTheirNewNumbers() throws Exception {
        // Cases' k-above-distinct-points: 3 distinct points, k = 5, so K-Means leaves two clusters empty
        AnalysisConfig config = Recipe.PLAIN.config(org.genrescope.testing.Cases.file("k-above-distinct-points"))
                .with("representation", Representation.FEATURES).with("restarts", 3).with("k", 5)
                .with("projection", ProjectionMethod.NONE);
        AnalysisResult r = new Pipeline(2, org.genrescope.model.embedding.IsolatedAutoencoderTrainer.shared())
                .run(config, ProgressListener.NONE, CancellationToken.NEVER);
        int[] sizes = r.clustering().clusterSizes();
        java.util.List<Integer> empty = new java.util.ArrayList<>();
        for (int c = 0; c < sizes.length; c++) {
            if (sizes[c] == 0) {
                empty.add(c);
            }
        }
        assertEquals(2, empty.size(), java.util.Arrays.toString(sizes));
        String warning = r.warnings().stream().filter(w -> w.startsWith("K-Means found only")).findFirst()
                .orElseThrow();
        assertTrue(warning.endsWith("clusters " + empty.get(0) + ", " + empty.get(1) + " are empty"), warning);
        int[] reversed = {4, 3, 2, 1, 0};
        AnalysisResult shown = renumberedAs(r, reversed);
        java.util.List<Integer> emptyShown = new java.util.ArrayList<>();
        int[] shownSizes = shown.clustering().clusterSizes();
        for (int c = 0; c < shownSizes.length; c++) {
            if (shownSizes[c] == 0) {
                emptyShown.add(c);
            }
        }
        String renamed = shown.warnings().stream().filter(w -> w.startsWith("K-Means found only")).findFirst()
                .orElseThrow();
        assertEquals(java.util.List.of(4 - empty.get(1), 4 - empty.get(0)), emptyShown);
        assertTrue(renamed.endsWith("clusters " + emptyShown.get(0) + ", " + emptyShown.get(1) + " are empty"),
                renamed);
        assertEquals(r.warnings().size(), shown.warnings().size());
    }

    private static AnalysisResult renumberedAs(AnalysisResult r, int[] numbers) {
        return ClusterRenumbering.renumbered(r, numbers);
    }

    @Test
    void nothingToRenumberGivesNoNumbers() {
        assertFalse(ClusterRenumbering.comparable(null, k6));
        assertFalse(ClusterRenumbering.comparable(k6, k6));
        assertTrue(ClusterRenumbering.comparable(k4, k6));
        assertNull(ClusterRenumbering.numbers(null, k6));
        assertNull(ClusterRenumbering.numbers(k6, k6));
        AnalysisResult agreeing = ClusterRenumbering.matchedTo(k4, k6);
        assertNull(ClusterRenumbering.numbers(k4, agreeing), "numbers that already agree stay");
        assertSame(agreeing, ClusterRenumbering.matchedTo(k4, agreeing));
    }
}
