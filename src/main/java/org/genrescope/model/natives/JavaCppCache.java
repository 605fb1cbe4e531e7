package org.genrescope.model.natives;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;

import org.bytedeco.javacpp.Loader;

/**
 * JavaCPP's cache of extracted native libraries: where it is, and whether a library has been extracted there
 * already. A library in a jar is extracted on first load to {@code <cache>/<jar file name>/<entry path>} and counts as
 * extracted when that file has the entry's size and time, the rule JavaCPP 1.5.10's {@code Loader.cacheResource}
 * applies before it extracts again (so a file cut short by a killed process counts as missing, as it does there).
 */
public final class JavaCppCache {
    private JavaCppCache() {
    }

    /**
     * The cache folder this JVM uses: {@code -Dorg.bytedeco.javacpp.cachedir}, else {@code ~/.javacpp/cache}
     * (JavaCPP's own choice, which creates it).
     */
    public static Path folder() {
        try {
            return Loader.getCacheDir().toPath();
        } catch (IOException e) {
            String configured = System.getProperty("org.bytedeco.javacpp.cachedir");
            return configured != null ? Path.of(configured)
                    : Path.of(System.getProperty("user.home"), ".javacpp", "cache");
        }
    }

    /**
     * Whether the resource (a native library on the class path) is already extracted in {@code cacheFolder}.
     * A resource that is not in a jar (a class folder during development) counts as extracted: there is nothing
     * large to unpack.
     *
     * @param resource a class-path URL, as {@link Class#getResource(String)} returns it; null counts as extracted
     *                 (this platform has no such library, and the load will say so itself)
     */
    static boolean holds(Path cacheFolder, URL resource) {
        if (resource == null) {
            return true;
        }
        try {
            URLConnection connection = resource.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return true;
            }
            connection.setUseCaches(false);
            JarEntry entry = jar.getJarEntry();
            String jarName = new File(jar.getJarFileURL().getPath()).getName();
            Path extracted = cacheFolder.resolve(jarName).resolve(entry.getName());
            return Files.isRegularFile(extracted)
                    && Files.size(extracted) == entry.getSize()
                    && Files.getLastModifiedTime(extracted).toMillis() == entry.getTime();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The class-path resource name of a JNI library of a JavaCPP preset on this platform, such as
     * {@code org/bytedeco/openblas/linux-x86_64/libjniopenblas.so}.
     *
     * @param packagePath the preset's resource folder without the platform, e.g. {@code org/bytedeco/openblas}
     * @param library     the library's name without prefix and suffix, e.g. {@code jniopenblas}
     */
    public static String jniResource(String packagePath, String library) {
        return packagePath + "/" + Loader.getPlatform() + "/" + System.mapLibraryName(library);
    }
}
