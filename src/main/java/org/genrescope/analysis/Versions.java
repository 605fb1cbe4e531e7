package org.genrescope.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The versions of the app, the JVM and the libraries that produced a result, for provenance. */
public final class Versions {
    private Versions() { }

    /** App version, Java version and each library's version, in a stable order. */
    public static Map<String, String> all() {
        Properties built = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/org/genrescope/versions.properties")) {
            if (in != null) {
                built.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("app", built.getProperty("app", "unknown"));
        out.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        for (String library : new String[] {"smile", "tablesaw", "dl4j", "javafx", "controlsfx", "jackson", "picocli"}) {
            out.put(library, built.getProperty(library, "unknown"));
        }
        return out;
    }

    public static String app() {
        return all().get("app");
    }
}
