package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerClassArchiveTest {
    private static final String JAVA = WorkerCommand.javaExecutable().orElseThrow().toString();

    /** JDK 17 dumps an archive only for a class path of jar files, so the tests build theirs. */
    private static String fillerJar(Path dir) throws IOException {
        String name = ArchiveFiller.class.getName().replace('.', '/') + ".class";
        Path jar = dir.resolve("filler.jar");
        try (var in = ArchiveFiller.class.getClassLoader().getResourceAsStream(name);
             var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry(name));
            in.transferTo(out);
        }
        return jar.toString();
    }

    /** The test JVM's class path with its class folders packed into jars (the worker's classes among them). */
    private static String jarredClassPath(Path dir) throws IOException {
        List<String> entries = new ArrayList<>();
        int folders = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = dir.resolve("classes-" + folders++ + ".jar");
                try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                     Stream<Path> files = Files.walk(path)) {
                    for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                        out.putNextEntry(new java.util.jar.JarEntry(path.relativize(file).toString()
                                .replace(java.io.File.separatorChar, '/')));
                        Files.copy(file, out);
                    }
                }
                entries.add(jar.toString());
            } else if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** A JVM that loads a few hundred classes and exits, writing the archive the flags ask for. */
    private static void runJvm(List<String> flags, String classPath) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(flags);
        command.addAll(List.of("-cp", classPath, ArchiveFiller.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), "JVM with " + flags + ": " + output);
    }

    private static List<Path> partials(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".partial")).toList();
        }
    }

    private static void settle(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void theKeyFollowsTheClassPathsFilesAndTheirTimes(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "x");
        String before = WorkerClassArchive.keyOf(JAVA, jar.toString());
        assertEquals(before, WorkerClassArchive.keyOf(JAVA, jar.toString()));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        assertNotEquals(before, WorkerClassArchive.keyOf(JAVA, jar.toString()));
        assertNotEquals(before, WorkerClassArchive.keyOf("/other/java", jar.toString()));
    }

    @Test
    void theFirstWorkerWritesAPartialArchiveALaterOneChecksItAndMapsIt(@TempDir Path dir) throws Exception {
        String classPath = fillerJar(dir);
        WorkerClassArchive archive = new WorkerClassArchive(dir, JAVA, classPath);
        List<String> first = archive.flagsForNextWorker();
        assertTrue(first.stream().anyMatch(f -> f.startsWith("-XX:ArchiveClassesAtExit=")), first.toString());
        assertTrue(first.contains("-Xlog:all=warning:stderr"), "the JVM's log must stay off the protocol's stdout");
        runJvm(first, classPath);
        List<Path> written = partials(dir);
        assertFalse(written.isEmpty(), "no archive was written");
        assertEquals(1, written.size());
        // Just written: it may still be being written, so neither adopted nor a second one made.
        List<String> meanwhile = archive.flagsForNextWorker();
        assertFalse(meanwhile.stream().anyMatch(f -> f.startsWith("-XX:")), meanwhile.toString());

        settle(written.get(0));
        List<String> later = archive.flagsForNextWorker();
        assertTrue(later.contains(WorkerClassArchive.MAP_FLAG + archive.archive()), later.toString());
        assertTrue(Files.isRegularFile(archive.archive()));
        assertTrue(partials(dir).isEmpty());
        runJvm(later, classPath);    // a JVM maps it and runs

        archive.distrust();
        assertFalse(Files.exists(archive.archive()));
    }

    @Test
    void aTruncatedArchiveIsNeverMapped(@TempDir Path dir) throws Exception {
        String classPath = fillerJar(dir);
        WorkerClassArchive archive = new WorkerClassArchive(dir, JAVA, classPath);
        runJvm(archive.flagsForNextWorker(), classPath);
        Path partial = partials(dir).get(0);
        assertTrue(archive.mapsAndChecks(partial), "the whole archive passes the check");
        byte[] whole = Files.readAllBytes(partial);
        Files.write(partial, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertFalse(archive.mapsAndChecks(partial), "JDK 17 maps a truncated archive and dies with SIGBUS");
        settle(partial);
        List<String> flags = archive.flagsForNextWorker();
        assertFalse(flags.stream().anyMatch(f -> f.startsWith(WorkerClassArchive.MAP_FLAG)), flags.toString());
        assertFalse(Files.exists(archive.archive()));
        assertFalse(Files.exists(partial), "the damaged partial archive is deleted");
    }

    @Test
    void workersWithTheArchiveTrainBitForBitAsWithout(@TempDir Path dir) throws Exception {
        double[] x = SyntheticData.threeFactors(7, 600, 0.01);
        AutoencoderConfig config = new AutoencoderConfig(3, List.of(), Activation.TANH, Activation.IDENTITY, 3, 64,
                0.01, 0, 0, 5);
        String classPath = jarredClassPath(dir);
        List<String> command = new ArrayList<>(WorkerCommand.forThisJvm(List.of()).orElseThrow());
        command.set(command.indexOf("-cp") + 1, classPath);
        Path archives = Files.createDirectory(dir.resolve("archives"));
        String before = System.getProperty(WorkerClassArchive.FOLDER_PROPERTY);
        System.setProperty(WorkerClassArchive.FOLDER_PROPERTY, archives.toString());
        try {
            TrainedAutoencoder making;
            try (IsolatedAutoencoderTrainer trainer = new IsolatedAutoencoderTrainer(Optional.of(command), 0, 0)) {
                making = trainer.train(x, 600, 8, config, ProgressListener.NONE, EpochListener.NONE,
                        CancellationToken.NEVER);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partials(archives).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);    // the closed worker writes its archive as it exits
            }
            assertEquals(1, partials(archives).size(), "the first worker wrote an archive at exit");
            Thread.sleep(1000);
            settle(partials(archives).get(0));
            TrainedAutoencoder mapping;
            try (IsolatedAutoencoderTrainer trainer = new IsolatedAutoencoderTrainer(Optional.of(command), 0, 0)) {
                mapping = trainer.train(x, 600, 8, config, ProgressListener.NONE, EpochListener.NONE,
                        CancellationToken.NEVER);
                assertEquals(null, trainer.inProcessReason(), "trained in a worker");
            }
            assertTrue(Files.isRegularFile(archives.resolve(WorkerClassArchive.keyOf(command.get(0), classPath) + ".jsa")),
                    "the second trainer's worker adopted the archive");
            assertArrayEquals(making.encode(x, 600), mapping.encode(x, 600), 0);
            assertArrayEquals(making.lossPerEpoch(), mapping.lossPerEpoch(), 0);
        } finally {
            if (before == null) {
                System.clearProperty(WorkerClassArchive.FOLDER_PROPERTY);
            } else {
                System.setProperty(WorkerClassArchive.FOLDER_PROPERTY, before);
            }
        }
    }

    /** Loads some classes so that the archive has something in it. */
    static final class ArchiveFiller {
        public static void main(String[] args) {
            System.out.println(new java.util.TreeMap<>(java.util.Map.of("a", List.of(1.5))).toString()
                    + java.time.LocalDate.of(2026, 11, 29));
        }
    }
}
