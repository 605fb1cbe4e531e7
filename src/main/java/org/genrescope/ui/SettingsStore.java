package org.genrescope.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.genrescope.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the workbench remembers things between starts (window size, last folder, last data, settings), read
 * and written through typed {@link Key}s ({@link Preferences} lists them). Injected, so tests never touch the
 * real user's file.
 *
 * <p>A file store writes itself {@link #SAVE_DELAY} after the last change, on a thread of its own (never the FX
 * thread), so a window that is killed instead of closed still reopens on its last data and settings; a burst of
 * changes (a spinner held down, a window dragged) is written once. Every write replaces the file atomically
 * ({@link AtomicFiles}): a write cut short leaves the previous complete file.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    /** How long after the last change a file store writes itself. */
    static final Duration SAVE_DELAY = Duration.ofMillis(500);
    /** One daemon thread writes every store's file in turn: it never keeps the app alive. */
    private static final ScheduledThreadPoolExecutor WRITER = writer();

    /**
     * One remembered value: its name in the file and how it is written as text.
     *
     * @param name   the property's name, such as "window.x"
     * @param parse  reads the text; throws an IllegalArgumentException when it cannot
     * @param format writes the value
     * @param <T>    the value's type
     */
    public record Key<T>(String name, Function<String, T> parse, Function<T, String> format) {
        public static Key<String> text(String name) {
            return new Key<>(name, s -> s, s -> s);
        }

        public static Key<Integer> whole(String name) {
            return new Key<>(name, s -> Integer.valueOf(s.strip()), String::valueOf);
        }

        public static Key<Double> number(String name) {
            return new Key<>(name, s -> Double.valueOf(s.strip()), String::valueOf);
        }

        public static Key<Boolean> flag(String name) {
            return new Key<>(name, s -> {
                if (!s.strip().equalsIgnoreCase("true") && !s.strip().equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("not true or false: " + s);
                }
                return Boolean.valueOf(s.strip());
            }, String::valueOf);
        }

        public static Key<Path> path(String name) {
            return new Key<>(name, Path::of, Path::toString);
        }

        /** A list, one entry a line (entries may hold commas, such as file names). */
        public static Key<List<String>> lines(String name) {
            return new Key<>(name, s -> s.isEmpty() ? List.of()
                    : Arrays.stream(s.split("\n")).filter(line -> !line.isBlank()).toList(), l -> String.join("\n", l));
        }
    }

    private final Properties values = new Properties();
    private final Path file;
    private final Duration delay;
    /** The stream the file's content goes through on its way to the disk: a seam for tests that cut a write short. */
    private final UnaryOperator<OutputStream> disk;
    /** Counts changes, so a write knows whether its snapshot is newer than the file (guarded by this). */
    private long changes;
    private ScheduledFuture<?> pending;
    /** Serialises writes, so an older snapshot never replaces a newer one; guards {@link #written}. */
    private final Object writing = new Object();
    private long written = -1;

    private SettingsStore(Path file, Duration delay, UnaryOperator<OutputStream> disk) {
        this.file = file;
        this.delay = delay;
        this.disk = disk;
    }

    /** A store that forgets everything when the app ends, for tests. */
    public static SettingsStore inMemory() {
        return new SettingsStore(null, SAVE_DELAY, UnaryOperator.identity());
    }

    /**
     * A properties file, read now and rewritten (atomically) {@link #SAVE_DELAY} after each change and on
     * {@link #flush()}.
     */
    public static SettingsStore file(Path file) {
        return file(file, SAVE_DELAY, UnaryOperator.identity());
    }

    /**
     * As {@link #file(Path)}, written {@code delay} after the last change, its content passing through
     * {@code disk} (for tests).
     */
    static SettingsStore file(Path file, Duration delay, UnaryOperator<OutputStream> disk) {
        SettingsStore store = new SettingsStore(Objects.requireNonNull(file, "file"), delay, disk);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                store.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("could not read {}; starting afresh", file, e);
            }
        }
        return store;
    }

    /** The remembered value; empty when there is none or it cannot be read (which is logged and forgotten). */
    public <T> Optional<T> get(Key<T> key) {
        String text = values.getProperty(key.name());
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(key.parse().apply(text));
        } catch (RuntimeException e) {
            LOG.warn("ignoring remembered {}={}: {}", key.name(), text, e.getMessage());
            return Optional.empty();
        }
    }

    /** Remembers {@code value}; a file store writes it {@link #SAVE_DELAY} later (any thread may call this). */
    public <T> void put(Key<T> key, T value) {
        putText(key.name(), key.format().apply(value));
    }

    public void remove(Key<?> key) {
        if (values.remove(key.name()) != null) {
            changed();
        }
    }

    /** Sets a value by its name as text, as the file holds it: for tools that take name=value pairs. */
    void putText(String name, String text) {
        if (!text.equals(values.setProperty(name, text))) {
            changed();
        }
    }

    /** Schedules a write {@link #delay} from now, replacing one not yet started (the debounce). */
    private synchronized void changed() {
        changes++;
        if (file == null) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = WRITER.schedule(this::writeIfChanged, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Writes what was put now, on the calling thread (a store in memory keeps it), such as when the window
     * closes; a failure is logged, never thrown.
     */
    public void flush() {
        write(true);
    }

    private void writeIfChanged() {
        write(false);
    }

    private void write(boolean always) {
        if (file == null) {
            return;
        }
        synchronized (writing) {
            Properties snapshot;
            long version;
            synchronized (this) {
                version = changes;
                snapshot = new Properties();
                snapshot.putAll(values);
            }
            if (!always && version == written) {
                return; // a flush or an earlier write already saved this state
            }
            try {
                Files.createDirectories(file.getParent());
                AtomicFiles.write(file, out -> snapshot.store(disk.apply(out), "Genrescope workbench"));
                written = version;
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not save the workbench settings to {}", file, e);
            }
        }
    }

    private static ScheduledThreadPoolExecutor writer() {
        ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "settings-writer");
            thread.setDaemon(true);
            return thread;
        });
        writer.setRemoveOnCancelPolicy(true); // a debounced write leaves no cancelled task behind
        return writer;
    }
}
