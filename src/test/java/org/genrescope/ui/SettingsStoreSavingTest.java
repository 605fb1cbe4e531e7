package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's preferences reach their file without a close (so a killed window reopens on its last data and
 * settings), a burst of changes is written once, and a write cut short never replaces the last good file. No toolkit:
 * the settings' properties are plain JavaFX beans.
 */
class SettingsStoreSavingTest {
    private static final Duration SHORT = Duration.ofMillis(50);
    /** Long enough for a background write on a busy machine; the tests wait only until the file shows the change. */
    private static final long PATIENCE_MS = 20_000;

    @Test
    void theLastDataIsWrittenWithoutAClose(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workbench.properties");
        SettingsStore store = SettingsStore.file(file, SHORT, UnaryOperator.identity());
        Path data = dir.resolve("tracks.csv").toAbsolutePath();
        store.put(Preferences.LAST_DATA, data);
        // no flush, as when the window is killed: a new start reads the file as it is
        assertEquals(Optional.of(data), eventually(file, Preferences.LAST_DATA, Optional.of(data)));
    }

    @Test
    void aChangedSettingIsWrittenWithoutAClose(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workbench.properties");
        SettingsStore store = SettingsStore.file(file, SHORT, UnaryOperator.identity());
        SettingsViewModel settings = new SettingsViewModel();
        settings.restore(store);
        int epochs = settings.intProperty("autoencoder.epochs").get() + 7;
        settings.intProperty("autoencoder.epochs").set(epochs);
        settings.setKRange(3, 9);

        var epochsKey = Preferences.setting(org.genrescope.analysis.AnalysisConfig.SCHEMA.field("autoencoder.epochs"));
        assertEquals(Optional.of(new KRange(3, 9)), eventually(file, Preferences.K_RANGE, Optional.of(new KRange(3, 9))));
        assertEquals(Optional.of(String.valueOf(epochs)), eventually(file, epochsKey, Optional.of("" + epochs)));
        SettingsViewModel reopened = new SettingsViewModel();
        reopened.restore(SettingsStore.file(file));
        assertEquals(epochs, reopened.intProperty("autoencoder.epochs").get());
        assertEquals(new KRange(3, 9), reopened.kRangeProperty().get());
    }

    @Test
    void settingsChangedBeforeTheyAreRestoredAreNotWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workbench.properties");
        SettingsStore remembered = SettingsStore.file(file);
        remembered.put(Preferences.K_RANGE, new KRange(4, 12));
        remembered.flush();

        // a change before the restore (the window setting itself up) must not overwrite what was remembered
        SettingsStore store = SettingsStore.file(file, SHORT, UnaryOperator.identity());
        SettingsViewModel settings = new SettingsViewModel();
        settings.setKRange(2, 5);
        settings.restore(store);
        assertEquals(new KRange(4, 12), settings.kRangeProperty().get());
        Thread.sleep(10 * SHORT.toMillis());
        assertEquals(Optional.of(new KRange(4, 12)), SettingsStore.file(file).get(Preferences.K_RANGE));
    }

    @Test
    void aBurstOfChangesIsWrittenOnceItSettles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workbench.properties");
        AtomicInteger writes = new AtomicInteger();
        SettingsStore store = SettingsStore.file(file, Duration.ofMillis(300), out -> {
            writes.incrementAndGet();
            return out;
        });
        for (int x = 0; x < 100; x++) { // a window dragged across the screen
            store.put(Preferences.WINDOW_X, (double) x);
        }
        assertEquals(Optional.of(99.0), eventually(file, Preferences.WINDOW_X, Optional.of(99.0)));
        assertTrue(writes.get() < 100, "written on every change: " + writes.get() + " writes");
    }

    @Test
    void aWriteCutShortLeavesTheLastGoodFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workbench.properties");
        SettingsStore good = SettingsStore.file(file);
        Path data = dir.resolve("good.csv").toAbsolutePath();
        good.put(Preferences.LAST_DATA, data);
        good.flush();
        byte[] before = Files.readAllBytes(file);

        // the disk fails after 20 bytes of the new content, once in the background and once on the close's flush
        AtomicInteger attempts = new AtomicInteger();
        SettingsStore failing = SettingsStore.file(file, SHORT, out -> {
            attempts.incrementAndGet();
            return new CutShort(out, 20);
        });
        failing.put(Preferences.LAST_DATA, dir.resolve("other.csv").toAbsolutePath());
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (attempts.get() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, attempts.get(), "the background write was tried");
        failing.flush();
        assertEquals(2, attempts.get());

        assertEquals(new String(before, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(Optional.of(data), SettingsStore.file(file).get(Preferences.LAST_DATA));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void aTemporaryFileLeftByAKilledWriteIsNotRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workbench.properties");
        SettingsStore good = SettingsStore.file(file);
        good.put(Preferences.WINDOW_WIDTH, 1000.0);
        good.flush();
        // what a write killed before its rename leaves: a half-written temporary file in the same folder
        Files.writeString(dir.resolve(".workbench.properties.1234.tmp"), "window.wid");
        assertEquals(Optional.of(1000.0), SettingsStore.file(file).get(Preferences.WINDOW_WIDTH));
    }

    /** Reads {@code key} from a fresh store on {@code file} until it equals {@code want}, or the patience runs out. */
    private static <T> Optional<T> eventually(Path file, SettingsStore.Key<T> key, Optional<T> want) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        Optional<T> got = Optional.empty();
        while (System.currentTimeMillis() < deadline) {
            got = Files.exists(file) ? SettingsStore.file(file).get(key) : Optional.empty();
            if (got.equals(want)) {
                return got;
            }
            Thread.sleep(10);
        }
        return got;
    }

    /** A disk that fails part-way through a write, as a full disk or a killed process would leave it. */
    private static final class CutShort extends FilterOutputStream {
        private int left;

        CutShort(OutputStream out, int bytes) {
            super(out);
            this.left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("no space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}
