package org.genrescope.model.embedding;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training worker's class-data-sharing archive (JDK 17 dynamic AppCDS): the first worker for a given java and
 * class path writes one at exit ({@code -XX:ArchiveClassesAtExit}), later workers map it
 * ({@code -XX:SharedArchiveFile}) and skip loading and verifying the 1,250 classes of DL4J, ND4J and JavaCPP that
 * a worker otherwise reads from the jar (issue 11: the worker starts on the critical path of every {@code cluster}
 * run and every window session). The launcher script does the same for the app's own JVM (ADR 0017), which a
 * {@code java -jar} run cannot have.
 *
 * <p>A dump is written by the exiting worker after its parent may be gone, so it is first kept under a private
 * name ({@code KEY.RANDOM.partial}); a later worker start adopts it only after a {@code java -version} with
 * {@code -Xshare:on -XX:+VerifySharedSpaces} mapped it and checked its CRC. That check matters: JDK 17 maps a
 * truncated archive and dies with SIGBUS (tried), and a worker that cannot start would cost every training three
 * attempts. A worker that dies before it is ready while using an archive makes {@link #distrust()} delete it.
 *
 * <p>Folder: {@value #FOLDER_PROPERTY} if set, else {@code $XDG_CACHE_HOME/genrescope/worker-cds}, else
 * {@code ~/.cache/genrescope/worker-cds} (not the launcher's {@code cds} folder, which it prunes). Off with
 * {@code -D}{@value #SWITCH_PROPERTY}{@code =false}.
 */
final class WorkerClassArchive {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerClassArchive.class);

    static final String FOLDER_PROPERTY = "genrescope.autoencoder.workerArchiveFolder";
    static final String SWITCH_PROPERTY = "genrescope.autoencoder.workerClassArchive";
    static final String MAP_FLAG = "-XX:SharedArchiveFile=";
    static final String MAKE_FLAG = "-XX:ArchiveClassesAtExit=";

    /** A partial file unchanged for this long is no longer being written (a dump takes about a second). */
    private static final Duration SETTLED = Duration.ofSeconds(10);
    /** A partial this old was abandoned (a worker killed while dumping, or a check that never ran). */
    private static final Duration ABANDONED = Duration.ofDays(1);

    private final Path folder;
    private final String key;
    private final String java;
    private final String classPath;

    WorkerClassArchive(Path folder, String java, String classPath) {
        this.folder = folder;
        this.java = java;
        this.classPath = classPath;
        this.key = keyOf(java, classPath);
    }

    /**
     * The archive for workers started with this java and class path, or empty when switched off, homeless, or when
     * the class path has a folder (JDK 17 refuses to dump an archive then: "Cannot have non-empty directory in
     * paths", and the worker would not start; so under {@code mvn javafx:run} and in the tests' own JVMs).
     */
    static Optional<WorkerClassArchive> forWorkers(String java, String classPath) {
        if (!Boolean.parseBoolean(System.getProperty(SWITCH_PROPERTY, "true")) || !onlyFiles(classPath)) {
            return Optional.empty();
        }
        return defaultFolder().map(folder -> new WorkerClassArchive(folder, java, classPath));
    }

    static boolean onlyFiles(String classPath) {
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty() || !new File(entry).isFile()) {
                return false;
            }
        }
        return true;
    }

    static Optional<Path> defaultFolder() {
        String configured = System.getProperty(FOLDER_PROPERTY, "");
        if (!configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "genrescope", "worker-cds"));
        }
        String home = System.getProperty("user.home", "");
        return home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "genrescope", "worker-cds"));
    }

    /**
     * A name for one java and class path: the JVM refuses an archive made with another class path or other jar
     * times, so each of those gets its own file (and an update of the app a new one).
     */
    static String keyOf(String java, String classPath) {
        CRC32 crc = new CRC32();
        StringBuilder identity = new StringBuilder(java).append('|').append(System.getProperty("java.vm.version"));
        for (String entry : classPath.split(File.pathSeparator)) {
            File file = new File(entry);
            identity.append('|').append(entry).append(':').append(file.length()).append(':')
                    .append(file.lastModified());
        }
        crc.update(identity.toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    Path archive() {
        return folder.resolve(key + ".jsa");
    }

    /**
     * The JVM flags for the next worker: map the archive if there is a checked one; else adopt a settled partial
     * one (checked here, about a fifth of a second, once) and map it; else write one at exit unless another
     * worker is writing one now. Also routes the JVM's own log to stderr (its default is stdout, the protocol's).
     */
    List<String> flagsForNextWorker() {
        List<String> flags = new ArrayList<>(List.of("-Xlog:disable", "-Xlog:all=warning:stderr"));
        try {
            Files.createDirectories(folder);
            if (Files.isRegularFile(archive())) {
                deleteSettledPartials();
            } else if (!adoptSettledPartial()) {
                if (!anyPartialBeingWritten()) {
                    Path partial = folder.resolve(key + "." + UUID.randomUUID() + ".partial");
                    // CDS warns once per class it cannot archive: noise in the worker's log, not news.
                    flags.addAll(List.of(MAKE_FLAG + partial, "-XX:+VerifySharedSpaces",
                            "-Xlog:cds=error:stderr", "-Xlog:cds+dynamic=error:stderr"));
                }
                return flags;
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("no class-data-sharing archive for the training worker: {}", e.toString());
            return flags;
        }
        flags.add(MAP_FLAG + archive());
        return flags;
    }

    /** Deletes the archive: a worker using it died before it was ready. */
    void distrust() {
        try {
            if (Files.deleteIfExists(archive())) {
                LOG.warn("the training worker's class-data-sharing archive {} was deleted: a worker using it "
                        + "died at start-up", archive());
            }
        } catch (IOException e) {
            LOG.debug("could not delete {}: {}", archive(), e.toString());
        }
    }

    private List<Path> partials() throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, key + ".*.partial")) {
            files.forEach(found::add);
        }
        return found;
    }

    /** Partial archives of workers that wrote one while another was adopted: no longer needed. */
    private void deleteSettledPartials() throws IOException {
        for (Path partial : partials()) {
            if (age(partial).compareTo(SETTLED) > 0) {
                Files.deleteIfExists(partial);
            }
        }
    }

    private boolean anyPartialBeingWritten() throws IOException {
        for (Path partial : partials()) {
            if (age(partial).compareTo(ABANDONED) < 0) {
                return true;
            }
        }
        return false;
    }

    private boolean adoptSettledPartial() throws IOException {
        for (Path partial : partials()) {
            Duration age = age(partial);
            if (age.compareTo(ABANDONED) > 0) {
                Files.deleteIfExists(partial);
            } else if (age.compareTo(SETTLED) > 0) {
                if (mapsAndChecks(partial)) {
                    Files.move(partial, archive(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    return true;
                }
                LOG.debug("the training worker's partial archive {} failed its check; deleted", partial);
                Files.deleteIfExists(partial);
            }
        }
        return false;
    }

    /** Whether a JVM maps the archive and finds its CRC right (a truncated or damaged file does not pass). */
    boolean mapsAndChecks(Path candidate) {
        try {
            Process check = new ProcessBuilder(java, "-Xshare:on", "-XX:+VerifySharedSpaces",
                    MAP_FLAG + candidate, "-Xlog:disable", "-XX:ErrorFile=/dev/null",
                    "-XX:-CreateCoredumpOnCrash", "-cp", classPath, "-version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!check.waitFor(30, TimeUnit.SECONDS)) {
                check.destroyForcibly();
                return false;
            }
            return check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration age(Path file) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        return Duration.between(modified.toInstant(), Instant.now());
    }
}
