package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Pipeline;
import org.genrescope.model.embedding.AutoencoderTraining;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.session.ResultSummary;
import org.genrescope.session.SessionKeeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Save session and Open session: the same data gives the same numbers without training, changed data is said
 * in one sentence, a file that cannot be used is one sentence naming it and what is wrong.
 */
class SessionsViewModelTest {
    @TempDir
    Path dir;
    private final AtomicInteger trainings = new AtomicInteger();
    private final AutoencoderTraining counting = (x, n, d, c, progress, epochs, cancel) -> {
        trainings.incrementAndGet();
        return IsolatedAutoencoderTrainer.shared().train(x, n, d, c, progress, epochs, cancel);
    };

    /** A window's view model on {@code data} (an FMA folder) with a fresh pipeline and no last session; trained. */
    private WorkbenchViewModel window(SettingsStore store, Path data) {
        Pipeline pipeline = new Pipeline(2, counting);
        WorkbenchViewModel vm = new WorkbenchViewModel(new CallingThreadRunner(), store, new SettingsViewModel(),
                pipeline, 2, SessionKeeper.none(pipeline));
        vm.startUp();
        if (data != null) {
            vm.opening().openFmaFolder(data);
        }
        return vm;
    }

    @Test
    void aSavedSessionOpensInAnotherWindowWithTheSameNumbersAndNoTraining() throws Exception {
        SettingsStore store = Fixtures.quickAutoencoderStore();
        Fixtures.remember(store, "latent", 4);
        Fixtures.remember(store, "k", 6);
        WorkbenchViewModel first = window(store, null);
        AnalysisResult saved = first.trainedProperty().get();
        assertEquals(1, trainings.get());
        // the chooser starts in Documents (else home) before any save, never in the data's folder (session 11, item 9)
        Path home = Path.of(System.getProperty("user.home"));
        assertEquals(Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents") : home,
                first.sessions().folder());
        Path file = Files.createDirectories(dir.resolve("studies")).resolve("study.genrescope");
        first.colourByGenreProperty().set(true);
        first.select(new int[] {2, 3, 11});
        first.sessions().save(file);
        assertTrue(first.statusProperty().get().startsWith("Saved the session to " + file), first.statusProperty().get());
        assertEquals(file.getParent().toAbsolutePath(), first.sessions().folder(), "then where the last one was saved");

        // another window whose settings differ: opening the session brings its settings back
        SettingsStore other = Fixtures.quickAutoencoderStore();
        WorkbenchViewModel second = window(other, null);
        assertEquals(2, trainings.get());
        assertNotEquals(saved.config().k(), second.trainedProperty().get().config().k());
        second.sessions().open(file);
        AnalysisResult opened = second.trainedProperty().get();
        assertEquals(2, trainings.get(), "no training: the autoencoder is rebuilt from the session's weights");
        assertEquals(6, opened.config().k());
        assertTrue(second.colourByGenreProperty().get(), "coloured by genre, as saved");
        assertArrayEquals(new int[] {2, 3, 11}, second.selectionProperty().get(), "the saved selection");
        assertEquals(4, opened.config().latent());
        assertEquals(ResultSummary.of(saved), ResultSummary.of(opened), "every metric to the last digit");
        assertArrayEquals(saved.clustering().labels(), opened.clustering().labels());
        assertTrue(second.statusProperty().get().startsWith("Session study.genrescope opened, its numbers reproduced. "),
                second.statusProperty().get());
        assertNull(second.errorProperty().get());
    }

    @Test
    void changedDataIsSaidInOneSentence() throws Exception {
        Path data = copyOfSample(dir.resolve("copy/fma_sample_copy"));
        SettingsStore store = Fixtures.quickStore();
        WorkbenchViewModel first = window(store, data);
        Path file = dir.resolve("s.genrescope");
        first.sessions().save(file);
        Path echonest = data.resolve("echonest.csv");
        List<String> lines = Files.readAllLines(echonest);
        // one more line's worth of change: the last track's row repeated with its id changed would add a track; instead
        // drop the last track, so the data differs and still loads
        Files.write(echonest, lines.subList(0, lines.size() - 1));
        WorkbenchViewModel second = window(Fixtures.quickStore(), null);
        second.sessions().open(file);
        assertEquals("Session s.genrescope: the data changed since it was saved (its SHA-256 differs), so the results "
                + "were computed afresh and may differ from the saved ones.", firstSentence(second));
        assertEquals(first.trainedProperty().get().rows() - 1, second.trainedProperty().get().rows());
    }

    @Test
    void aFileThatIsNotASessionIsOneSentenceNamingItAndNothingChanges() throws Exception {
        WorkbenchViewModel vm = window(Fixtures.quickStore(), null);
        AnalysisResult before = vm.trainedProperty().get();
        Path file = Files.writeString(dir.resolve("broken.genrescope"), "{\"format\": \"genrescope-session\"");
        vm.sessions().open(file);
        String sentence = vm.errorProperty().get().sentence();
        assertTrue(sentence.startsWith("Could not open the session " + file + ": it is not valid JSON ("), sentence);
        assertTrue(!sentence.contains("Exception") && !sentence.contains("\n"), sentence);
        assertEquals(before, vm.trainedProperty().get(), "the result shown stays");
        assertEquals("Could not open the session broken.genrescope; nothing changed.", vm.statusProperty().get());
    }

    @Test
    void readSaysWhatIsWrongWithAFile() throws Exception {
        assertEquals("it does not exist", message(dir.resolve("none.genrescope")));
        assertEquals("it is a folder, not a session file", message(dir));
        assertTrue(message(Files.writeString(dir.resolve("a.json"), "{\"format\": \"other\"}"))
                .startsWith("it is not a Genrescope session"));
        // a valid session whose data has gone
        Path data = copyOfSample(dir.resolve("gone/data"));
        WorkbenchViewModel vm = window(Fixtures.quickStore(), data);
        Path file = dir.resolve("gone.genrescope");
        vm.sessions().save(file);
        try (var files = Files.list(data)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(data);
        assertEquals("its data, " + data.toAbsolutePath() + ", is not there any more (moved or deleted)", message(file));
    }

    @Test
    void nothingToSaveBeforeATraining() {
        SettingsStore store = Fixtures.quickStore();
        Pipeline pipeline = new Pipeline(2, counting);
        WorkbenchViewModel vm = new WorkbenchViewModel(new CallingThreadRunner(), store, new SettingsViewModel(),
                pipeline, 2);
        vm.sessions().save(dir.resolve("x.genrescope"));
        assertEquals("Nothing to save yet: train first.", vm.statusProperty().get());
        assertTrue(!Files.exists(dir.resolve("x.genrescope")));
    }

    private static String message(Path file) {
        return assertThrows(IOException.class, () -> SessionsViewModel.read(file)).getMessage();
    }

    private static String firstSentence(WorkbenchViewModel vm) {
        String status = vm.statusProperty().get();
        return status.substring(0, status.indexOf(". ") + 1);
    }

    private static Path copyOfSample(Path target) throws IOException {
        Files.createDirectories(target);
        try (var files = Files.list(Path.of("sample-data/fma_sample"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }
}
