package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanedCsvTest {

    @Test
    void writesOneFlatRowPerTrackWithQuotingAndEmptyCellsForMissingValues() throws Exception {
        CleaningReport report = new CleaningReport(2, 2, Map.of(), Map.of(), 0, Map.of());
        TrackTable t = new TrackTable("flat-csv", List.of("a.tempo", "a.energy"), new long[] {7, 12},
                new double[] {120.5, 1e-5, 0.1, 0.30000000000000004},
                new String[] {"Rock", null}, new String[] {"Say \"hi\", world", null},
                new String[] {"Line\nbreak", "Plain"}, new String[] {null, "Album"}, new int[] {2009, 0}, report);
        StringWriter out = new StringWriter();
        CleanedCsv.write(t, out);
        assertEquals("track_id,title,artist,album,year,genre,a.tempo,a.energy\n"
                + "7,\"Say \"\"hi\"\", world\",\"Line\nbreak\",,2009,Rock,120.5,1.0E-5\n"
                + "12,,Plain,Album,,,0.1,0.30000000000000004\n", out.toString());
    }

    @Test
    void theSampleReadsBackExactlyThroughTheFlatCsvImport(@TempDir Path folder) throws Exception {
        TrackTable t = DataLoader.load(SharedData.sample(), ImportOptions.defaults(), ProgressListener.NONE,
                CancellationToken.NEVER);
        Path csv = folder.resolve(CleanedCsv.FILE_NAME);
        CleanedCsv.write(t, csv);
        TrackTable back = DataLoader.load(csv, ImportOptions.defaults(), ProgressListener.NONE, CancellationToken.NEVER);

        assertEquals(t.featureNames(), back.featureNames());
        assertArrayEquals(t.trackIds(), back.trackIds());
        assertArrayEquals(t.features(), back.features(), "every value to the last bit");
        assertArrayEquals(t.genres(), back.genres());
        assertArrayEquals(t.titles(), back.titles());
        assertArrayEquals(t.artists(), back.artists());
        assertArrayEquals(t.albums(), back.albums());
        assertArrayEquals(t.years(), back.years());
        assertEquals(List.of(), Files.list(folder).filter(p -> !p.equals(csv)).toList(), "no temporary file left");
    }
}
