package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.genrescope.data.sample.SampleGenerator;
import org.genrescope.data.sample.SampleOptions;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.PythonReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate-sample --full-release} at a small row count: the layout of FMA's real files, every column filled,
 * the long texts read back alike by Genrescope's reader, Python's csv module and pandas with FMA's header settings,
 * and the sizes per row that make FMA's 250 MB and 950 MB at 106,574 tracks.
 */
class FullReleaseSampleTest {
    private static final int TRACKS = 600;
    private static final Path REAL_TRACKS = Path.of("../shared/fma/fma_metadata/tracks.csv");

    @TempDir
    static Path folder;

    @BeforeAll
    static void generate() throws Exception {
        SampleGenerator.generate(SampleOptions.fullRelease(TRACKS, 13), folder, ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    @Test
    void tracksCsvHasTheRealFilesHeaderRowsAndEveryColumnFilled() throws Exception {
        assumeTrue(Files.isRegularFile(REAL_TRACKS), "skipped: the real FMA data is not in ../shared");
        List<String> real = Files.readAllLines(REAL_TRACKS).subList(0, 3);
        assertEquals(real, Files.readAllLines(folder.resolve("tracks.csv")).subList(0, 3));
        try (FmaTable tracks = FmaTable.open(folder.resolve("tracks.csv"), ProgressListener.NONE,
                CancellationToken.NEVER)) {
            CsvRecordReader reader = tracks.reader();
            assertEquals(53, tracks.columns().size());
            boolean[] filled = new boolean[53];
            int rows = 0;
            while (reader.next()) {
                rows++;
                for (int c = 0; c < 53; c++) {
                    filled[c] |= !reader.field(c).isEmpty();
                }
            }
            assertEquals(TRACKS, rows);
            for (int c = 0; c < 53; c++) {
                assertTrue(filled[c], tracks.columns().get(c) + " is never filled");
            }
        }
    }

    @Test
    void featuresCsvHasFmasThreeHeaderRowsAnd518Statistics() throws Exception {
        try (FmaTable features = FmaTable.open(folder.resolve("features.csv"), ProgressListener.NONE,
                CancellationToken.NEVER)) {
            List<String> columns = features.columns();
            assertEquals(519, columns.size());
            assertEquals("chroma_cens.kurtosis.01", columns.get(1));
            assertEquals("mfcc.mean.20", columns.get(columns.indexOf("mfcc.mean.01") + 19));
            assertEquals("zcr.std.01", columns.get(518));
        }
        List<String> head = Files.readAllLines(folder.resolve("features.csv")).subList(0, 4);
        assertTrue(head.get(0).startsWith("feature,chroma_cens,"), head.get(0).substring(0, 40));
        assertTrue(head.get(1).startsWith("statistics,kurtosis,"), head.get(1).substring(0, 40));
        assertTrue(head.get(2).startsWith("number,01,02,"), head.get(2).substring(0, 40));
        assertEquals("track_id" + ",".repeat(518), head.get(3));
        // FMA printed its statistics with %.10e: eleven significant digits
        String firstValue = Files.readAllLines(folder.resolve("features.csv")).get(4).split(",")[1];
        assertTrue(firstValue.matches("-?\\d\\.\\d{10}e[+-]\\d\\d"), firstValue);
    }

    /** 106,574 rows at these sizes make FMA's 250 MB and 950 MB to within a few percent. */
    @Test
    void bytesPerRowMatchTheFullRelease() throws Exception {
        double tracksPerRow = (double) Files.size(folder.resolve("tracks.csv")) / TRACKS;
        double featuresPerRow = (double) Files.size(folder.resolve("features.csv")) / TRACKS;
        assertTrue(tracksPerRow > 1_900 && tracksPerRow < 2_900, "tracks.csv bytes per row " + tracksPerRow);
        assertTrue(featuresPerRow > 8_700 && featuresPerRow < 9_100, "features.csv bytes per row " + featuresPerRow);
    }

    @Test
    void longTextsReadTheSameInGenrescopeThePythonCsvModuleAndPandas() throws Exception {
        JsonNode python = PythonReference.pandasJson("src/tools/fma_csv_roundtrip.py", List.of(folder.toString()));
        List<String> names = List.of("artist.bio", "album.information", "track.title");
        List<List<String>> texts = new ArrayList<>();
        names.forEach(n -> texts.add(new ArrayList<>()));
        try (FmaTable tracks = FmaTable.open(folder.resolve("tracks.csv"), ProgressListener.NONE,
                CancellationToken.NEVER)) {
            CsvRecordReader reader = tracks.reader();
            while (reader.next()) {
                for (int i = 0; i < names.size(); i++) {
                    texts.get(i).add(reader.field(tracks.indexOf(names.get(i))));
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String ours = sha256(String.join("\u001f", texts.get(i)));
            assertEquals(python.at("/text_sha256_csv/" + names.get(i)).asText(), ours, names.get(i) + " (csv)");
            assertEquals(python.at("/text_sha256_pandas/" + names.get(i)).asText(), ours, names.get(i) + " (pandas)");
        }
        String bios = String.join("", texts.get(0));
        assertTrue(bios.contains(",") && bios.contains("\"") && bios.contains("<a href=") && bios.contains("\n"),
                "the bios hold commas, quotes, HTML and line breaks");
        assertEquals(TRACKS, python.at("/tracks_shape/0").asInt());
        assertEquals(52, python.at("/tracks_shape/1").asInt());
        assertEquals("track_id", python.at("/tracks_index_name").asText());
        assertEquals(518, python.at("/features_shape/1").asInt());
        assertEquals("[\"feature\",\"statistics\",\"number\"]", python.at("/features_column_names").toString());
        assertEquals("[\"chroma_cens\",\"kurtosis\",\"01\"]", python.at("/features_first").toString());
        assertEquals("[\"zcr\",\"std\",\"01\"]", python.at("/features_last").toString());
        assertEquals(11, python.at("/features_statistics").size());

        TrackTable loaded = DataLoader.load(folder, new ImportOptions(featureNames(), null, null, true,
                MissingValuePolicy.DROP), ProgressListener.NONE, CancellationToken.NEVER);
        assertEquals(TRACKS, loaded.rows(), "every generated track has genres and features");
        double sum = 0;
        double compensation = 0;
        for (double v : loaded.features()) { // Kahan, as close to math.fsum as a test needs
            double y = v - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
        }
        double pandas = python.at("/features_sum").asDouble();
        assertEquals(pandas, sum, Math.abs(pandas) * 1e-12, "every value read as pandas reads it");
    }

    private static List<String> featureNames() throws DataLoadException {
        try (FmaTable table = FmaTable.open(folder.resolve("features.csv"), ProgressListener.NONE,
                CancellationToken.NEVER)) {
            return List.copyOf(table.columns().subList(1, table.columns().size()));
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
