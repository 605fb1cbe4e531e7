package org.genrescope.model.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClusteringTest {

    @Test
    void fromKMeansKeepsCentroidsAndInertia() {
        KMeansResult kmeans = new KMeansResult(new int[] {0, 1, 1}, new double[] {0, 0, 5, 5}, 2, 1.5, 3, 0);
        Clustering clustering = Clustering.from(kmeans);
        assertArrayEquals(new int[] {0, 1, 1}, clustering.labels());
        assertEquals(2, clustering.clusterCount());
        assertTrue(clustering.hasCentroids());
        assertArrayEquals(new double[] {0, 0, 5, 5}, clustering.centroidsOrNull());
        assertEquals(1.5, clustering.inertiaOrNaN());
        assertEquals(0, clustering.noiseCount());
        assertArrayEquals(new int[] {1, 2}, clustering.clusterSizes());
    }

    @Test
    void fromDensityHasNoCentroidsAndCountsNoise() {
        Clustering clustering = Clustering.from(new ClusteringLabels(new int[] {0, -1, 1, 0}, 2, 1));
        assertFalse(clustering.hasCentroids());
        assertNull(clustering.centroidsOrNull());
        assertTrue(Double.isNaN(clustering.inertiaOrNaN()));
        assertEquals(1, clustering.noiseCount());
        assertArrayEquals(new int[] {2, 1}, clustering.clusterSizes());
    }

    @Test
    void resultsCannotBeChangedFromOutside() {
        int[] labels = {0, 1};
        KMeansResult kmeans = new KMeansResult(labels, new double[] {1, 2}, 2, 0, 1, 0);
        labels[0] = 1;
        kmeans.labels()[1] = 0;
        kmeans.centroids()[0] = 9;
        assertArrayEquals(new int[] {0, 1}, kmeans.labels());
        assertEquals(1.0, kmeans.centroid(0, 0));
        assertEquals(kmeans, new KMeansResult(new int[] {0, 1}, new double[] {1, 2}, 2, 0, 1, 0));
    }

    @Test
    void labelsMustBeConsistent() {
        assertEquals("noiseCount is 0 but 1 labels are noise", assertThrows(IllegalArgumentException.class,
                () -> new ClusteringLabels(new int[] {0, -1}, 1, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClusteringLabels(new int[] {0, 2}, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new KMeansResult(new int[] {0}, new double[] {1, 2, 3}, 2, 0, 1, 0));
    }
}
