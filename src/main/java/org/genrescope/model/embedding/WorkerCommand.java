package org.genrescope.model.embedding;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The command line that starts a {@link TrainingWorker} with this JVM's java and class path. */
final class WorkerCommand {
    /**
     * The worker's JVM flags. 1 GB of heap is ample (the data is 1 MB; ND4J's memory is native); G1 and no small
     * young generation, which made DL4J's crash more frequent; JavaCPP's per-allocation /proc read off; VM messages
     * (a crash banner) to stderr, never into the protocol on stdout; crash files to the temp folder, not the
     * user's working folder.
     */
    static List<String> jvmFlags() {
        return List.of("-Xmx1g", "-XX:+UseG1GC", "-D" + NativeSetup.MAX_PHYSICAL_BYTES + "=0",
                "-XX:+DisplayVMOutputToStderr",
                "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "genrescope-training-hs_err_pid%p.log"),
                "-Djava.awt.headless=true");
    }

    /**
     * System properties of this JVM that the worker should see too: tuning switches, log level, and JavaCPP's
     * (above all {@code org.bytedeco.javacpp.cachedir}: a test run's private cache must be the worker's too).
     */
    private static final List<String> PASSED_ON_PREFIXES = List.of("genrescope.autoencoder.", "genrescope.log.",
            "logback.", "org.bytedeco.");

    private WorkerCommand() {
    }

    /**
     * The command for this JVM, or empty when there is no java executable to run (a runtime image without one)
     * or no class path.
     *
     * @param extraFlags more JVM flags, placed after the defaults (tests use it)
     */
    static Optional<List<String>> forThisJvm(List<String> extraFlags) {
        Optional<Path> java = javaExecutable();
        String classPath = System.getProperty("java.class.path", "");
        if (java.isEmpty() || classPath.isBlank()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get().toString());
        command.addAll(jvmFlags());
        for (String name : System.getProperties().stringPropertyNames()) {
            if (PASSED_ON_PREFIXES.stream().anyMatch(name::startsWith)) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        command.addAll(extraFlags);
        command.add("-cp");
        command.add(classPath);
        command.add(TrainingWorker.class.getName());
        return Optional.of(command);
    }

    /**
     * This process's executable if it is a java launcher (not, say, a jpackage app launcher), else
     * {@code java.home/bin/java} if that exists.
     */
    static Optional<Path> javaExecutable() {
        Optional<Path> current = ProcessHandle.current().info().command().map(Path::of)
                .filter(p -> p.getFileName() != null && p.getFileName().toString().matches("java(\\.exe)?"))
                .filter(Files::isExecutable);
        if (current.isPresent()) {
            return current;
        }
        String name = File.separatorChar == '\\' ? "java.exe" : "java";
        return Optional.of(Path.of(System.getProperty("java.home"), "bin", name)).filter(Files::isExecutable);
    }
}
