package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading cases of issue 9 (copies of ../shared/cases under src/test/resources/cases) and the kinds they
 * stand for, through {@link DataLoader}, the code path of the command line and the window.
 */
class ReadingCasesTest {

    private static final String HEADER = "track_id,acousticness,danceability,energy,instrumentalness,liveness,"
            + "speechiness,tempo,valence,genres_top";
    private static final String ROW1 = "1,0.238617,0.466306,0.745787,0.353717,0.210784,0.083372,147.16,0.587245,Rock";
    private static final String ROW2 = "2,0.129874,0.770922,0.770138,0.761628,0.075912,0.050329,101.337,0.421624,Pop";

    @TempDir
    Path dir;

    static Path caseFile(String name) {
        try {
            return Path.of(ReadingCasesTest.class.getResource("/cases/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TrackTable load(Path file) throws DataLoadException {
        return load(file, ImportOptions.defaults());
    }

    private static TrackTable load(Path file, ImportOptions options) throws DataLoadException {
        return DataLoader.load(file, options, null, null);
    }

    private static ImportOptions dialect(String encoding, CsvDelimiter delimiter, DecimalMark decimal) {
        return new ImportOptions(List.of(), null, null, true, MissingValuePolicy.DROP, encoding, delimiter, decimal,
                null);
    }

    private static double[] column(TrackTable t, String name) {
        int j = t.featureNames().indexOf(name);
        double[] out = new double[t.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.features()[i * t.featureNames().size() + j];
        }
        return out;
    }

    @Test
    void semicolonsWithDecimalCommasLoadWithTheirRealValues() throws Exception {
        TrackTable semicolon = load(caseFile("semicolon-decimal-comma/tracks.csv"));
        TrackTable tab = load(caseFile("tab-separated/tracks.tsv"));

        assertEquals(30, semicolon.rows());
        assertEquals(ImportOptions.AUDIO_FEATURES, semicolon.featureNames());
        assertEquals(0.238617, semicolon.features()[0]);
        assertEquals(147.16, column(semicolon, "tempo")[0]);
        assertArrayEquals(tab.features(), semicolon.features(), "the same data as the tab-separated case");
        assertEquals("Rock", semicolon.genres()[0]);
        CsvDialect d = semicolon.report().dialect();
        assertEquals("UTF-8 with BOM", d.encodingName());
        assertEquals("semicolon", d.delimiterName());
        assertEquals("comma", d.decimalName());
    }

    @Test
    void tabSeparatedLoads() throws Exception {
        TrackTable tab = load(caseFile("tab-separated/tracks.tsv"));

        assertEquals(30, tab.rows());
        assertEquals(ImportOptions.AUDIO_FEATURES, tab.featureNames());
        assertEquals("tab", tab.report().dialect().delimiterName());
        assertEquals("point", tab.report().dialect().decimalName());
        assertEquals("UTF-8", tab.report().dialect().encodingName());
    }

    @Test
    void windows1252TextIsReadAsSuchAndNamedInTheReport() throws Exception {
        TrackTable t = load(caseFile("windows-1252/tracks.csv"));

        assertEquals(30, t.rows());
        assertEquals("windows-1252", t.report().dialect().encodingName());
        assertTrue(Arrays.asList(t.genres()).contains("\u00c9lectronique"), Arrays.toString(t.genres()));
        assertEquals("Zo\u00eb 0", t.artists()[0]);
    }

    @Test
    void kaggleSpotifyLayoutLoadsWithTextIdsItsLabelAndTheFirstRowOfEachRepeatedId() throws Exception {
        TrackTable t = load(caseFile("kaggle-spotify-layout/dataset.csv"));

        assertEquals(50, t.rows());
        assertEquals(60, t.report().rowsRead());
        assertEquals(Map.of(DropReasons.REPEATED_ID, 10L), t.report().droppedByReason());
        assertEquals(10, t.report().droppedRows().size());
        assertEquals("7NWpa6pNFbjJYIw8b1A2B0", t.idText(0));
        assertEquals(22, t.idTexts()[49].length());
        assertEquals(1, t.trackIds()[0], "text ids are numbered by row");
        assertEquals(ImportOptions.AUDIO_FEATURES.stream().sorted().toList(),
                t.featureNames().stream().sorted().toList());
        assertEquals("acoustic", t.genres()[0]);
        assertEquals(List.of("the genre label is the column 'track_genre' (the layout of Kaggle's Spotify Tracks "
                + "Dataset)"), t.report().notes());
        assertTrue(t.report().warnings().get(0).startsWith("10 rows repeat the id"), t.report().warnings().toString());
    }

    @Test
    void theBlankNamedIndexIsNeverAFeatureAndCanBeTheId() throws Exception {
        Path csv = Files.writeString(dir.resolve("indexed.csv"), ",x,y,genre\n0,1.5,2,a\n1,2.5,3,b\n");

        TrackTable byDefault = load(csv);
        assertEquals(List.of("x", "y"), byDefault.featureNames());
        assertArrayEquals(new long[] {1, 2}, byDefault.trackIds(), "no id column: row numbers");

        TrackTable indexed = load(csv, new ImportOptions(List.of(), "index", null, true, MissingValuePolicy.DROP));
        assertArrayEquals(new long[] {0, 1}, indexed.trackIds());
    }

    @Test
    void theUsualMissingSpellingsAndTheUsersOwnAreMissingAndCountedPerColumn() throws Exception {
        Path csv = Files.writeString(dir.resolve("missing.csv"), String.join("\n", "track_id,a,b,genre",
                "1,1,NA,x", "2,N/A,2,x", "3,null,NULL,x", "4,None,nan,x", "5,NaN,?,x", "6,4,,x", "7,5,6,x", ""));

        ImportOptions mean = new ImportOptions(List.of("a", "b"), null, null, true, MissingValuePolicy.MEAN, null,
                null, null, List.of("?"));
        TrackTable t = load(csv, mean);
        assertEquals(7, t.rows());
        assertEquals(Map.of("a", 4L, "b", 5L), t.report().missingByFeature());
        assertEquals(Map.of("a", 4L, "b", 5L), t.report().imputedByFeature());
        assertEquals((1 + 4 + 5) / 3.0, column(t, "a")[1], 1e-12);

        TrackTable dropped = load(csv, new ImportOptions(List.of("a", "b"), null, null, true, MissingValuePolicy.DROP,
                null, null, null, List.of("?")));
        assertArrayEquals(new long[] {7}, dropped.trackIds());
        assertEquals(Map.of("a", 4L, "b", 5L), dropped.report().missingByFeature());

        String error = assertThrows(DataLoadException.class, () -> load(csv, new ImportOptions(List.of("a", "b"),
                null, null, true, MissingValuePolicy.DROP))).getMessage();
        assertEquals(csv + ", line 6, column 'b': \"?\" is not a number.", error);
    }

    @Test
    void forcedDialectOverridesDetection() throws Exception {
        Path semicolon = caseFile("semicolon-decimal-comma/tracks.csv");
        String error = assertThrows(DataLoadException.class,
                () -> load(semicolon, dialect(null, CsvDelimiter.SEMICOLON, DecimalMark.POINT))).getMessage();
        assertEquals(semicolon + ", line 2, column 'acousticness': \"0,238617\" is not a number.", error);

        Path comma = Files.writeString(dir.resolve("comma.csv"), "id,x\n1,0.5\n");
        assertEquals(comma + ": setting 'decimal': a decimal comma needs a delimiter other than the comma (the file "
                + "is comma-separated); choose --delimiter.", assertThrows(DataLoadException.class,
                () -> load(comma, dialect(null, CsvDelimiter.AUTO, DecimalMark.COMMA))).getMessage());

        Path pipe = Files.writeString(dir.resolve("pipe.txt"), "id|x|y\n1|0,5|2\n2|1,5|3\n");
        TrackTable t = load(pipe);
        assertEquals("pipe", t.report().dialect().delimiterName());
        assertArrayEquals(new double[] {0.5, 2, 1.5, 3}, t.features());
        TrackTable latin = load(pipe, dialect("iso-8859-1", CsvDelimiter.AUTO, DecimalMark.AUTO));
        assertEquals("ISO-8859-1", latin.report().dialect().encodingName());
    }

    @Test
    void utf16WithByteOrderMarkIsReadAsSuch() throws Exception {
        Path csv = dir.resolve("utf16.csv");
        Files.write(csv, (HEADER + "\n" + ROW1 + "\n" + ROW2 + "\n").getBytes(StandardCharsets.UTF_16));
        TrackTable t = load(csv);
        assertEquals(2, t.rows());
        assertEquals("UTF-16 with BOM", t.report().dialect().encodingName());
        assertEquals(147.16, column(t, "tempo")[0]);
    }

    @Test
    void binaryAndCompressedFilesAreRefusedByWhatTheyAre() throws Exception {
        Path gz = dir.resolve("tracks.csv");
        Files.write(gz, new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0});
        assertEquals(gz + ": this is a gzip-compressed file, not CSV text; unpack it first.",
                assertThrows(DataLoadException.class, () -> load(gz)).getMessage());
        Files.write(gz, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        assertEquals(gz + ": this is a binary file (it holds NUL bytes), not CSV text.",
                assertThrows(DataLoadException.class, () -> load(gz)).getMessage());
    }

    @Test
    void knownSpotifyLayoutsFindTheirIdLabelAndTheEightFeatures() throws Exception {
        String songs = String.join("\n",
                "track_id,track_name,track_artist,track_popularity,track_album_id,playlist_name,playlist_id,"
                        + "playlist_genre,playlist_subgenre,danceability,energy,key,loudness,mode,speechiness,"
                        + "acousticness,instrumentalness,liveness,valence,tempo,duration_ms",
                "6f807x0ima9a1j3VPbc7VN,Song A,Someone,66,2oCs0DGTsRO98Gh5ZSl2Cx,Pop Remix,37i9dQZF1DXcZDD7cfEKhW,pop,"
                        + "dance pop,0.748,0.916,6,-2.634,1,0.0583,0.102,0,0.0653,0.518,122.036,194754",
                "0r7CVbZTWZgbTCYdfa2P31,Song B,Other,67,63rPSO264uRjW1X5E6cWv6,Rap Mix,37i9dQZF1DXcZDD7cfEKhW,rap,"
                        + "trap,0.726,0.815,11,-4.969,1,0.0373,0.0724,0.00421,0.357,0.693,99.972,162600", "");
        TrackTable s = load(Files.writeString(dir.resolve("spotify_songs.csv"), songs));
        assertEquals("6f807x0ima9a1j3VPbc7VN", s.idText(0));
        assertArrayEquals(new String[] {"pop", "rap"}, s.genres());
        assertEquals(8, s.featureNames().size());

        String features = String.join("\n",
                "genre,artist_name,track_name,track_id,popularity,acousticness,danceability,duration_ms,energy,"
                        + "instrumentalness,key,liveness,loudness,mode,speechiness,tempo,time_signature,valence",
                "Movie,Henri Salvador,C'est beau,0BRjO6ga9RKCKjfDqeFgWV,0,0.611,0.389,99373,0.91,0,C#,0.346,"
                        + "-1.828,Major,0.0525,166.969,4/4,0.814",
                "R&B,Martin & les f\u00e9es,Perdu,0BjC1NfoEOOusryehmNudP,1,0.246,0.59,137373,0.737,0,F#,0.151,"
                        + "-5.559,Minor,0.0868,174.003,4/4,0.816", "");
        TrackTable f = load(Files.writeString(dir.resolve("SpotifyFeatures.csv"), features));
        assertEquals("0BjC1NfoEOOusryehmNudP", f.idText(1));
        assertArrayEquals(new String[] {"Movie", "R&B"}, f.genres());
        assertEquals(8, f.featureNames().size());
        assertEquals(174.003, column(f, "tempo")[1]);
        assertTrue(f.report().notes().contains("the genre label is the column 'genre' (the layout of "
                + "SpotifyFeatures.csv)"), f.report().notes().toString());

        // a column named "genre" alone is the label, but no layout is named for it
        TrackTable plain = load(Files.writeString(dir.resolve("plain.csv"), "id,x,genre\n1,0.5,rock\n2,0.7,pop\n"));
        assertArrayEquals(new String[] {"rock", "pop"}, plain.genres());
        assertEquals(List.of("the genre label is the column 'genre'"), plain.report().notes().stream()
                .filter(n -> n.startsWith("the genre label")).toList());
    }

    @Test
    void aSingleGenreColumnIsTheLabelWithANoteAndSeveralAreAnError() throws Exception {
        Path one = Files.writeString(dir.resolve("one.csv"), "id,x,main_genre\n1,0.5,rock\n2,0.7,pop\n");
        TrackTable t = load(one);
        assertArrayEquals(new String[] {"rock", "pop"}, t.genres());
        assertEquals("the genre label is the column 'main_genre', the only one whose name contains 'genre'",
                t.report().notes().get(0));

        Path two = Files.writeString(dir.resolve("two.csv"), "id,x,main_genre,sub_genre\n1,0.5,rock,indie\n");
        assertEquals(two + ", line 1: setting 'label': several columns could be the genre label (main_genre, "
                + "sub_genre); choose one with --label.",
                assertThrows(DataLoadException.class, () -> load(two)).getMessage());
        TrackTable chosen = load(two, new ImportOptions(List.of(), null, "sub_genre", true, MissingValuePolicy.DROP));
        assertArrayEquals(new String[] {"indie"}, chosen.genres());
    }

    @Test
    void aMissingDefaultAudioFeatureIsNamedInAWarning() throws Exception {
        Path csv = Files.writeString(dir.resolve("seven.csv"), "track_id,acousticness,danceability,energy,"
                + "instrumentalness,liveness,speechiness,tempo,genre\n1,0.1,0.2,0.3,0.4,0.5,0.6,120,rock\n");
        TrackTable t = load(csv);
        assertEquals(7, t.featureNames().size());
        assertEquals(List.of("the default audio feature valence is not in the file (or not one column); the analysis "
                + "uses the other 7"), t.report().warnings());
    }

    @Test
    void thePreviewShowsTheDetectedDialectColumnsAndFirstRowsAsParsed() throws Exception {
        CsvSniffer.CsvPreview p = CsvSniffer.preview(caseFile("kaggle-spotify-layout/dataset.csv"),
                ImportOptions.defaults(), 3);
        assertEquals("comma", p.dialect().delimiterName());
        assertEquals("", p.header().get(0));
        assertTrue(p.indexColumn());
        assertEquals("track_id", p.idColumn());
        assertEquals("track_genre", p.label());
        assertEquals(3, p.rows().size());
        assertEquals("Album, vol. 0", p.rows().get(0).get(3), "quotes removed as the reader removes them");

        CsvSniffer.CsvPreview semi = CsvSniffer.preview(caseFile("semicolon-decimal-comma/tracks.csv"),
                ImportOptions.defaults(), 1);
        assertEquals("track_id", semi.header().get(0), "the byte order mark is not part of the first name");
        assertEquals("0,238617", semi.rows().get(0).get(1));
        assertNull(CsvSniffer.preview(Files.writeString(dir.resolve("n.csv"), "x\n1\n"), ImportOptions.defaults(), 5)
                .idColumn());
    }

    @Test
    void valuesScalingCannotHandleAreRefusedWithFileLineAndColumn() throws Exception {
        Path huge = caseFile("huge-values/tracks.csv");
        assertEquals(huge + ", line 5, column 'tempo': \"1.5e+308\" is too large to analyse (beyond \u00b11e100, "
                + "where scaling overflows); correct it, or leave the column out of the features with --features.",
                assertThrows(DataLoadException.class, () -> load(huge)).getMessage());
        Path big = Files.writeString(dir.resolve("big.csv"), HEADER + "\n" + ROW1 + "\n"
                + ROW2.replace("101.337", "-1e100") + "\n");
        assertEquals(-1e100, column(load(big), "tempo")[1], "the largest magnitude allowed");
        Path numeric = Files.writeString(dir.resolve("numeric.csv"), "id,x,y\n1,0.5,1\n2,2e200,2\n");
        assertEquals(numeric + ", line 3, column 'x': \"2e200\" is too large to analyse (beyond \u00b11e100, where "
                + "scaling overflows); correct it, or leave the column out of the features with --features.",
                assertThrows(DataLoadException.class, () -> load(numeric)).getMessage(),
                "a chosen-by-content column with a huge value is refused, not silently left out");

        Path over = Files.writeString(dir.resolve("over.csv"), HEADER + "\n" + ROW1 + "\n"
                + ROW2.replace("101.337", "1e309") + "\n");
        assertEquals(over + ", line 3, column 'tempo': \"1e309\" is too large.",
                assertThrows(DataLoadException.class, () -> load(over)).getMessage());
    }

    @Test
    void windows1252IsTheFallbackOnlyForBytesThatAreNotUtf8() throws Exception {
        Path utf8 = Files.writeString(dir.resolve("u.csv"), "id,x,genre\n1,0.5,\u00c9lectronique\n");
        assertEquals("UTF-8", load(utf8).report().dialect().encodingName());
        assertEquals("\u00c9lectronique", load(utf8).genres()[0]);
        Path cp = dir.resolve("w.csv");
        Files.write(cp, "id,x,genre\n1,0.5,\u00c9lectronique\n".getBytes(Charset.forName("windows-1252")));
        assertEquals("\u00c9lectronique", load(cp).genres()[0]);
    }
}
