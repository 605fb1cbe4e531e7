package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every statistic against an independent computation: a hand calculation, and pandas' defaults
 * ({@code src/tools/pandas_feature_summaries.py}) on the bundled sample (reference committed) and on the
 * real data (run live; skipped when the data or pandas is absent).
 */
class FeatureSummariesTest {

    private static final double NAN = Double.NaN;

    @Test
    void overallAndPerGenreByHand() {
        // a: X has 1, 3; Y has 5 and a missing value; the unlabelled row has 10. b is constant.
        FeatureSummaries s = FeatureSummaries.of(List.of("a", "b"),
                new double[] {1, 0, 3, 0, 5, 0, NAN, 0, 10, 0}, new String[] {"X", "X", "Y", "Y", null});

        FeatureSummary a = s.overall().get(0);
        assertEquals("a", a.feature());
        assertNull(a.group());
        assertEquals(4, a.count());
        assertEquals(1, a.missing());
        assertEquals(4.75, a.mean(), 1e-15);
        // squared deviations 14.0625 + 3.0625 + 0.0625 + 27.5625 = 44.75, over n - 1 = 3
        assertEquals(Math.sqrt(44.75 / 3), a.sd(), 1e-15);
        assertEquals(1, a.min());
        assertEquals(1.3, a.q05(), 1e-12);  // h = 0.15: 1 + 0.15 * 2
        assertEquals(2.5, a.q25(), 1e-15);  // h = 0.75: 1 + 0.75 * 2
        assertEquals(4.0, a.median(), 1e-15);
        assertEquals(6.25, a.q75(), 1e-15); // h = 2.25: 5 + 0.25 * 5
        assertEquals(9.25, a.q95(), 1e-12); // h = 2.85: 5 + 0.85 * 5
        assertEquals(10, a.max());
        assertEquals(0.0, s.overall().get(1).sd());

        assertEquals(List.of("X", "Y"), List.copyOf(s.byGenre().keySet()));
        FeatureSummary x = s.byGenre().get("X").get(0);
        assertEquals("X", x.group());
        assertEquals(2, x.count());
        assertEquals(2.0, x.mean());
        assertEquals(Math.sqrt(2), x.sd(), 1e-15);
        assertEquals(2.0, x.median());
        FeatureSummary y = s.byGenre().get("Y").get(0);
        assertEquals(1, y.count());
        assertEquals(1, y.missing());
        assertEquals(5.0, y.mean());
        assertTrue(Double.isNaN(y.sd()), "pandas gives NaN for the sd of one value");
        assertEquals(5.0, y.q25());
    }

    @Test
    void shapesMustAgree() {
        assertThrows(IllegalArgumentException.class,
                () -> FeatureSummaries.of(List.of("a"), new double[] {1, 2}, new String[] {"X"}));
    }

    @Test
    void theBundledSampleMatchesPandas() throws Exception {
        TrackTable t = DataLoader.load(SharedData.sample(), ImportOptions.defaults(), ProgressListener.NONE,
                CancellationToken.NEVER);
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("fma_sample_summaries.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        assertMatches(expected, FeatureSummaries.of(t), t.featureNames(), t.featureNames());
    }

    @Test
    void theRealMusicDataMatchesPandasRunNow() throws Exception {
        var csv = SharedData.require("fma/music_data.csv");
        TrackTable t = DataLoader.load(csv, ImportOptions.defaults(), ProgressListener.NONE, CancellationToken.NEVER);
        List<String> columns = t.featureNames(); // flat CSV: the file's own column names
        JsonNode expected = Pandas.summaries(csv, "genres_top", columns);
        assertEquals(13_129, expected.get("overall").get("tempo").get("count").asLong());
        assertMatches(expected, FeatureSummaries.of(t), columns, columns);
    }

    /** Compares every statistic; relative tolerance 1e-12 (pandas sums pairwise, Tablesaw with a correction term). */
    static void assertMatches(JsonNode expected, FeatureSummaries actual, List<String> javaNames, List<String> pandasNames) {
        for (int j = 0; j < javaNames.size(); j++) {
            assertSame(expected.get("overall").get(pandasNames.get(j)), actual.overall().get(j));
        }
        JsonNode byGenre = expected.get("by_genre");
        List<String> genres = List.copyOf(actual.byGenre().keySet());
        assertEquals(byGenre.size(), genres.size(), "genres");
        for (Map.Entry<String, List<FeatureSummary>> e : actual.byGenre().entrySet()) {
            for (int j = 0; j < javaNames.size(); j++) {
                assertSame(byGenre.get(e.getKey()).get(pandasNames.get(j)), e.getValue().get(j));
            }
        }
    }

    private static void assertSame(JsonNode want, FeatureSummary got) {
        String where = got.feature() + " / " + (got.group() == null ? "all" : got.group());
        assertEquals(want.get("count").asLong(), got.count(), where + " count");
        assertEquals(want.get("missing").asLong(), got.missing(), where + " missing");
        close(want, "mean", got.mean(), where);
        close(want, "sd", got.sd(), where);
        close(want, "min", got.min(), where);
        close(want, "q05", got.q05(), where);
        close(want, "q25", got.q25(), where);
        close(want, "median", got.median(), where);
        close(want, "q75", got.q75(), where);
        close(want, "q95", got.q95(), where);
        close(want, "max", got.max(), where);
    }

    private static void close(JsonNode want, String field, double got, String where) {
        double w = want.get(field).asDouble();
        if (Double.isNaN(w)) {
            assertTrue(Double.isNaN(got), where + " " + field + ": want NaN, got " + got);
            return;
        }
        assertEquals(w, got, 1e-12 * Math.max(1, Math.abs(w)), where + " " + field);
    }
}
