package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.data.sample.SampleGenerator;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load reports its progress by bytes read of each file's size, and a cancel stops it within a few rows. */
class LoadProgressTest {
    private static final int TRACKS = 3000;

    @TempDir
    static Path folder;

    record Report(String stage, long done, long total, String message) { }

    @BeforeAll
    static void generate() throws Exception {
        SampleGenerator.generate(TRACKS, 3, folder, false, true); // long texts: about 20 MB of tracks.csv
    }

    @Test
    void eachFileIsReportedByBytesReadUpToItsSize() throws Exception {
        List<Report> reports = new ArrayList<>();
        DataLoader.load(folder, ImportOptions.defaults(), (s, d, t, m) -> reports.add(new Report(s, d, t, m)),
                new CancellationSource());
        for (String name : List.of("tracks.csv", "echonest.csv")) {
            long size = Files.size(folder.resolve(name));
            List<Report> file = reports.stream().filter(r -> r.message().startsWith(name + ":")).toList();
            // the parser reads 1 MB ahead, so a 1 MB echonest.csv may come in one step; tracks.csv's 20 MB in many
            assertTrue(file.size() >= (name.equals("tracks.csv") ? 10 : 1), name + ": " + file.size() + " reports");
            long previous = 0;
            for (Report r : file) {
                assertEquals("load", r.stage());
                assertEquals(size, r.total(), r.message());
                assertTrue(r.done() >= previous && r.done() <= r.total(), r.message());
                previous = r.done();
            }
            Report last = file.get(file.size() - 1);
            assertEquals(size, last.done(), "the end of the file is 100 %");
            assertTrue(last.message().endsWith(" MB read, " + String.format("%,d", TRACKS) + " rows"), last.message());
            if (name.equals("tracks.csv")) {
                assertTrue(file.get(0).done() < size / 4, "the first report comes early: " + file.get(0).message());
            }
        }
    }

    @Test
    void aCancelStopsTheLoadWithinAFewHundredRows() throws Exception {
        CancellationSource cancel = new CancellationSource();
        long size = Files.size(folder.resolve("tracks.csv"));
        List<Double> fractions = new ArrayList<>();
        double[] cancelledAt = {-1};
        assertThrows(CancelledException.class, () -> DataLoader.load(folder, ImportOptions.defaults(),
                (s, d, t, m) -> {
                    if (!m.startsWith("tracks.csv:")) {
                        return;
                    }
                    fractions.add((double) d / t);
                    if (cancelledAt[0] < 0 && (double) d / t >= 0.1) {
                        cancelledAt[0] = (double) d / t;
                        cancel.cancel();
                    }
                }, cancel));
        double last = fractions.get(fractions.size() - 1);
        // polled every 512 rows: at most 512 of 3,000 rows (17 %) plus the parser's 1 MB read-ahead (5 %)
        assertTrue(last - cancelledAt[0] < 0.3, "read on from " + cancelledAt[0] + " to " + last);
        assertTrue(last < 1, "stopped before the end");
        assertTrue(size > 0);
    }
}
