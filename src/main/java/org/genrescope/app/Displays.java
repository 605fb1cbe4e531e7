package org.genrescope.app;

import java.util.Locale;

/** Whether a window can be opened here. */
final class Displays {
    private Displays() { }

    static boolean available() {
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            return true; // headless JavaFX for tests
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
