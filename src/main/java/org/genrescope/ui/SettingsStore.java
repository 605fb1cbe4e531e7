package org.genrescope.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.genrescope.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the workbench remembers things between starts (window size, last folder, last data, settings), read
 * and written through typed {@link Key}s ({@link Preferences} lists them). Injected, so tests never touch the
 * real user's file.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

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

    private SettingsStore(Path file) {
        this.file = file;
    }

    /** A store that forgets everything when the app ends, for tests. */
    public static SettingsStore inMemory() {
        return new SettingsStore(null);
    }

    /** A properties file, read now and rewritten (atomically) on {@link #flush()}. */
    public static SettingsStore file(Path file) {
        SettingsStore store = new SettingsStore(file);
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

    public <T> void put(Key<T> key, T value) {
        values.setProperty(key.name(), key.format().apply(value));
    }

    public void remove(Key<?> key) {
        values.remove(key.name());
    }

    /** Sets a value by its name as text, as the file holds it: for tools that take name=value pairs. */
    void putText(String name, String text) {
        values.setProperty(name, text);
    }

    /** Writes what was put (a store in memory keeps it); a failure is logged, never thrown. */
    public void flush() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out -> values.store(out, "Genrescope workbench"));
        } catch (IOException e) {
            LOG.warn("could not save the workbench settings to {}", file, e);
        }
    }
}
