package org.genrescope.model.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;

import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a library is extracted, by JavaCPP's rule: the entry's file in the jar's folder, same size and time. */
class JavaCppCacheTest {
    @Test
    void aLibraryCountsAsExtractedOnlyWithTheEntrysSizeAndTime(@TempDir Path cache) throws Exception {
        String name = JavaCppCache.jniResource("org/bytedeco/javacpp", "jnijavacpp");
        assertEquals("org/bytedeco/javacpp/" + Loader.getPlatform() + "/" + System.mapLibraryName("jnijavacpp"), name);
        URL resource = JavaCppCacheTest.class.getClassLoader().getResource(name);
        assertNotNull(resource, name + " is on the test class path");
        assertFalse(JavaCppCache.holds(cache, resource), "an empty cache holds nothing");

        JarURLConnection connection = (JarURLConnection) resource.openConnection();
        connection.setUseCaches(false);
        JarEntry entry = connection.getJarEntry();
        String jarName = Path.of(connection.getJarFileURL().toURI()).getFileName().toString();
        Path extracted = cache.resolve(jarName).resolve(entry.getName());
        Files.createDirectories(extracted.getParent());
        try (InputStream in = resource.openStream()) {
            Files.copy(in, extracted);
        }
        Files.setLastModifiedTime(extracted, FileTime.fromMillis(entry.getTime()));
        assertTrue(JavaCppCache.holds(cache, resource), "extracted as JavaCPP does it");

        // A process killed while extracting leaves a short file: JavaCPP extracts it again, and so it is missing.
        byte[] bytes = Files.readAllBytes(extracted);
        Files.write(extracted, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.setLastModifiedTime(extracted, FileTime.fromMillis(entry.getTime()));
        assertFalse(JavaCppCache.holds(cache, resource), "a file cut short counts as missing");
    }

    @Test
    void aResourceOutsideAJarOrAbsentNeedsNoExtraction(@TempDir Path cache) {
        URL classFolderResource = JavaCppCacheTest.class.getResource("JavaCppCacheTest.class");
        assertTrue(JavaCppCache.holds(cache, classFolderResource));
        assertTrue(JavaCppCache.holds(cache, null));
    }
}
