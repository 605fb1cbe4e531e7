package org.genrescope.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void writesTheShortestFormEvenWhereJava17DoesNot() {
        assertEquals("2.0E23", Numbers.shortest(2e23));
        assertEquals("0.1", Numbers.shortest(0.1));
        assertEquals("0.30000000000000004", Numbers.shortest(0.1 + 0.2));
    }

    @Test
    void readsBackExactlyWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < 100_000; i++) {
                double v = Double.longBitsToDouble(random.nextLong());
                if (Double.isFinite(v)) {
                    assertEquals(v, Double.parseDouble(Numbers.shortest(v)));
                }
            }
            assertEquals("1234.5", Numbers.shortest(1234.5));
        } finally {
            Locale.setDefault(before);
        }
    }
}
