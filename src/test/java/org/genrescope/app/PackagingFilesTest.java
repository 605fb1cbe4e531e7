package org.genrescope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * packaging/build.sh, the desktop entry, the file association and the runtime's module list agree with each other
 * and with the app. Building the image and installing the .deb are checked by .ci/run.
 */
class PackagingFilesTest {
    private static final Path DIR = Path.of("packaging");

    private static String buildScript() throws IOException {
        return Files.readString(DIR.resolve("build.sh"));
    }

    /** The value of a {@code name=value} line of build.sh. */
    private static String variable(String name) throws IOException {
        Matcher m = Pattern.compile("(?m)^" + name + "=(\\S+)$").matcher(buildScript());
        assertTrue(m.find(), "build.sh sets no " + name);
        return m.group(1);
    }

    private static Map<String, String> desktopEntry(Path file) throws IOException {
        Map<String, String> entry = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        assertEquals("[Desktop Entry]", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                entry.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return entry;
    }

    @Test
    void theDesktopEntryIsTheOneJpackageUsesAndOpensOneFile() throws IOException {
        // jpackage takes <launcher name>.desktop from the resource folder; any other name is silently ignored.
        String name = variable("name");
        assertTrue(buildScript().contains("--resource-dir \"$here/linux\""), "build.sh does not pass packaging/linux");
        Map<String, String> entry = desktopEntry(DIR.resolve("linux").resolve(name + ".desktop"));
        assertEquals("Genrescope", entry.get("Name"));
        assertEquals("Application", entry.get("Type"));
        assertFalse(entry.getOrDefault("Comment", "").isBlank());
        // %f: one file per start, as Main opens exactly one path in the window (a CSV from the file manager).
        assertEquals("APPLICATION_LAUNCHER %f", entry.get("Exec"));
        // The icon theme's name: the .deb's postinst installs every size of assets/icons under it.
        assertEquals("genrescope", entry.get("Icon"));
        assertTrue(Files.readString(DIR.resolve("linux/postinst")).contains("/apps/genrescope.png"));
        // Categories: a list ending with ';' that holds one of the specification's main categories.
        String categories = entry.get("Categories");
        assertTrue(categories.endsWith(";") && List.of(categories.split(";")).contains("Science"), categories);
        // The association's type, as the file association gives it to jpackage (which would write it without the
        // ';' the specification asks for).
        assertEquals("text/csv;", entry.get("MimeType"));
    }

    @Test
    void csvFilesAreAssociated() throws IOException {
        assertTrue(buildScript().contains("--file-associations \"$here/linux/csv.properties\""));
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve("linux/csv.properties"))) {
            p.load(r);
        }
        assertEquals("text/csv", p.getProperty("mime-type"));
        assertEquals("csv", p.getProperty("extension"));
    }

    @Test
    void theScriptUsesFilesThatExistAndKeepsBinJava() throws IOException {
        String script = buildScript();
        Matcher icons = Pattern.compile("--icon (\\S+)").matcher(script);
        int count = 0;
        while (icons.find()) {
            assertTrue(Files.isRegularFile(Path.of(icons.group(1))), icons.group(1));
            count++;
        }
        assertEquals(2, count, "the app image and the .deb each take the icon");
        assertTrue(script.contains("\"$here/genrescope-launcher.sh\" \"$image/bin/$name\""),
                "build.sh does not install the launcher script");
        assertTrue(Files.isExecutable(DIR.resolve("genrescope-launcher.sh")));
        // The training worker needs the runtime's bin/java (ADR 0006): never strip the native commands.
        assertFalse(script.contains("--strip-native-commands"));
        for (String option : List.of("--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
                "--generate-cds-archive")) {
            assertTrue(script.contains(option), option);
        }
    }

    @Test
    void theRuntimesModulesExistAndIncludeWhatTheAppNeeds() throws IOException {
        List<String> modules = Files.readAllLines(DIR.resolve("jlink-modules.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        for (String module : modules) {
            assertTrue(ModuleFinder.ofSystem().find(module).isPresent(), module + " is not a JDK 17 module");
        }
        // java.desktop: the plots' Java2D; java.management: ND4J; jdk.unsupported: JavaFX and ND4J's Unsafe.
        assertTrue(modules.containsAll(List.of("java.base", "java.desktop", "java.management", "jdk.unsupported",
                "java.sql", "java.naming")), modules.toString());
    }
}
