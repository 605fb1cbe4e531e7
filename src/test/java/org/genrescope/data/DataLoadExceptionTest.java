package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A load error's message is one line, whatever the file's names and cells hold (found by fuzzing). */
class DataLoadExceptionTest {
    @Test
    void lineBreaksAndControlCharactersAreShownAsEscapes() {
        DataLoadException e = new DataLoadException(Path.of("in.csv"), 3, "genres\ntop",
                "\"1\r2\t3\u0000\" is not a number");
        assertEquals("in.csv, line 3, column 'genres\\ntop': \"1\\r2\\t3\\u0000\" is not a number.", e.getMessage());
        assertEquals("genres\ntop", e.column().orElseThrow(), "the column itself is kept as read");
    }

    @Test
    void anOrdinarySentenceIsUnchanged() {
        assertEquals("in.csv, line 2, column 'tempo': \"Zoë\" is not a number.",
                new DataLoadException(Path.of("in.csv"), 2, "tempo", "\"Zoë\" is not a number").getMessage());
    }
}
