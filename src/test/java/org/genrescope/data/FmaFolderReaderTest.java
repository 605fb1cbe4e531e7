package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancelledException;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmaFolderReaderTest {

    private static final String TEMPO = "echonest.audio_features.tempo";

    @TempDir
    Path folder;

    private TrackTable read(ImportOptions options) throws DataLoadException {
        return FmaFolderReader.read(folder, options, ProgressListener.NONE, CancellationToken.NEVER);
    }

    private static ImportOptions withMissing(MissingValuePolicy policy) {
        return new ImportOptions(List.of(), null, null, true, policy);
    }

    private static ImportOptions withFeatures(String... features) {
        return new ImportOptions(List.of(features), null, null, true, MissingValuePolicy.DROP);
    }

    private String message(Class<? extends Exception> type, ImportOptions options) {
        return assertThrows(type, () -> read(options)).getMessage();
    }

    private String loadError() {
        return message(DataLoadException.class, ImportOptions.defaults());
    }

    private String file(String name) {
        return folder.resolve(name).toString();
    }

    @Test
    void defaultsReadTheEightAudioFeaturesAndCleanAsTheStudyDid() throws Exception {
        FmaFixture.write(folder);

        TrackTable table = read(ImportOptions.defaults());

        assertEquals(FmaFolderReader.FORMAT, table.format());
        assertEquals(List.of("echonest.audio_features.acousticness", "echonest.audio_features.danceability",
                "echonest.audio_features.energy", "echonest.audio_features.instrumentalness",
                "echonest.audio_features.liveness", "echonest.audio_features.speechiness", TEMPO,
                "echonest.audio_features.valence"), table.featureNames());
        assertArrayEquals(new long[] {2, 3, 7, 8}, table.trackIds(), "tracks.csv order, not echonest.csv order");
        assertArrayEquals(new double[] {0.4166752327, 0.6758939853, 0.6344762684, 0.0106280683, 0.1776465712,
                0.1593100648, 165.922, 0.576660988}, Arrays.copyOfRange(table.features(), 0, 8));
        assertArrayEquals(new double[] {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 140.5, 0.3},
                Arrays.copyOfRange(table.features(), 16, 24));
        assertArrayEquals(new String[] {"Hip-Hop", "Electronic", "Electronic", "Rock"}, table.genres());

        CleaningReport report = table.report();
        assertEquals(8, report.rowsRead());
        assertEquals(4, report.rowsKept());
        assertEquals(Map.of(DropReasons.NO_GENRES_ALL, 2L, DropReasons.NO_AUDIO_FEATURES, 1L,
                DropReasons.MISSING_FEATURE, 1L), report.droppedByReason());
        assertEquals(List.of(DropReasons.NO_GENRES_ALL, DropReasons.NO_AUDIO_FEATURES, DropReasons.MISSING_FEATURE),
                new ArrayList<>(report.droppedByReason().keySet()), "reasons in the order the steps ran");
        assertEquals(Map.of(), report.imputedByFeature());
        assertEquals(2, report.genreTopImputed());
        assertEquals(Map.of("Electronic", 2L, "Hip-Hop", 1L, "Rock", 1L), report.genreCountsLoaded());
    }

    @Test
    void rollUpTakesTheLastRootGenreOfGenresAllNotTheRootOfTheLastId() throws Exception {
        FmaFixture.write(folder);

        TrackTable table = read(ImportOptions.defaults());

        // track 7 has genres_all [15, 25]: 15 (Electronic) is the last root; 25 (Punk) belongs to Rock
        assertEquals("Electronic", table.genres()[2]);
    }

    @Test
    void withoutRollUpAnEmptyTopGenreStaysEmpty() throws Exception {
        FmaFixture.write(folder);

        TrackTable table = read(new ImportOptions(List.of(), null, null, false, MissingValuePolicy.DROP));

        assertArrayEquals(new String[] {"Hip-Hop", null, null, "Rock"}, table.genres());
        assertEquals(0, table.report().genreTopImputed());
    }

    @Test
    void missingMetadataNeverDropsATrack() throws Exception {
        FmaFixture.write(folder);

        TrackTable table = read(ImportOptions.defaults());

        assertArrayEquals(new int[] {2009, 0, 2011, 0}, table.years());
        assertArrayEquals(new String[] {"Food", "Mixed", "Rolled", null}, table.titles());
        assertArrayEquals(new String[] {"AWOL", "Artist B", "Artist C", "Artist D"}, table.artists());
        assertArrayEquals(new String[] {"AWOL - A Way Of Life", "Album B", "Album C", "Album D"}, table.albums());
    }

    @Test
    void quotedFieldsWithCommasQuotesAndNewlinesReadIntact() throws Exception {
        FmaFixture.write(folder);

        TrackTable table = read(new ImportOptions(List.of(), null, "bio", true, MissingValuePolicy.DROP));

        assertEquals("Raps, rhymes and \"beats\"", table.genres()[0]);
        assertEquals("A bio that runs\nover three lines, with \"quotes\"\nand commas", table.genres()[1]);
        assertEquals(0, table.report().genreTopImputed(), "roll-up only fills track.genre_top");
    }

    @Test
    void bioLongerThanAnyParserBufferReadsIntact() throws Exception {
        FmaFixture.write(folder);
        String paragraph = "<p>She said \"\"hi, there\"\" &amp; left.</p>\n";
        String bio = paragraph.repeat(5_000); // 200,000 characters and 5,000 line breaks
        String tracks = FmaFixture.TRACKS.replace("\"Raps, rhymes and \"\"beats\"\"\"", '"' + bio + '"');
        FmaFixture.write(folder, "tracks.csv", tracks);

        TrackTable table = read(new ImportOptions(List.of(), null, "artist.bio", true, MissingValuePolicy.DROP));
        assertEquals(bio.replace("\"\"", "\"").strip(), table.genres()[0], "text cells are stripped");
        assertEquals("Mixed", table.titles()[1]);

        FmaFixture.write(folder, "tracks.csv", tracks.replace("\"[12, 15]\"", "\"[12, x]\""));
        DataLoadException error = assertThrows(DataLoadException.class, () -> read(ImportOptions.defaults()));
        assertEquals(5_000 + 7, error.line(), "track 3's record starts 5,000 lines later, and its list 2 more");
    }

    @Test
    void meanImputationFillsTheMissingTempoFromTheKeptTracks() throws Exception {
        FmaFixture.write(folder);

        TrackTable table = read(withMissing(MissingValuePolicy.MEAN));

        assertArrayEquals(new long[] {2, 3, 7, 8, 10}, table.trackIds());
        double mean = Arrays.stream(FmaFixture.KEPT_TEMPOS).sum() / 4;
        assertEquals(mean, table.features()[4 * 8 + 6], 1e-12);
        assertEquals(Map.of(TEMPO, 1L), table.report().imputedByFeature());
        assertEquals(Map.of(DropReasons.NO_GENRES_ALL, 2L, DropReasons.NO_AUDIO_FEATURES, 1L),
                table.report().droppedByReason());
        assertEquals("Experimental", table.genres()[4]);
    }

    @Test
    void medianImputationUsesTheMeanOfTheTwoMiddleValues() throws Exception {
        FmaFixture.write(folder);

        TrackTable table = read(withMissing(MissingValuePolicy.MEDIAN));

        assertEquals((126.957 + 140.5) / 2, table.features()[4 * 8 + 6], 1e-12);
        assertEquals(Map.of(TEMPO, 1L), table.report().imputedByFeature());
    }

    @Test
    void featureNamesResolveByAnyUniqueDotSuffix() throws Exception {
        FmaFixture.write(folder);

        TrackTable table = read(withFeatures("tempo", "audio_features.energy", "echonest.audio_features.valence"));

        assertEquals(List.of(TEMPO, "echonest.audio_features.energy", "echonest.audio_features.valence"),
                table.featureNames());
        assertArrayEquals(new double[] {165.922, 0.6344762684, 0.576660988}, Arrays.copyOf(table.features(), 3));
    }

    @Test
    void aFeatureFromTracksCsvNeedsNoOtherTable() throws Exception {
        FmaFixture.write(folder, FmaFolderReader.GENRES_CSV, FmaFixture.GENRES);
        FmaFixture.write(folder, FmaFolderReader.TRACKS_CSV, FmaFixture.TRACKS.replace(",bio,", ",duration,")
                .replace("\"Raps, rhymes and \"\"beats\"\"\"", "168")
                .replace("\"A bio that runs\nover three lines, with \"\"quotes\"\"\nand commas\"", "237"));

        TrackTable table = read(new ImportOptions(List.of("duration"), null, null, true, MissingValuePolicy.DROP));

        assertArrayEquals(new long[] {2, 3}, table.trackIds(), "the others have no duration");
        assertArrayEquals(new double[] {168, 237}, table.features());
    }

    @Test
    void anAmbiguousFeatureNameListsItsCandidates() {
        FmaFixture.write(folder);

        String message = message(DataLoadException.class, withFeatures("title"));

        assertEquals(folder + ": setting 'features': 'title' is ambiguous, it matches album.title, track.title; "
                + "give more of the name.", message);
    }

    @Test
    void anUnknownFeatureNameSaysSoAndSuggestsSimilarColumns() {
        FmaFixture.write(folder);

        String message = message(DataLoadException.class, withFeatures("temp"));

        assertEquals(folder + ": setting 'features': 'temp' matches no column (similar: "
                + "echonest.audio_features.tempo, echonest.temporal_features.000); the folder has no features.csv.",
                message);
    }

    @Test
    void choosingOneColumnTwiceIsAnError() {
        FmaFixture.write(folder);

        String message = message(DataLoadException.class, withFeatures("tempo", "audio_features.tempo"));

        assertTrue(message.contains("'tempo' and 'audio_features.tempo' both name the column " + TEMPO), message);
    }

    @Test
    void anAmbiguousLabelColumnIsAnError() {
        FmaFixture.write(folder);

        String message = message(DataLoadException.class,
                new ImportOptions(List.of(), null, "title", true, MissingValuePolicy.DROP));

        assertEquals(file("tracks.csv") + ": setting 'label column': 'title' is ambiguous, it matches album.title, "
                + "track.title; give more of the name.", message);
    }

    @Test
    void featuresCsvColumnsJoinThreeHeaderLevelsAndNeedNoEchonestCsv() throws Exception {
        FmaFixture.write(folder, FmaFolderReader.GENRES_CSV, FmaFixture.GENRES);
        FmaFixture.write(folder, FmaFolderReader.TRACKS_CSV, FmaFixture.TRACKS);
        FmaFixture.write(folder, FmaFolderReader.FEATURES_CSV, FmaFixture.FEATURES);

        TrackTable table = read(withFeatures("mfcc.mean.01", "std.01", "chroma_cens.mean.02"));

        assertEquals(List.of("mfcc.mean.01", "mfcc.std.01", "chroma_cens.mean.02"), table.featureNames());
        assertArrayEquals(new long[] {2, 3, 7, 8, 10}, table.trackIds());
        assertArrayEquals(new double[] {-100.5, 3.5, 0.2, -200.25, 4.5, 0.4, -50, 5.5, 0.6, -25.5, 6.5, 0.8,
                -12, 7.5, 1.0}, table.features());
        assertEquals(Map.of(DropReasons.NO_GENRES_ALL, 2L, DropReasons.NO_AUDIO_FEATURES, 1L),
                table.report().droppedByReason());
    }

    @Test
    void aFullWidthFeaturesCsvWith518ColumnsReads() throws Exception {
        FmaFixture.write(folder, FmaFolderReader.GENRES_CSV, FmaFixture.GENRES);
        FmaFixture.write(folder, FmaFolderReader.TRACKS_CSV, FmaFixture.TRACKS);
        String[] statistics = {"kurtosis", "max", "mean", "median", "min", "skew", "std"};
        StringBuilder feature = new StringBuilder("feature");
        StringBuilder statistic = new StringBuilder("statistics");
        StringBuilder number = new StringBuilder("number");
        int columns = 0;
        for (int coefficient = 1; columns < 518; coefficient++) {
            for (String name : statistics) {
                if (columns++ < 518) {
                    feature.append(",mfcc");
                    statistic.append(',').append(name);
                    number.append(',').append(String.format(Locale.ROOT, "%02d", coefficient));
                }
            }
        }
        StringBuilder csv = new StringBuilder().append(feature).append('\n').append(statistic).append('\n')
                .append(number).append('\n').append("track_id").append(",".repeat(518)).append('\n');
        for (long id : new long[] {2, 3, 7, 8, 9, 10}) {
            csv.append(id);
            for (int column = 0; column < 518; column++) {
                csv.append(',').append(id * 1000 + column);
            }
            csv.append('\n');
        }
        FmaFixture.write(folder, FmaFolderReader.FEATURES_CSV, csv.toString());

        TrackTable table = read(withFeatures("mfcc.mean.01", "std.74"));

        assertEquals(List.of("mfcc.mean.01", "mfcc.std.74"), table.featureNames());
        assertArrayEquals(new long[] {2, 3, 7, 8, 9, 10}, table.trackIds());
        assertArrayEquals(new double[] {2002, 2517}, Arrays.copyOf(table.features(), 2));
    }

    @Test
    void onlyTheTablesHoldingChosenFeaturesAreReadPastTheirHeader() throws Exception {
        FmaFixture.write(folder);
        FmaFixture.write(folder, FmaFolderReader.FEATURES_CSV, FmaFixture.FEATURES);
        FmaFixture.write(folder, FmaFolderReader.ECHONEST_CSV,
                FmaFixture.replaceLine(FmaFixture.ECHONEST, 5, "this row is broken"));

        TrackTable table = read(withFeatures("mfcc.mean.02"));

        assertEquals(5, table.rows());
        assertThrows(DataLoadException.class, () -> read(withFeatures("mfcc.mean.02", "tempo")));
    }

    @Test
    void featuresFromTwoTablesAreJoinedOnTrackId() throws Exception {
        FmaFixture.write(folder);
        FmaFixture.write(folder, FmaFolderReader.FEATURES_CSV, FmaFixture.FEATURES);

        TrackTable table = read(withFeatures("mfcc.std.01", "tempo"));

        assertArrayEquals(new long[] {2, 3, 7, 8}, table.trackIds());
        assertArrayEquals(new double[] {3.5, 165.922, 4.5, 126.957, 5.5, 140.5, 6.5, 100.0}, table.features());
    }

    @Test
    void aMeanNeedsAtLeastOneValue() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, FmaFolderReader.ECHONEST_CSV, FmaFixture.ECHONEST.replace(",AWOL,0.5", ",AWOL,"));

        String message = message(DataLoadException.class,
                new ImportOptions(List.of("000"), null, null, true, MissingValuePolicy.MEAN));

        assertEquals(file("echonest.csv") + ", column 'echonest.temporal_features.000': the feature has no values "
                + "at all, so there is nothing to impute from.", message);
    }

    @Test
    void numbersIgnoreTheDefaultLocale() throws Exception {
        FmaFixture.write(folder);
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            TrackTable table = read(ImportOptions.defaults());
            assertEquals(0.5, table.features()[3 * 8 + 4], "liveness of track 8");
            assertEquals(165.922, table.features()[6]);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void progressNamesTheFilesAndCancellationStopsTheLoad() throws Exception {
        FmaFixture.write(folder);
        List<String> messages = new ArrayList<>();
        FmaFolderReader.read(folder, ImportOptions.defaults(), (stage, done, total, message) -> messages.add(message),
                CancellationToken.NEVER);
        assertTrue(messages.contains("tracks.csv: 0.0 MB of 0.0 MB read, 8 rows"), messages.toString());
        assertTrue(messages.contains("echonest.csv: 0.0 MB of 0.0 MB read, 7 rows"), messages.toString());
        assertEquals("kept 4 of 8 tracks", messages.get(messages.size() - 1));

        CancellationSource cancel = new CancellationSource();
        cancel.cancel();
        assertThrows(CancelledException.class,
                () -> FmaFolderReader.read(folder, ImportOptions.defaults(), ProgressListener.NONE, cancel));
    }

    // ---- errors: one sentence naming the file, the physical line and the column ----

    @Test
    void aFolderWithoutTracksCsvIsSaidNotToBeAnFmaFolderAndWhatOneHolds() {
        String message = loadError();

        assertEquals(file("tracks.csv") + ": the file does not exist, so this is not an FMA metadata folder, which "
                + "holds tracks.csv, genres.csv and echonest.csv (and features.csv for the other features), as "
                + "fma_metadata.zip from github.com/mdeff/fma unzips.", message);
    }

    @Test
    void theParentOfAnFmaFolderNamesTheSubfolderThatIsOne() throws Exception {
        FmaFixture.write(Files.createDirectories(folder.resolve("fma_metadata")));

        String message = loadError();

        assertTrue(message.startsWith(file("tracks.csv") + ": the file does not exist, so this is not an FMA "
                + "metadata folder"), message);
        assertTrue(message.endsWith("; its subfolder fma_metadata is one."), message);
    }

    @Test
    void aSubfolderWithATracksCsvAloneIsNotNamedAsAnFmaFolder() throws Exception {
        // as ../shared/cases opened as an FMA folder: its huge-values subfolder holds a flat tracks.csv only
        Files.writeString(Files.createDirectories(folder.resolve("huge-values")).resolve("tracks.csv"),
                "track_id,tempo,genres_top\n1,120,Rock\n");

        String message = loadError();

        assertTrue(message.endsWith("as fma_metadata.zip from github.com/mdeff/fma unzips."), message);
    }

    @Test
    void aMissingEchonestCsvIsNamedWhenTheDefaultFeaturesNeedIt() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, FmaFolderReader.FEATURES_CSV, FmaFixture.FEATURES);
        assertTrue(folder.resolve("echonest.csv").toFile().delete());

        String message = loadError();

        assertTrue(message.startsWith(file("echonest.csv") + ": the file does not exist"), message);
    }

    @Test
    void aMissingGenresCsvIsNamedWhenRollUpNeedsIt() throws Exception {
        FmaFixture.write(folder);
        Files.delete(folder.resolve("genres.csv"));

        assertEquals(file("genres.csv") + ": the file does not exist.", loadError());
        assertEquals(4, read(new ImportOptions(List.of(), null, null, false, MissingValuePolicy.DROP)).rows());
    }

    @Test
    void aMissingColumnIsNamed() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, "tracks.csv", FmaFixture.TRACKS.replace(",genres_all,", ",genres,"));

        assertEquals(file("tracks.csv") + ", line 1, column 'track.genres_all': the header has no such column.",
                loadError());
    }

    @Test
    void aValueThatIsNotANumberIsPlaced() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, "echonest.csv", FmaFixture.ECHONEST.replace(",126.957,", ",fast,"));

        assertEquals(file("echonest.csv") + ", line 6, column '" + TEMPO + "': \"fast\" is not a number.",
                loadError());
    }

    @Test
    void lineNumbersCountNewlinesInsideQuotedFields() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, "tracks.csv", FmaFixture.TRACKS.replace("\"[15, 25]\"", "\"[15, x]\""));

        assertEquals(file("tracks.csv") + ", line 10, column 'track.genres_all': \"[15, x]\" is not a list of "
                + "whole numbers like [21, 12].", loadError());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsPlaced() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, "tracks.csv", FmaFixture.replaceLine(FmaFixture.TRACKS, 11,
                "8,,Album D,,Artist D,Rock,\"[12, 25]\""));

        assertEquals(file("tracks.csv") + ", line 11: the row has 7 fields but the header has 8.", loadError());
    }

    @Test
    void anUnterminatedQuoteIsPlacedWhereItOpens() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, "tracks.csv", FmaFixture.TRACKS.replace("commas\",Artist B", "commas,Artist B"));

        assertEquals(file("tracks.csv") + ", line 5, column 'artist.bio': a quoted field opens on this line and is "
                + "never closed.", loadError());
    }

    @Test
    void anUnknownGenreIdIsPlaced() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, "tracks.csv", FmaFixture.TRACKS.replace("\"[12, 25]\"", "\"[12, 999]\""));

        assertEquals(file("tracks.csv") + ", line 11, column 'track.genres_all': genre id 999 is not in genres.csv.",
                loadError());
    }

    @Test
    void aTrackIdThatIsNotANumberIsPlaced() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, "tracks.csv", FmaFixture.replaceLine(FmaFixture.TRACKS, 12,
                "nine,,,,,Rock,[12],Not in echonest"));

        assertEquals(file("tracks.csv") + ", line 12, column 'track_id': \"nine\" is not a number.", loadError());
    }

    @Test
    void aDuplicateTrackIsPlacedWithItsFirstLine() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, "echonest.csv", FmaFixture.replaceLine(FmaFixture.ECHONEST, 10,
                "7,0.5,0.5,0.5,0.5,0.5,0.5,90,0.5,,"));

        assertEquals(file("echonest.csv") + ", line 10, column 'track_id': track 7 appears twice (first on line 8).",
                loadError());
    }

    @Test
    void aTableWithoutItsTrackIdRowIsRejected() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, "tracks.csv", "track_id,title\n2,Food\n");

        String message = loadError();

        assertEquals(file("tracks.csv") + ", line 1: this is a table with a one-row header, not FMA's tracks.csv "
                + "(whose header has 3 rows, the first starting with a comma), so this folder is not FMA's metadata "
                + "(open the file itself as a flat CSV file instead).", message);
    }

    @Test
    void aFlatTracksCsvInAnotherEncodingIsSaidToBeFlatNotBlamedOnItsEncoding() throws Exception {
        // as ../shared/cases/windows-1252 opened as a folder: "the file is not UTF-8 text" sent the user to the wrong fix
        Files.write(folder.resolve("tracks.csv"), "track_id;title;genre\n1;Caf\u00e9;\u00c9lectronique\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        String message = loadError();

        assertTrue(message.startsWith(file("tracks.csv") + ", line 1: this is a table with a one-row header"), message);
    }

    @Test
    void aFolderOfOneFlatTableNamesIt() throws Exception {
        // as ../shared/cases/kaggle-spotify-layout opened as a folder
        Files.writeString(folder.resolve("dataset.csv"), "track_id,tempo,genre\n1,120,Rock\n");
        Files.writeString(folder.resolve("README.md"), "not a table");

        String message = loadError();

        assertTrue(message.endsWith("; it holds dataset.csv: open that as a flat CSV file instead."), message);
    }

    @Test
    void anFmaFolderWithoutTracksCsvDoesNotOfferItsOtherFilesAsTables() throws Exception {
        FmaFixture.write(folder);
        Files.delete(folder.resolve("tracks.csv"));

        String message = loadError();

        assertTrue(message.endsWith("as fma_metadata.zip from github.com/mdeff/fma unzips."), message);
    }

    @Test
    void aGenresCsvWithoutTopLevelIsNamed() {
        FmaFixture.write(folder);
        FmaFixture.write(folder, "genres.csv", FmaFixture.GENRES.replace(",top_level", ",root"));

        assertEquals(file("genres.csv") + ", line 1, column 'top_level': the header has no such column.", loadError());
    }

    @Test
    void aFolderThatIsAFileIsRejected() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("x.csv"), "a\n");

        DataLoadException error = assertThrows(DataLoadException.class, () -> FmaFolderReader.read(notAFolder,
                ImportOptions.defaults(), ProgressListener.NONE, CancellationToken.NEVER));

        assertEquals(notAFolder + ": this is not a folder.", error.getMessage());
        assertNull(error.column().orElse(null));
    }
}
