package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.genrescope.analysis.Recipe;
import org.genrescope.data.CsvDelimiter;
import org.genrescope.data.DataLoadException;
import org.genrescope.data.DecimalMark;
import org.genrescope.data.FlatCsvReader;
import org.genrescope.data.TrackTable;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV dialog's state without a toolkit (issues 9 and 10): the preview is what the loader reads. */
class CsvMappingViewModelTest {
    private static final Path CASES = Path.of("src/test/resources/cases");

    @TempDir
    Path dir;

    private static String cell(CsvMappingViewModel vm, int row, String column) {
        return vm.table().rows().get(row).get(vm.table().columns().indexOf(column));
    }

    /** Loads {@code file} as the dialog's choices say, through the settings, as the workbench does. */
    private static TrackTable load(Path file, CsvMapping mapping) throws DataLoadException {
        return FlatCsvReader.read(file, new DataColumns(mapping).applyTo(Recipe.PLAIN.config(file)).importOptions(),
                ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void aValueTooLargeIsToldWhatToDoInTheDialogsWords() {
        String read = "t.csv, line 5, column 'tempo': \"1.5e+308\" is too large to analyse (beyond \u00b11e100, where "
                + "scaling overflows); correct it, or leave the column out of the features with --features";
        assertEquals("t.csv, line 5, column 'tempo': \"1.5e+308\" is too large to analyse (beyond \u00b11e100, where "
                + "scaling overflows); correct it, or leave the column out of the Features above",
                CsvMappingViewModel.inDialogTerms(read));
    }

    /** The value checked in the preview's cells (not only a failed read) is told in the dialog's words too. */
    @Test
    void aHugeValueInThePreviewNamesTheDialogsFeaturesChooser() throws Exception {
        CsvMappingViewModel vm = CsvMappingViewModel.of(CASES.resolve("huge-values/tracks.csv"));
        assertTrue(vm.problem().contains("line 5, column 'tempo'"), vm.problem());
        assertTrue(vm.problem().endsWith("leave the column out of the Features above."), vm.problem());
    }

    @Test
    void aSemicolonDecimalCommaFilePreviewsItsNumbersAndEachDialectChoiceReReadsIt() throws Exception {
        CsvMappingViewModel vm = CsvMappingViewModel.of(CASES.resolve("semicolon-decimal-comma/tracks.csv"));
        assertEquals(10, vm.table().rows().size());
        assertEquals("0.238617", cell(vm, 0, "acousticness"));
        assertEquals("147.16", cell(vm, 0, "tempo"));
        assertEquals("Rock", cell(vm, 0, "genres_top"));
        assertEquals("", vm.problem());

        vm.decimalProperty().set(DecimalMark.POINT);
        assertEquals(PreviewTable.FAILS + "0,238617", cell(vm, 0, "acousticness"), "a point reads 0,238617 as text");
        assertTrue(vm.problem().contains("line 2, column 'acousticness'"), vm.problem());
        assertTrue(vm.readAs().contains("decimal point"), vm.readAs());

        vm.decimalProperty().set(DecimalMark.AUTO);
        vm.delimiterProperty().set(CsvDelimiter.COMMA);
        assertEquals(CASES.resolve("semicolon-decimal-comma/tracks.csv") + ", line 2: the row has 9 fields but the "
                + "header has 1.", vm.problem(), "a dialect that does not read the file is one sentence");
        assertTrue(vm.table().rows().isEmpty(), "no rows: the file does not read so");
        assertEquals(10, vm.columns().size(), "the choices are kept for when the file reads again");

        vm.delimiterProperty().set(CsvDelimiter.SEMICOLON);
        assertEquals(8, vm.features().size(), "the features are detected again");
        assertEquals("0.238617", cell(vm, 0, "acousticness"));
        assertEquals("", vm.problem());

        vm.delimiterProperty().set(CsvDelimiter.COMMA);
        vm.decimalProperty().set(DecimalMark.COMMA);
        assertTrue(vm.problem().contains("a decimal comma needs a delimiter other than the comma"), vm.problem());
        assertTrue(vm.problem().contains("choose it above"), vm.problem());
    }

    @Test
    void aWindows1252FileShowsItsAccentsAndAWrongEncodingIsOneSentence() throws Exception {
        Path file = CASES.resolve("windows-1252/tracks.csv");
        CsvMappingViewModel vm = CsvMappingViewModel.of(file);
        assertEquals("\u00c9lectronique", cell(vm, 1, "genres_top"));
        assertEquals("\u00d3lafur \u00de\u00f3r 1", cell(vm, 1, "artist"));
        assertEquals("artist", vm.artistColumnProperty().get());
        assertTrue(vm.readAs().contains("windows-1252"), vm.readAs());

        vm.encodingProperty().set("utf-8");
        assertEquals(file + ": the file is not UTF-8 text; choose its encoding above (or auto).", vm.problem());
        assertEquals("The file does not read with these choices:", vm.readAs());
        assertTrue(vm.table().rows().isEmpty());

        vm.encodingProperty().set("iso-8859-1");
        assertEquals("", vm.problem());
        String expected = Files.readAllLines(file, Charset.forName("iso-8859-1")).get(2).split(",")[10];
        assertEquals(expected, cell(vm, 1, "genres_top"));
    }

    @Test
    void theKaggleLayoutPresetsItsIdGenreTitleAndArtist() throws Exception {
        CsvMappingViewModel vm = CsvMappingViewModel.of(CASES.resolve("kaggle-spotify-layout/dataset.csv"));
        assertEquals("track_id", vm.idColumnProperty().get());
        assertEquals("track_genre", vm.labelColumnProperty().get());
        assertEquals("track_name", vm.titleColumnProperty().get());
        assertEquals("artists", vm.artistColumnProperty().get());
        assertEquals("", vm.suggestedLabelProperty().get(), "a known layout's genre is detected, not suggested");
        assertEquals("track_name", vm.detected(vm.titleColumnProperty()), "so the dialog offers no (none) for it");
        assertEquals("track_genre", vm.detected(vm.labelColumnProperty()));
        assertEquals("Track \"0\"", cell(vm, 0, "track_name"));
        assertEquals("Singer 0;Guest 0", cell(vm, 0, "artists"));
        assertEquals("title", vm.role("track_name"));
        assertEquals("feature", vm.role("tempo"));
        assertEquals("album", vm.role("album_name"), "read as the album, as the Data tab shows it");
        vm.titleColumnProperty().set("album_name");
        assertEquals("title", vm.role("album_name"), "made the title, it is the title, not also the album");
        vm.titleColumnProperty().set("track_name");
        assertFalse(vm.table().columns().contains(""), "the saved index is not shown");
    }

    /**
     * Every case previews as it loads: each feature cell of the preview is the number the loader keeps for that
     * track (or the row was dropped for a missing value), and a case that does not load says the loader's sentence.
     */
    @Test
    void everyCasePreviewsWhatTheLoaderReads() throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.walk(CASES)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(7, files.size(), files.toString());
        for (Path file : files) {
            CsvMappingViewModel vm = CsvMappingViewModel.of(file);
            TrackTable table;
            try {
                table = load(file, vm.mapping());
            } catch (DataLoadException e) {
                assertEquals(CsvMappingViewModel.inDialogTerms(e.getMessage()), vm.problem(),
                        file + ": the preview shows the failing cell, in the dialog's words");
                continue;
            }
            assertEquals("", vm.problem(), file.toString());
            Map<String, Integer> rowOfId = new HashMap<>();
            for (int r = table.rows() - 1; r >= 0; r--) {
                rowOfId.put(table.idText(r), r);
            }
            String idColumn = vm.idColumnProperty().get();
            java.util.Set<String> seen = new java.util.HashSet<>();
            int compared = 0;
            for (int r = 0; r < vm.table().rows().size(); r++) {
                int at = r;
                String id = idColumn.isEmpty() ? Integer.toString(r + 1) : cell(vm, r, idColumn);
                Integer row = rowOfId.get(id);
                if (!seen.add(id)) {
                    continue; // a repeated id: the loader keeps the first row of it
                }
                if (row == null) {
                    assertTrue(vm.features().stream().anyMatch(f -> cell(vm, at, f).equals(PreviewTable.MISSING)),
                            file + ": row " + id + " was dropped, so it has a missing value");
                    continue;
                }
                for (String feature : vm.features()) {
                    int f = table.featureNames().indexOf(feature);
                    assertEquals(table.feature(row, f), Double.parseDouble(cell(vm, r, feature)), 0.0,
                            file + " " + id + " " + feature);
                    compared++;
                }
            }
            assertTrue(compared >= 8 * 5, file + ": compared " + compared);
        }
    }

    @Test
    void ofSeveralGenreColumnsTheLikeliestIsPreselectedAndMarked() throws Exception {
        Path file = Files.writeString(dir.resolve("two.csv"), "sub_genre,x,main_genre\nindie,1,Rock\npunk,2,Rock\n"
                + "synth,3,Pop\n,4,Pop\n");
        CsvMappingViewModel vm = CsvMappingViewModel.of(file);
        assertEquals("main_genre", vm.suggestedLabelProperty().get(), "no empty cell, fewer distinct values");
        assertEquals("main_genre", vm.labelColumnProperty().get());
        assertEquals("main_genre", vm.detected(vm.labelColumnProperty()), "the loader asks: (none) is no choice");
        assertEquals("", vm.detected(vm.titleColumnProperty()));
        assertEquals(List.of("x"), vm.features(), "no audio feature: the numeric columns, as the loader's default");
        Path tie = Files.writeString(dir.resolve("tie.csv"), "a_genre,x,b_genre\nRock,1,Pop\nPop,2,Rock\n");
        assertEquals("a_genre", CsvMappingViewModel.of(tie).suggestedLabelProperty().get(), "a tie: header order");
        // the loader takes the suggestion because the dialog names it: without a name it asks for one
        assertEquals(4, load(file, vm.mapping()).rows());
        assertThrows(DataLoadException.class, () -> load(file, new CsvMapping(List.of("x"), "", "")));
    }

    @Test
    void aFeatureCellShowsAsTheLoaderTakesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("m.csv"), "id;x;y;genre\n1;NA;2,5;Rock\n2;?;-1e-7;Pop\n3;abc;1;Pop\n");
        CsvMappingViewModel vm = CsvMappingViewModel.of(dir.resolve("m.csv"), null, List.of("?"),
                new CallingThreadRunner());
        assertEquals(List.of("y"), vm.features(), "x holds text, id is an identifier");
        vm.features().setAll("x", "y");
        assertEquals(PreviewTable.MISSING, cell(vm, 0, "x"), "NA is missing");
        assertEquals(PreviewTable.MISSING, cell(vm, 1, "x"), "the setting's own spelling too");
        assertEquals(PreviewTable.FAILS + "abc", cell(vm, 2, "x"));
        assertEquals("2.5", cell(vm, 0, "y"));
        assertEquals("-1.0E-7", cell(vm, 1, "y"));
        assertEquals(file + ", line 4, column 'x': \"abc\" is not a number.", vm.problem());
        vm.features().setAll("y");
        assertEquals("abc", cell(vm, 2, "x"), "a column not read as a feature shows its text");
        assertEquals("", vm.problem());
    }

    @Test
    void aReReadThatFinishesAfterALaterChoiceIsIgnored() throws Exception {
        QueuedRunner runner = new QueuedRunner();
        CsvMappingViewModel vm = CsvMappingViewModel.of(CASES.resolve("semicolon-decimal-comma/tracks.csv"), null,
                List.of(), runner);
        vm.delimiterProperty().set(CsvDelimiter.COMMA);
        assertTrue(vm.readingProperty().get());
        assertEquals("Reading the file...", vm.problem(), "no OK while the preview is stale");
        vm.delimiterProperty().set(CsvDelimiter.SEMICOLON);
        runner.runNewest();
        assertEquals(10, vm.columns().size());
        runner.runAll(); // the comma read, superseded
        assertEquals(10, vm.columns().size());
        assertFalse(vm.readingProperty().get());
        assertEquals(CsvDelimiter.SEMICOLON, vm.mapping().delimiter());
    }

    @Test
    void theChoicesRoundTripThroughTheirRememberedText() {
        CsvMapping m = new CsvMapping(List.of("a,b", "tempo"), "id", "genre", "name", "who", "windows-1252",
                CsvDelimiter.SEMICOLON, DecimalMark.COMMA);
        assertEquals(m, CsvMapping.parse(m.toText()));
        CsvMapping plain = new CsvMapping(List.of(), "", "");
        assertEquals(plain, CsvMapping.parse(plain.toText()));
    }

    /** Per-file memory: the choices made for a file preset the dialog when it is opened again; another file not. */
    @Test
    void theDialogRemembersItsChoicesPerFile() throws Exception {
        SettingsStore store = SettingsStore.inMemory();
        QueuedRunner runner = new QueuedRunner(); // the loads are queued, never run: only the dialog matters here
        WorkbenchViewModel vm = Fixtures.workbench(runner, store);
        Path file = Files.copy(CASES.resolve("kaggle-spotify-layout/dataset.csv"), dir.resolve("dataset.csv"));
        AtomicReference<CsvMappingViewModel> offered = new AtomicReference<>();
        vm.opening().open(file, m -> {
            offered.set(m);
            return java.util.Optional.empty(); // cancelled: nothing remembered
        });
        runner.runAll();
        assertTrue(store.get(Preferences.csvChoices(file)).isEmpty());
        assertEquals("track_name", offered.get().titleColumnProperty().get());
        CsvMapping chosen = new CsvMapping(List.of("tempo", "energy"), "track_id", "track_genre", "album_name",
                "artists", "utf-8", CsvDelimiter.COMMA, DecimalMark.POINT);
        vm.opening().open(file, m -> java.util.Optional.of(chosen));
        runner.runOldest(); // reads the file for the dialog, which answers at once; the load is queued
        assertEquals(chosen, store.get(Preferences.csvChoices(file)).orElseThrow());
        runner.runAll(); // the load of the chosen columns: its result is of no interest here
        vm.opening().open(file, m -> {
            offered.set(m);
            return java.util.Optional.empty();
        });
        runner.runOldest();
        assertEquals(chosen, offered.get().mapping(), "preset as chosen");
        Path other = Files.copy(file, dir.resolve("other.csv"));
        vm.opening().open(other, m -> {
            offered.set(m);
            return java.util.Optional.empty();
        });
        runner.runOldest();
        assertEquals("track_name", offered.get().titleColumnProperty().get(), "another file: detected");
        assertEquals(8, offered.get().features().size());
    }

    /** A remembered dialect that no longer reads the file (it was rewritten) falls back to detection. */
    @Test
    void aRememberedDialectThatNoLongerFitsIsDetectedAfresh() throws Exception {
        Path file = Files.writeString(dir.resolve("f.csv"), "id;x;genre\n1;0,5;Rock\n");
        CsvMapping remembered = new CsvMapping(List.of("x"), "id", "genre", "", "", "utf-16",
                CsvDelimiter.COMMA, DecimalMark.COMMA);
        CsvMappingViewModel vm = CsvMappingViewModel.of(file, remembered, List.of(), new CallingThreadRunner());
        assertEquals(CsvDelimiter.AUTO, vm.delimiterProperty().get());
        assertEquals("0.5", cell(vm, 0, "x"));
        assertEquals(List.of("x"), vm.features());
    }

    /** The Data tab shows the title and artist of a Spotify table, detected or as chosen. */
    @Test
    void theDataTabShowsTheTitleAndArtistColumns() throws Exception {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        Path file = CASES.resolve("kaggle-spotify-layout/dataset.csv");
        vm.opening().openCsv(file, CsvMappingViewModel.of(file).mapping());
        TrackTable tracks = vm.dataProperty().get().tracks();
        assertEquals("Track \"0\"", tracks.title(0), vm.statusProperty().get());
        assertEquals("Singer 0;Guest 0", tracks.artist(0));
        assertEquals("track_name", vm.settings().textProperty("title_column").get());
        CsvMappingViewModel dialog = CsvMappingViewModel.of(file);
        dialog.titleColumnProperty().set("album_name");
        vm.opening().openCsv(file, dialog.mapping());
        assertEquals("Album, vol. 0", vm.dataProperty().get().tracks().title(0));
        vm.settings().applyRecipe(Recipe.SEED);
        assertEquals("album_name", vm.settings().textProperty("title_column").get(), "a recipe keeps the columns");
    }

    @Test
    void theFirstChooserOpensInTheHomeFolder() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), SettingsStore.inMemory());
        assertEquals(Path.of(System.getProperty("user.home")), vm.opening().lastFolder());
    }
}
