package org.genrescope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps a command's start cheap on two cores (docs/benchmarks.md, issue 11) must not silently come undone: the
 * app's classes concatenate strings without invokedynamic (the pom's {@code -XDstringConcat=inline}), so the JVM
 * does not spin method-handle classes for them.
 */
class StartupCostTest {

    @Test
    void noAppClassConcatenatesStringsThroughInvokedynamic() throws IOException, URISyntaxException {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "run from target/classes: " + classes);
        List<Path> offending;
        long checked;
        try (Stream<Path> files = Files.walk(classes)) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".class")).toList();
            checked = all.size();
            offending = all.stream().filter(StartupCostTest::usesIndyConcat).toList();
        }
        assertTrue(checked > 300, "the app's classes were found: " + checked);
        assertTrue(offending.isEmpty(), offending.size() + " classes use invokedynamic string concatenation (is the pom's "
                + "-XDstringConcat=inline gone, or the classes stale?), such as " + offending.subList(0, Math.min(3, offending.size())));
    }

    @Test
    void theCheckSeesAnIndyConcatenationWhereThereIsOne(@TempDir Path folder) throws IOException {
        // javac's default: the check must see it, or the test above proves nothing.
        Path source = Files.writeString(folder.resolve("Concatenating.java"),
                "class Concatenating { static String join(String a, int b) { return a + b; } }");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "--release", "17", "-d", folder.toString(), source.toString()));
        assertTrue(usesIndyConcat(folder.resolve("Concatenating.class")));
    }

    private static boolean usesIndyConcat(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
                    .contains("makeConcatWithConstants");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
