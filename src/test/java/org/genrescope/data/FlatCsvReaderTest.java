package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlatCsvReaderTest {

    /** The shape of the study's music_data.csv. */
    private static final String MUSIC_DATA = String.join("\n",
            "track_id,acousticness,danceability,energy,instrumentalness,liveness,speechiness,tempo,valence,"
                    + "year_released,album,album_id,artist_id,artist,genres_top,genres_all_id,track,duration,genres_all",
            "2,0.41,0.67,0.63,0.01,0.17,0.15,165.922,0.57,2009.0,AWOL - A Way Of Life,1,1,AWOL,Hip-Hop,[21],Food,168,"
                    + "['Hip-Hop']",
            "3,0.37,0.52,0.81,0.001,0.10,0.46,126.957,0.26,,\"Album, with comma\",1,1,AWOL,Rock,\"[12, 25]\",,237,"
                    + "\"['Rock', 'Punk']\"",
            "5,0.1,0.2,0.3,0.4,0.5,0.6,nan,0.7,2010.0,,2,2,,Pop,[10],Five,100,['Pop']",
            "");

    @TempDir
    Path dir;

    private Path write(String content) throws Exception {
        return Files.writeString(dir.resolve("table.csv"), content);
    }

    private static TrackTable read(Path csv, ImportOptions options) throws DataLoadException {
        return FlatCsvReader.read(csv, options, ProgressListener.NONE, CancellationToken.NEVER);
    }

    private static ImportOptions options(List<String> features, String id, String label, MissingValuePolicy missing) {
        return new ImportOptions(features, id, label, true, missing);
    }

    private static String error(Path csv, ImportOptions options) {
        return assertThrows(DataLoadException.class, () -> read(csv, options)).getMessage();
    }

    @Test
    void musicDataShapeReadsTheAudioFeaturesLabelAndMetadata() throws Exception {
        TrackTable table = read(write(MUSIC_DATA), ImportOptions.defaults());

        assertEquals(FlatCsvReader.FORMAT, table.format());
        assertEquals(ImportOptions.AUDIO_FEATURES, table.featureNames());
        assertArrayEquals(new long[] {2, 3}, table.trackIds());
        assertArrayEquals(new double[] {0.41, 0.67, 0.63, 0.01, 0.17, 0.15, 165.922, 0.57}, 
                java.util.Arrays.copyOf(table.features(), 8));
        assertArrayEquals(new String[] {"Hip-Hop", "Rock"}, table.genres());
        assertArrayEquals(new String[] {"Food", null}, table.titles());
        assertArrayEquals(new String[] {"AWOL - A Way Of Life", "Album, with comma"}, table.albums());
        assertArrayEquals(new int[] {2009, 0}, table.years());
        assertEquals(Map.of(DropReasons.MISSING_FEATURE, 1L), table.report().droppedByReason());
        assertEquals(3, table.report().rowsRead());
        assertEquals(Map.of("Hip-Hop", 1L, "Rock", 1L), table.report().genreCountsLoaded());
    }

    @Test
    void medianImputationCountsPerFeature() throws Exception {
        TrackTable table = read(write(MUSIC_DATA), options(List.of(), null, null, MissingValuePolicy.MEDIAN));

        assertEquals((165.922 + 126.957) / 2, table.features()[2 * 8 + 6], 1e-12);
        assertEquals(Map.of("tempo", 1L), table.report().imputedByFeature());
        assertEquals(Map.of(), table.report().droppedByReason());
    }

    @Test
    void withoutAnIdColumnRowsAreNumberedFromOne() throws Exception {
        Path csv = write("genre,x,y\nRock,1,2\nPop,3,4\nJazz,5,6\n");

        TrackTable table = read(csv, ImportOptions.defaults());

        assertArrayEquals(new long[] {1, 2, 3}, table.trackIds());
        assertArrayEquals(new String[] {"Rock", "Pop", "Jazz"}, table.genres());
    }

    @Test
    void withoutTheAudioFeaturesEveryNumericColumnButIdsAndMetadataIsAFeature() throws Exception {
        Path csv = write("track_id,name,x,album_id,year,y,comment,label\n"
                + "1,a,0.5,7,2001,1e3,hello,A\n"
                + "2,b,,8,2002,-2,,B\n"
                + "3,c,1.5,9,2003,NaN,3,C\n");

        TrackTable table = read(csv, options(List.of(), null, null, MissingValuePolicy.MEAN));

        assertEquals(List.of("x", "y"), table.featureNames());
        assertArrayEquals(new double[] {0.5, 1000, 1.0, -2, 1.5, 499}, table.features());
        assertArrayEquals(new String[] {"A", "B", "C"}, table.genres());
        assertArrayEquals(new int[] {2001, 2002, 2003}, table.years());
    }

    @Test
    void aTableWithoutNumericColumnsAsksForFeatures() throws Exception {
        Path csv = write("track_id,name\n1,a\n");

        assertEquals(csv + ": setting 'features': no column other than the id, label and metadata holds only "
                + "numbers; choose the feature columns.", error(csv, ImportOptions.defaults()));
    }

    @Test
    void chosenIdLabelAndFeatureColumns() throws Exception {
        Path csv = write("key,kind,a,b,c\n10,x,1,2,3\n20,y,4,5,6\n");

        TrackTable table = read(csv, options(List.of("c", "a"), "key", "kind", MissingValuePolicy.DROP));

        assertArrayEquals(new long[] {10, 20}, table.trackIds());
        assertEquals(List.of("c", "a"), table.featureNames());
        assertArrayEquals(new double[] {3, 1, 6, 4}, table.features());
        assertArrayEquals(new String[] {"x", "y"}, table.genres());
    }

    @Test
    void anExactNameWinsOverSuffixMatches() throws Exception {
        Path csv = write("id,tempo,raw.tempo\n1,120,60\n");

        TrackTable table = read(csv, options(List.of("tempo"), "id", null, MissingValuePolicy.DROP));

        assertArrayEquals(new double[] {120}, table.features());
        assertEquals(csv + ": setting 'features': 'x.y' matches no column (columns are id, tempo, raw.tempo).",
                error(csv, options(List.of("x.y"), "id", null, MissingValuePolicy.DROP)));
    }

    @Test
    void noLabelColumnMeansNoGenres() throws Exception {
        Path csv = write("track_id,x\n1,0.5\n");

        TrackTable table = read(csv, ImportOptions.defaults());

        assertArrayEquals(new String[] {null}, table.genres());
        assertEquals(Map.of(), table.report().genreCountsLoaded());
    }

    @Test
    void windowsLineEndingsAndTheGermanLocale() throws Exception {
        Path csv = write("track_id,x\r\n1,0.5\r\n2,\"1.25\"\r\n");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertArrayEquals(new double[] {0.5, 1.25}, read(csv, ImportOptions.defaults()).features());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void errorsNameFileLineAndColumn() throws Exception {
        Path csv = write("track_id,x,y\n1,0.5,1\n2,\"a\nb\",2\n3,0,5\n");
        ImportOptions xy = options(List.of("x", "y"), null, null, MissingValuePolicy.DROP);
        assertEquals(csv + ", line 3, column 'x': \"a b\" is not a number.", error(csv, xy));
        assertEquals(List.of("y"), read(csv, ImportOptions.defaults()).featureNames(), "x is not numeric");

        csv = write("track_id,x,y\n1,0.5,1\n2,0.5\n");
        assertEquals(csv + ", line 3: the row has 2 fields but the header has 3.", error(csv, ImportOptions.defaults()));

        csv = write("track_id,x,genre\n1,a,Rock\n");
        assertEquals(csv + ", line 2, column 'x': \"a\" is not a number.",
                error(csv, options(List.of("x"), null, null, MissingValuePolicy.DROP)));

        csv = write("track_id,x,x\n1,0.5,1\n");
        assertEquals(csv + ", line 1, column 'x': two columns have this name, columns 2 and 3 of the header; "
                + "rename one.", error(csv, ImportOptions.defaults()));

        csv = write("track_id,tempo,genre\n");
        assertEquals(csv + ": the file has a header row but no data rows.", error(csv, ImportOptions.defaults()));
        csv = write("track_id,x,genre\n\n");
        assertEquals(csv + ": the file has a header row but no data rows.", error(csv, ImportOptions.defaults()));

        csv = write("track_id,x\n1,\"0.5\n2,0.7\n");
        assertEquals(csv + ", line 2, column 'x': a quoted field opens on this line and is never closed.",
                error(csv, ImportOptions.defaults()));

        assertEquals(csv + ": setting 'id column': 'key' matches no column (columns are track_id, x).",
                error(csv, options(List.of(), "key", null, MissingValuePolicy.DROP)));

        csv = write("");
        assertEquals(csv + ": the file is empty, with no header row.", error(csv, ImportOptions.defaults()));

        Path missing = dir.resolve("nothing.csv");
        assertEquals(missing + ": the file does not exist.", error(missing, ImportOptions.defaults()));
    }

    @Test
    void bytesThatAreNotUtf8AreWindows1252UnlessUtf8IsForced() throws Exception {
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, new byte[] {'i', 'd', ',', 'x', ',', 'g', 'e', 'n', 'r', 'e', '\n', '1', ',', '2', ',',
            (byte) 0xC9, 'l', 'e', 'c', '\n'});

        TrackTable table = read(csv, ImportOptions.defaults());
        assertArrayEquals(new String[] {"\u00c9lec"}, table.genres());
        assertEquals("windows-1252", table.report().dialect().encodingName());

        ImportOptions utf8 = new ImportOptions(List.of(), null, null, true, MissingValuePolicy.DROP, "utf-8", null,
                null, null);
        assertEquals(csv + ": the file is not UTF-8 text; choose its encoding with --encoding (or auto).",
                error(csv, utf8));
        ImportOptions unknown = new ImportOptions(List.of(), null, null, true, MissingValuePolicy.DROP, "klingon",
                null, null, null);
        assertEquals(csv + ": setting 'encoding': 'klingon' is not a character set this Java knows (try utf-8, "
                + "windows-1252, iso-8859-1, utf-16 or auto).", error(csv, unknown));
    }

    @Test
    void aRepeatedIdKeepsItsFirstRowAndTheReportNamesTheOthers() throws Exception {
        Path csv = write("track_id,x,genre\n1,0.5,Rock\n\n1,0.7,Pop\n2,0.1,Pop\n2.0,0.2,Rock\n");

        TrackTable table = read(csv, options(List.of("x"), null, null, MissingValuePolicy.DROP));

        assertArrayEquals(new long[] {1, 2}, table.trackIds());
        assertArrayEquals(new double[] {0.5, 0.1}, table.features());
        assertEquals(Map.of(DropReasons.REPEATED_ID, 2L), table.report().droppedByReason());
        assertEquals(List.of("line 4: id 1, first on line 2", "line 6: id 2.0, first on line 5"),
                table.report().droppedRows());
        assertEquals(List.of("2 rows repeat the id of an earlier row and were dropped; the first row of each id "
                + "is kept"), table.report().warnings());
    }

    /**
     * The album under the names of the layouts that have one: Kaggle's Spotify Tracks Dataset ({@code album_name},
     * quoted as that file quotes: a comma inside quotes, a quote doubled) and the spotify_songs table
     * ({@code track_album_name}); a missing album stays missing; a column the user made the title is not also the
     * album.
     */
    @Test
    void theAlbumIsReadUnderTheSpotifyLayoutsNames() throws Exception {
        TrackTable kaggle = read(write(String.join("\n",
                ",track_id,artists,album_name,track_name,popularity,duration_ms,explicit,danceability,energy,key,"
                        + "loudness,mode,speechiness,acousticness,instrumentalness,liveness,valence,tempo,"
                        + "time_signature,track_genre",
                "0,7NWpa6pNFbjJYIw8b1A2B0,Singer 0;Guest 0,\"Album, vol. 0\",\"Track \"\"0\"\"\",14,221725,True,"
                        + "0.473928,0.305855,11,-4.58,1,0,0.775027,0.208724,0.050372,0.665569,115.517,4,acoustic",
                "1,1tdQ7xcBdw0Wj6Z3Gda2KX,Singer 1,\"Say \"\"Hi\"\"\",Track 1,3,180000,False,0.5,0.6,2,-6.1,0,"
                        + "0.04,0.3,0.0,0.1,0.4,98.2,4,pop",
                "2,0hZ3aDgwLpc1yLiLcg1DgF,Singer 2,,Track 2,3,180000,False,0.5,0.6,2,-6.1,0,0.04,0.3,0.0,0.1,0.4,"
                        + "98.2,4,pop", "")), ImportOptions.defaults());
        assertArrayEquals(new String[] {"Album, vol. 0", "Say \"Hi\"", null}, kaggle.albums());
        assertArrayEquals(new String[] {"Track \"0\"", "Track 1", "Track 2"}, kaggle.titles());
        assertEquals(8, kaggle.featureNames().size(), "the album is not a feature");

        TrackTable songs = read(write(String.join("\n",
                "track_id,track_name,track_artist,track_popularity,track_album_id,track_album_name,"
                        + "track_album_release_date,playlist_name,playlist_id,playlist_genre,playlist_subgenre,"
                        + "danceability,energy,key,loudness,mode,speechiness,acousticness,instrumentalness,liveness,"
                        + "valence,tempo,duration_ms",
                "6f807x0ima9a1j3VPbc7VN,Song A,Someone,66,2oCs0DGTsRO98Gh5ZSl2Cx,\"Best Of, Vol. 2\",2019-06-14,"
                        + "Pop Remix,37i9dQZF1DXcZDD7cfEKhW,pop,dance pop,0.748,0.916,6,-2.634,1,0.0583,0.102,0,"
                        + "0.0653,0.518,122.036,194754", "")), ImportOptions.defaults());
        assertArrayEquals(new String[] {"Best Of, Vol. 2"}, songs.albums());
        assertArrayEquals(new String[] {"Someone"}, songs.artists());

        TrackTable asTitle = read(dir.resolve("table.csv"), new ImportOptions(List.of(), null, null, true,
                MissingValuePolicy.DROP, null, null, null, null, "track_album_name", null));
        assertArrayEquals(new String[] {"Best Of, Vol. 2"}, asTitle.titles());
        assertArrayEquals(new String[] {null}, asTitle.albums(), "the title column is not also the album");
    }
}
