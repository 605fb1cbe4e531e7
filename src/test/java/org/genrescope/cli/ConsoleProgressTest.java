package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's progress when stderr is a log (one line per tenth) and when it is a terminal (a bar). */
class ConsoleProgressTest {

    private static List<String> lines(ByteArrayOutputStream bytes) {
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    }

    @Test
    void aLogGetsATenthOfEachFilesBytesEvenWhenTheStageStaysTheSame() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        for (long done = 0; done <= 1000; done += 50) {
            progress.progress("load", done, 1000, "tracks.csv: " + done);
        }
        for (long done = 0; done <= 4000; done += 400) {
            progress.progress("load", done, 4000, "features.csv: " + done);
        }
        List<String> out = lines(bytes);
        assertEquals(22, out.size(), out.toString());
        assertEquals("load: tracks.csv: 0 (0%)", out.get(0));
        assertEquals("load: tracks.csv: 100 (10%)", out.get(1));
        assertEquals("load: tracks.csv: 1000 (100%)", out.get(10));
        assertEquals("load: features.csv: 0 (0%)", out.get(11), "the second file starts again at 0 %");
        assertEquals("load: features.csv: 4000 (100%)", out.get(21));
    }

    @Test
    void aTerminalGetsABarOfTheFractionRead() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        progress.progress("load", 250, 1000, "tracks.csv: 0.3 MB of 1.0 MB read, 64 rows");
        assertEquals("\r[#######                       ]  25% load: tracks.csv: 0.3 MB of 1.0 MB read, 64 rows\u001b[K",
                bytes.toString(StandardCharsets.UTF_8));
    }
}
