package org.genrescope.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.genrescope.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the workbench remembers things between starts (window size, last folder, last data, settings).
 * Injected, so tests never touch the real user's file.
 */
public interface SettingsStore {
    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    /** Writes what was put; a failure is logged, never thrown (remembering is a convenience). */
    void flush();

    /** A store that forgets everything when the app ends, for tests. */
    static SettingsStore inMemory() {
        return new SettingsStore() {
            private final Map<String, String> values = new HashMap<>();

            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }

            @Override
            public void remove(String key) {
                values.remove(key);
            }

            @Override
            public void flush() { }
        };
    }

    /** A properties file, read now and rewritten (atomically) on {@link #flush()}. */
    static SettingsStore file(Path file) {
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LoggerFactory.getLogger(SettingsStore.class).warn("could not read {}; starting afresh", file, e);
            }
        }
        return new SettingsStore() {
            private final Logger log = LoggerFactory.getLogger(SettingsStore.class);

            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(props.getProperty(key));
            }

            @Override
            public void put(String key, String value) {
                props.setProperty(key, value);
            }

            @Override
            public void remove(String key) {
                props.remove(key);
            }

            @Override
            public void flush() {
                try {
                    Files.createDirectories(file.getParent());
                    AtomicFiles.write(file, out -> props.store(out, "Genrescope workbench"));
                } catch (IOException e) {
                    log.warn("could not save the workbench settings to {}", file, e);
                }
            }
        };
    }
}
