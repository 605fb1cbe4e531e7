package org.genrescope.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one source of the metrics' names: the field's terms, a sentence's form and the better direction. */
class MetricNamesTest {
    @Test
    void everyMetricOfTheReportIsNamedInTheFieldsTerms() {
        assertEquals(List.of("Silhouette", "Davies-Bouldin", "Calinski-Harabasz", "ARI", "AMI", "NMI", "Homogeneity",
                "Completeness", "V-measure", "Fowlkes-Mallows", "Purity"),
                MetricNames.all().stream().map(MetricNames.Name::name).toList());
        assertEquals(List.of("silhouette", "davies_bouldin", "calinski_harabasz", "adjusted_rand", "adjusted_mutual_info",
                "normalized_mutual_info", "homogeneity", "completeness", "v_measure", "fowlkes_mallows", "purity"),
                MetricNames.all().stream().map(MetricNames.Name::key).toList(), "report.json's names");
    }

    @Test
    void aSentenceLowerCasesACommonWordOnlyAndTheArrowSaysWhichWayIsBetter() {
        assertEquals("silhouette", MetricNames.of("silhouette").inSentence());
        assertEquals("purity", MetricNames.of("purity").inSentence());
        assertEquals("Davies-Bouldin", MetricNames.of("davies_bouldin").inSentence(), "a person's name");
        assertEquals("V-measure", MetricNames.of("v_measure").inSentence());
        assertEquals("ARI", MetricNames.of("adjusted_rand").inSentence(), "an abbreviation");
        assertEquals("Davies-Bouldin \u2193", MetricNames.of("davies_bouldin").withArrow(), "lower is better");
        assertEquals("Silhouette \u2191", MetricNames.of("silhouette").withArrow());
        assertTrue(MetricNames.all().stream().filter(n -> !n.higherIsBetter()).map(MetricNames.Name::key).toList()
                .equals(List.of("davies_bouldin")), "only Davies-Bouldin is better lower");
    }

    @Test
    void aKeyThatIsNoMetricIsSaidOrLeftToTheCaller() {
        assertEquals("no metric is called inertia",
                assertThrows(IllegalArgumentException.class, () -> MetricNames.of("inertia")).getMessage());
        assertTrue(MetricNames.find("inertia").isEmpty());
    }
}
