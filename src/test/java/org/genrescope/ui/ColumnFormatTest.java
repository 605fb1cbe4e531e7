package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.genrescope.data.FeatureSummaries;
import org.genrescope.data.FeatureSummary;
import org.junit.jupiter.api.Test;

/** Issue 10: one number format per column, thousands separators throughout, in every table. */
class ColumnFormatTest {
    @Test
    void aColumnOfScoresGetsFourSignificantDigitsOfItsLargestAndNoScientificNotation() {
        ColumnFormat f = ColumnFormat.of(0.04357, 2.017e-05, 0.996);
        assertEquals("0.0436", f.format(0.04357));
        assertEquals("0.0000", f.format(2.017e-05), "the same four decimals, not 2.017e-05");
        assertEquals("0.9960", f.format(0.996));
    }

    @Test
    void aColumnOfTempiGetsOneDecimalAndThousandsSeparators() {
        ColumnFormat f = ColumnFormat.of(DoubleStream.of(12.5, 251.3, 1200));
        assertEquals("%,.0f", f.pattern(), "1200 has four digits before the point");
        assertEquals("1,200", f.format(1200));
        assertEquals("251", f.format(251.3));
        assertEquals("%,.1f", ColumnFormat.of(12.5, 251.3).pattern());
        assertEquals("12,345.7", new ColumnFormat("%,.1f").format(12345.67));
    }

    @Test
    void onlyAColumnBeyondFixedDecimalsIsScientificAndThenAllOfIt() {
        ColumnFormat huge = ColumnFormat.of(3.0, 4.5e9);
        assertEquals("3.000e+00", huge.format(3.0));
        assertEquals("4.500e+09", huge.format(4.5e9));
        assertEquals("%.3e", ColumnFormat.of(2e-5, 3e-6).pattern());
        assertEquals("%,.7f", ColumnFormat.of(2e-4).pattern(), "1e-4 still reads in fixed decimals");
    }

    @Test
    void missingValuesZeroAndSignsReadPlainly() {
        ColumnFormat f = ColumnFormat.of(0.5);
        assertEquals("-", f.format(Double.NaN));
        assertEquals("0.0000", f.format(-1e-9), "no minus zero");
        assertEquals("+0.0123", f.signed(0.0123));
        assertEquals("-0.0123", f.signed(-0.0123));
        assertEquals("%,.3f", ColumnFormat.of(Double.NaN, 0).pattern(), "no finite magnitude: three decimals");
    }

    @Test
    void everyFormattedValueIsTheValueRoundedHalfUpToTheColumnsOneFormat() {
        java.util.Random random = new java.util.Random(10);
        for (int trial = 0; trial < 200; trial++) {
            double scale = Math.pow(10, random.nextInt(14) - 6);
            double[] values = random.doubles(20, -scale, scale).toArray();
            ColumnFormat f = ColumnFormat.of(values);
            int digits = Integer.parseInt(f.pattern().replaceAll("\\D", ""));
            for (double v : values) {
                String shown = f.format(v);
                BigDecimal exact = new BigDecimal(v);
                BigDecimal expected = f.pattern().endsWith("e")
                        ? exact.round(new java.math.MathContext(digits + 1, java.math.RoundingMode.HALF_UP))
                        : exact.setScale(digits, java.math.RoundingMode.HALF_UP);
                assertEquals(0, expected.compareTo(new BigDecimal(shown.replace(",", ""))), v + " -> " + shown);
                assertEquals(!f.pattern().endsWith("e") && expected.abs().compareTo(BigDecimal.valueOf(1000)) >= 0,
                        shown.contains(","), "thousands separators exactly where there are thousands: " + shown);
            }
        }
    }

    @Test
    void metricsShareOneFormatAndTheSummaryTableOneFormatPerFeature() {
        assertEquals("890.1009", MetricRows.format(890.10094));
        assertEquals("0.0001", MetricRows.format(0.0001));
        assertEquals("12,345.6789", MetricRows.format(12345.67891));
        FeatureSummary tempo = new FeatureSummary("echonest.audio_features.tempo", null, 3, 0, 120.25, 30.5, 60.0,
                61.0, 90.0, 120.0, 150.0, 170.0, 180.0);
        FeatureSummary score = new FeatureSummary("echonest.audio_features.acousticness", null, 3, 0, 0.04357, 0.01,
                2.017e-05, 3e-5, 0.02, 0.04, 0.06, 0.09, 0.1);
        List<SummaryRows.Row> rows = SummaryRows.of(new FeatureSummaries(List.of(tempo, score), Map.of()),
                Map.of(), false);
        assertEquals(List.of("120.3", "30.5", "60.0", "61.0", "90.0", "120.0", "150.0", "170.0", "180.0"),
                numbers(rows.get(0)));
        assertEquals(List.of("0.0436", "0.0100", "0.0000", "0.0000", "0.0200", "0.0400", "0.0600", "0.0900",
                "0.1000"), numbers(rows.get(1)));
        assertTrue(rows.stream().allMatch(r -> r.count().equals("3")));
    }

    private static List<String> numbers(SummaryRows.Row r) {
        return List.of(r.mean(), r.sd(), r.min(), r.q05(), r.q25(), r.median(), r.q75(), r.q95(), r.max());
    }
}
