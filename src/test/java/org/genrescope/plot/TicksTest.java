package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, Ticks.niceStep(0.7), 1e-12);
        assertEquals(2, Ticks.niceStep(1.3), 1e-12);
        assertEquals(5, Ticks.niceStep(2.1), 1e-12);
        assertEquals(10, Ticks.niceStep(5.5), 1e-12);
        assertEquals(0.002, Ticks.niceStep(0.0017), 1e-15);
        assertEquals(500, Ticks.niceStep(420), 1e-9);
    }

    @Test
    void ticksCoverTheRangeAtNiceValues() {
        Ticks ticks = Ticks.linear(0, 10, 6);
        assertEquals(2, ticks.step(), 1e-12);
        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10}, ticks.values(), 1e-12);
        assertEquals(List.of("0", "2", "4", "6", "8", "10"), ticks.labels());
    }

    @Test
    void ticksStayInsideTheRangeAndLabelZeroPlainly() {
        Ticks ticks = Ticks.linear(-0.33, 0.71, 6);
        assertEquals(0.2, ticks.step(), 1e-12);
        assertEquals(List.of("-0.2", "0", "0.2", "0.4", "0.6"), ticks.labels());
        for (double v : ticks.values()) {
            assertTrue(v >= -0.33 && v <= 0.71, "tick " + v);
        }
    }

    @Test
    void coveringTicksEncloseTheRange() {
        Ticks ticks = Ticks.covering(-3.05, 2.88, 14);
        assertEquals(List.of("-3.5", "-3.0", "-2.5", "-2.0", "-1.5", "-1.0", "-0.5", "0", "0.5", "1.0", "1.5",
                "2.0", "2.5", "3.0"), ticks.labels());
        assertTrue(ticks.first() <= -3.05 && ticks.last() >= 2.88);
    }

    @Test
    void labelsUseADotInEveryLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(List.of("0.5", "1.0", "1.5"), Ticks.linear(0.5, 1.5, 3).labels());
            assertEquals("12345.68", Ticks.number(12345.678, 2));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void anEmptyRangeIsWidened() {
        Ticks ticks = Ticks.linear(5, 5, 5);
        assertTrue(ticks.count() >= 2);
        assertTrue(ticks.first() <= 5 && ticks.last() >= 5);
    }

    @Test
    void hugeAndTinyValuesAreScientific() {
        assertEquals("2.00e+07", Ticks.linear(0, 5e7, 3).labels().get(1));
        assertEquals("0.00", Ticks.number(-0.0001, 2));
    }

    @Test
    void logTicksArePowersOfTenOrAddTwoAndFiveForShortRanges() {
        assertEquals(List.of("1", "10", "100", "1,000"), Ticks.logarithmic(1, 1000).labels());
        assertEquals(List.of("0.02", "0.05", "0.1", "0.2", "0.5", "1"), Ticks.logarithmic(0.019, 1.05).labels());
        assertArrayEquals(new double[] {0.02, 0.05, 0.1, 0.2, 0.5, 1}, Ticks.logarithmic(0.019, 1.05).values(), 0);
        assertThrows(IllegalArgumentException.class, () -> Ticks.logarithmic(0, 1));
        // a loss from 1 down to 1e-14: 15 powers of ten by hand, every second one is 8
        assertEquals(List.of("1e-14", "1e-12", "1e-10", "1e-08", "1e-06", "0.0001", "0.01", "1"),
                Ticks.logarithmic(1e-14, 1).labels());
        // 1e-20..1e3: 24 powers; every second 12, every third: -18, -15, ..., 0, 3 (8)
        assertEquals(8, Ticks.logarithmic(1e-20, 1e3).values().length);
        assertEquals(1e-18, Ticks.logarithmic(1e-20, 1e3).values()[0]);
        assertEquals(8, Ticks.logarithmic(1e-7, 1).values().length, "8 powers: all of them");
    }

    @Test
    void tickCountsStayWithinTheLimitAndNearIt() {
        java.util.Random random = new java.util.Random(11);
        for (int trial = 0; trial < 2000; trial++) {
            double min = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8) - 3);
            double max = min + random.nextDouble() * Math.pow(10, random.nextInt(8) - 3) + 1e-6;
            int limit = 2 + random.nextInt(12);
            int count = Ticks.linear(min, max, limit).count();
            assertTrue(count <= limit, "at most " + limit + " ticks for " + min + ".." + max + ", got " + count);
            assertTrue(count >= Math.min(2, limit) - 1, "too few ticks for " + min + ".." + max + ": " + count);
            Ticks covering = Ticks.covering(min, max, limit);
            assertTrue(covering.count() <= Math.max(limit, 3) && covering.first() <= min && covering.last() >= max,
                    "covering " + min + ".." + max + " with at most " + limit + ": " + covering.labels());
        }
    }

    @Test
    void aCountAxisHasWholeNumbersOnly() {
        // the tallest bar one track: 0 and 1, not 0, 0.5, 1.0
        assertEquals(List.of("0", "1"), Ticks.coveringCounts(0, 1, 5).labels());
        assertEquals(List.of("0", "1", "2", "3"), Ticks.coveringCounts(0, 3, 5).labels());
        assertEquals(Ticks.covering(0, 400, 5).labels(), Ticks.coveringCounts(0, 400, 5).labels());
        java.util.Random random = new java.util.Random(26);
        for (int trial = 0; trial < 500; trial++) {
            double max = 0.5 + random.nextDouble() * Math.pow(10, random.nextInt(5));
            int limit = 2 + random.nextInt(4);
            Ticks counts = Ticks.coveringCounts(0, max, limit);
            for (double v : counts.values()) {
                assertEquals(Math.rint(v), v, "a whole tick for 0.." + max + ": " + counts.labels());
            }
            assertTrue(counts.first() <= 0 && counts.last() >= max && counts.count() <= limit + 2,
                    "0.." + max + " with at most about " + limit + ": " + counts.labels());
        }
    }
}
