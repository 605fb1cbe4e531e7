package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

    @Test
    void numbersAreReadTheSameInAnyLocale() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals(0.5, Cells.number("0.5"));
            assertEquals(-1.5e-3, Cells.number(" -1.5E-3 "));
            assertEquals(2009.0, Cells.number("2009.0"));
            assertEquals(12.0, Cells.number("+12"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "nan", "NaN", "NAN"})
    void emptyAndNanCellsAreMissing(String cell) throws Exception {
        assertTrue(Double.isNaN(Cells.number(cell)));
        assertTrue(Cells.isMissing(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast", "0,5", "1d", "0x1p3", "Infinity", "-", "1e", "1.2.3", "--1", "١"})
    void whatIsNotPlainDecimalNotationIsNotANumber(String cell) {
        Cells.CellFormatException error = assertThrows(Cells.CellFormatException.class, () -> Cells.number(cell));
        assertEquals('"' + cell + "\" is not a number", error.getMessage());
    }

    @Test
    void numbersTooLargeForADoubleAreRejected() {
        assertEquals("\"1e400\" is too large",
                assertThrows(Cells.CellFormatException.class, () -> Cells.number("1e400")).getMessage());
    }

    @Test
    void idsAreWholeNumbers() throws Exception {
        assertEquals(124911, Cells.id("124911"));
        assertEquals(12, Cells.id("12.0"));
        assertEquals("\"12.5\" is not a whole number",
                assertThrows(Cells.CellFormatException.class, () -> Cells.id("12.5")).getMessage());
        assertEquals("the id is empty", assertThrows(Cells.CellFormatException.class, () -> Cells.id(" ")).getMessage());
    }

    @Test
    void idListsAreParsedFromPythonSyntax() throws Exception {
        assertArrayEquals(new long[] {21, 12}, Cells.idList("[21, 12]"));
        assertArrayEquals(new long[] {542, 21, 286, 15}, Cells.idList(" [542,21, 286 ,15] "));
        assertArrayEquals(new long[] {21}, Cells.idList("['21']"));
        assertArrayEquals(new long[0], Cells.idList("[]"));
        assertArrayEquals(new long[0], Cells.idList("[ ]"));
        assertNull(Cells.idList(""));
        assertEquals("\"21, 12\" is not a list like [21, 12]",
                assertThrows(Cells.CellFormatException.class, () -> Cells.idList("21, 12")).getMessage());
        assertEquals("\"[21,, 12]\" is not a list of whole numbers like [21, 12]",
                assertThrows(Cells.CellFormatException.class, () -> Cells.idList("[21,, 12]")).getMessage());
    }

    @Test
    void yearsComeFromDatesOrNumbersAndAreZeroOtherwise() {
        assertEquals(2009, Cells.year("2009-01-01 00:00:00"));
        assertEquals(2009, Cells.year("2009"));
        assertEquals(2009, Cells.year("2009.0"));
        assertEquals(2012, Cells.year("2012/05/01"));
        assertEquals(0, Cells.year(""));
        assertEquals(0, Cells.year("unknown"));
        assertEquals(0, Cells.year("2009.5"));
        assertEquals(0, Cells.year("20090"));
    }

    @Test
    void longCellsAreShortenedInMessages() {
        String quoted = Cells.quote("x".repeat(100) + "\n");
        assertEquals(42, quoted.length());
        assertTrue(quoted.endsWith("...\""));
        assertEquals("\"a b\"", Cells.quote("a\nb"));
    }

    /** The fast path equals Double.parseDouble bit for bit, wherever it answers; elsewhere it says NaN. */
    @Test
    void plainDecimalsParseExactlyAsDoubleParseDouble() throws Exception {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
            String[] texts = {String.format(Locale.ROOT, "%.10e", value), String.format(Locale.ROOT, "%.6e", value),
                String.format(Locale.ROOT, "%." + random.nextInt(12) + "f", value), Double.toString(value),
                Long.toString(random.nextLong() % 1_000_000_000_000L)};
            for (String text : texts) {
                double fast = Cells.plainDecimal(text);
                if (!Double.isNaN(fast)) {
                    assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(fast),
                            text);
                }
                assertEquals(Double.parseDouble(text), Cells.number(text), text);
            }
        }
        for (String text : new String[] {"0", "-0", "-0.0", "+1", ".5", "5.", "1e22",
            "1.2345678901e+00", "123456789012345e-22"}) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(Cells.plainDecimal(text)), text);
        }
        // left to the slow path: too many digits, a power of ten beyond 22, not plain decimal notation
        for (String text : new String[] {"1234567890123456", "1e23", "1e-23", "", " 1", "1 ", "NaN", "-", ".", "e5",
            "1e", "1e+", "1.2.3", "1,5", "--1", "0x10", "1d", "Infinity"}) {
            assertTrue(Double.isNaN(Cells.plainDecimal(text)), text);
        }
    }
}
