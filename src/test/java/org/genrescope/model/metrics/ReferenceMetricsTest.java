package org.genrescope.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every metric against scikit-learn 1.2.1's values (the bundled copy of ../shared/reference), to 1e-9 relative
 * error. Runs everywhere: the values are test resources.
 */
class ReferenceMetricsTest {

    private static final double RELATIVE_TOLERANCE = 1e-9;
    private static final double ABSOLUTE_TOLERANCE_AT_ZERO = 1e-12;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tiny", "blobs", "overlap"})
    void everyMetricMatchesScikitLearn(String caseName) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(ReferenceData.read("metrics.json"))
                .path("cases").path(caseName);
        assertTrue(expected.isObject(), "metrics.json has no case " + caseName);
        ReferenceData.Case c = ReferenceData.readCase(caseName);
        assertEquals(expected.path("n").asInt(), c.n(), "points in " + caseName);
        assertEquals(expected.path("d").asInt(), c.d(), "dimensions in " + caseName);

        ContingencyTable table = ContingencyTable.of(c.truth(), c.pred());
        ExternalScores scores = ExternalScores.of(table);
        Map<String, ToDoubleFunction<ReferenceData.Case>> metrics = new LinkedHashMap<>();
        metrics.put("davies_bouldin", k -> InternalMetrics.daviesBouldin(k.x(), k.n(), k.d(), k.pred()));
        metrics.put("calinski_harabasz", k -> InternalMetrics.calinskiHarabasz(k.x(), k.n(), k.d(), k.pred()));
        metrics.put("silhouette", k -> InternalMetrics.silhouette(k.x(), k.n(), k.d(), k.pred(), 2));
        metrics.put("adjusted_rand", k -> scores.adjustedRand());
        metrics.put("normalized_mutual_info", k -> scores.normalizedMutualInfo());
        metrics.put("adjusted_mutual_info", k -> scores.adjustedMutualInfo());
        metrics.put("homogeneity", k -> scores.homogeneity());
        metrics.put("completeness", k -> scores.completeness());
        metrics.put("v_measure", k -> scores.vMeasure());
        metrics.put("fowlkes_mallows", k -> scores.fowlkesMallows());

        StringBuilder failures = new StringBuilder();
        for (Map.Entry<String, ToDoubleFunction<ReferenceData.Case>> metric : metrics.entrySet()) {
            JsonNode value = expected.path(metric.getKey());
            assertTrue(value.isNumber(), "metrics.json lacks " + caseName + "." + metric.getKey());
            double want = value.asDouble();
            double got = metric.getValue().applyAsDouble(c);
            boolean close = want == 0
                    ? Math.abs(got) <= ABSOLUTE_TOLERANCE_AT_ZERO
                    : Math.abs(got - want) <= RELATIVE_TOLERANCE * Math.abs(want);
            if (!close) {
                failures.append(String.format(java.util.Locale.ROOT, "%n  %s: got %.17g, sklearn %.17g",
                        metric.getKey(), got, want));
            }
        }
        assertTrue(failures.length() == 0, caseName + " differs from scikit-learn:" + failures);
    }
}
