package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLoaderTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsAnFmaFolderAndACsvFileAFlatTable() throws Exception {
        Path csv = Files.writeString(dir.resolve("Table.CSV"), "track_id,x\n1,2\n");

        assertEquals(InputFormat.FMA_FOLDER, InputFormat.detect(dir));
        assertEquals(InputFormat.FLAT_CSV, InputFormat.detect(csv));
    }

    @Test
    void anFmaTablePickedAsAFileMeansItsFolder() throws Exception {
        FmaFixture.write(dir);
        Path tracks = dir.resolve("tracks.csv");

        assertEquals(InputFormat.FMA_FOLDER, InputFormat.detect(tracks));
        TrackTable table = DataLoader.load(tracks, ImportOptions.defaults(), null, null);
        assertEquals(FmaFolderReader.FORMAT, table.format());
        assertArrayEquals(new long[] {2, 3, 7, 8}, table.trackIds());
    }

    @Test
    void aFlatFileNamedLikeAnFmaTableStaysFlat() throws Exception {
        Path tracks = Files.writeString(dir.resolve("tracks.csv"), "track_id,x\n1,2\n");

        assertEquals(InputFormat.FLAT_CSV, InputFormat.detect(tracks));
    }

    @Test
    void loadReadsEitherFormat() throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "track_id,x\n7,2.5\n");

        TrackTable table = DataLoader.load(csv, ImportOptions.defaults(), ProgressListener.NONE,
                CancellationToken.NEVER);

        assertEquals(FlatCsvReader.FORMAT, table.format());
        assertArrayEquals(new long[] {7}, table.trackIds());
        assertArrayEquals(new double[] {2.5}, table.features());
    }

    @Test
    void otherPathsAreLoadErrors() throws Exception {
        Path missing = dir.resolve("nope");
        Path text = Files.writeString(dir.resolve("notes.pdf"), "x");

        assertEquals(missing + ": no such file or folder.", assertThrows(DataLoadException.class,
                () -> DataLoader.load(missing, ImportOptions.defaults(), null, null)).getMessage());
        assertEquals(text + ": this is neither a folder of FMA metadata nor a CSV file (.csv, .tsv, .tab or .txt).",
                assertThrows(DataLoadException.class, () -> InputFormat.detect(text)).getMessage());
    }
}
