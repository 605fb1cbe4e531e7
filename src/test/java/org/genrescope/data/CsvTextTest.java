package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CsvTextTest {
    private static String field(String value) throws IOException {
        StringBuilder out = new StringBuilder();
        CsvText.appendField(out, value);
        return out.toString();
    }

    @Test
    void quotesOnlyCommasQuotesAndLineBreaks() throws IOException {
        assertEquals("Hip-Hop", field("Hip-Hop"));
        assertEquals("", field(""));
        assertEquals("\"Folk, Acoustic\"", field("Folk, Acoustic"));
        assertEquals("\"say \"\"hi\"\"\"", field("say \"hi\""));
        assertEquals("\"a\nb\"", field("a\nb"));
        assertEquals("\"a\rb\"", field("a\rb"));
        assertTrue(CsvText.needsQuotes("\""));
        assertFalse(CsvText.needsQuotes("Zoë; Björn"));
    }
}
