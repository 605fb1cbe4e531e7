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
     * The worker's JVM flags, whatever its kind and heap ({@link #kindFlags}): JavaCPP's per-allocation /proc read
     * off; VM messages (a crash banner) to stderr, never into the protocol on stdout; crash files to the temp
     * folder, not the user's working folder. The heap is each worker's own, sized from its training
     * ({@link WorkerHeap}).
     */
    static List<String> jvmFlags() {
        return List.of("-D" + NativeSetup.MAX_PHYSICAL_BYTES + "=0",
                "-XX:+DisplayVMOutputToStderr",
                "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "genrescope-training-hs_err_pid%p.log"),
                "-Djava.awt.headless=true");
    }

    /**
     * The flags of a worker of one kind, placed right after the java executable. A leaking worker runs without
     * JavaCPP's pointer GC, a quarter faster per step, and is replaced before its memory grows too far
     * ({@link WorkerMemoryBudget}); it uses the serial collector, the fastest here with nothing for a GC to free
     * natively (docs/benchmarks-autoencoder.md). The other kind keeps the pointer GC and G1 (no small young
     * generation, which made DL4J's native crash more frequent), for trainings too long for a leaking one.
     */
    static List<String> kindFlags(boolean leaking, boolean quickStart, long heapBytes) {
        List<String> flags = new ArrayList<>(leaking
                ? List.of("-XX:+UseSerialGC", "-D" + NO_POINTER_GC + "=true")
                : List.of("-XX:+UseG1GC"));
        flags.add(WorkerHeap.flag(heapBytes));
        flags.addAll(LEAN_INLINING_FLAGS);
        if (quickStart) {
            flags.add(QUICK_START_FLAG);
        } else {
            flags.add(EARLY_COMPILATION_FLAG);
        }
        return flags;
    }

    /**
     * C2 (the JIT's optimising tier) inlines less deeply and smaller methods in the worker. DL4J's per-step Java code
     * is deep object plumbing around native calls, not arithmetic: with the defaults (InlineSmallCode 2500,
     * FreqInlineSize 325, MaxInlineLevel 15) C2 spent 6-8 CPU s compiling it during a worker's first two trainings
     * (register allocation and loop optimisation of huge inlined graphs such as DL4J's updater, compiled three
     * times), which on two cores competes with the training itself, more so with another program busy. With these
     * it spends a third of that, a worker's first training takes up to 40 % less CPU and the later ones 7-12 % more
     * (docs/benchmarks.md, issue 11, session 7): a worker is replaced every eight or so trainings
     * ({@link WorkerMemoryBudget}) and pays the JIT again each time. Later flags win: {@value #EXTRA_FLAGS_PROPERTY}
     * with the defaults ({@code -XX:InlineSmallCode=2500 -XX:FreqInlineSize=325 -XX:MaxInlineLevel=15}) measures
     * without it.
     */
    static final List<String> LEAN_INLINING_FLAGS = List.of("-XX:InlineSmallCode=500", "-XX:FreqInlineSize=50",
            "-XX:MaxInlineLevel=4");

    /**
     * The JIT compiles a method after a quarter of the calls and loop turns it waits for by default (tier 4: 1,250
     * calls instead of 5,000), in a worker that trains more than once. DL4J's per-step methods ({@code
     * MultiLayerNetwork.fit}, {@code calcBackpropGradients}, the updater) run once a step: with the defaults the
     * warm-up's 2,000 steps left them to C2 during the first real training (147 methods compiled there), which
     * with a core busy shares the training's core. Scaled, they are compiled within the warm-up, which itself
     * takes less CPU (less of it interpreted); the first training's C2 time fell from 0.6-0.8 to 0.5-0.6 CPU s,
     * its own thread's from 2.4-3.4 to 2.1-2.2, and a later training has nothing left to compile
     * (docs/benchmarks.md, issue 11, session 8). {@value #EXTRA_FLAGS_PROPERTY}{@code =-XX:CompileThresholdScaling=1}
     * measures without it.
     */
    static final String EARLY_COMPILATION_FLAG = "-XX:CompileThresholdScaling=0.25";

    /**
     * The JIT's first tier only, for a worker that trains once (the {@code cluster} command): tiered compilation
     * spends about 4 s of CPU compiling DL4J's code with C2, which pays off over several trainings (a later one
     * 1.8 s against 2.45 s) but not over one, where on two cores it took 0.8 s off the whole command
     * (docs/benchmarks.md).
     */
    static final String QUICK_START_FLAG = "-XX:TieredStopAtLevel=1";

    /**
     * More JVM flags for every worker, space-separated: for measuring a lever without a rebuild
     * (docs/benchmarks-autoencoder.md), not for users.
     */
    static final String EXTRA_FLAGS_PROPERTY = "genrescope.autoencoder.workerJvmFlags";

    /** JavaCPP's switch for its pointer GC, read once when its {@code Pointer} class loads. */
    static final String NO_POINTER_GC = "org.bytedeco.javacpp.nopointergc";

    /** As below, with no more flags. */
    static List<String> ofKind(List<String> command, boolean leaking, boolean quickStart, long heapBytes) {
        return ofKind(command, leaking, quickStart, heapBytes, List.of());
    }

    /**
     * {@code command} (java executable first) with the flags of a worker of the given kind and heap after the
     * executable (so that a test's own -Xmx among the command's flags, later, wins), then {@code more} (a class
     * archive's).
     */
    static List<String> ofKind(List<String> command, boolean leaking, boolean quickStart, long heapBytes,
                               List<String> more) {
        List<String> out = new ArrayList<>(command.size() + 4 + more.size());
        out.add(command.get(0));
        out.addAll(kindFlags(leaking, quickStart, heapBytes));
        out.addAll(more);
        out.addAll(command.subList(1, command.size()));
        return out;
    }

    /** The class-data-sharing archive for workers started by {@code command} (java first, then ... -cp PATH ...). */
    static Optional<WorkerClassArchive> classArchiveFor(List<String> command) {
        int cp = command.indexOf("-cp");
        if (cp < 0 || cp + 1 >= command.size()) {
            return Optional.empty();
        }
        return WorkerClassArchive.forWorkers(command.get(0), command.get(cp + 1));
    }

    /**
     * System properties of this JVM that the worker should see too: tuning switches, log level, and JavaCPP's
     * (above all {@code org.bytedeco.javacpp.cachedir}: a test run's private cache must be the worker's too).
     */
    private static final List<String> PASSED_ON_PREFIXES = List.of("genrescope.autoencoder.", "genrescope.log.",
            "logback.", "org.bytedeco.");

    /** JavaCPP's cache folder property. */
    static final String CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";

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
            if (PASSED_ON_PREFIXES.stream().anyMatch(name::startsWith) && !name.equals(NO_POINTER_GC)
                    && !name.equals(EXTRA_FLAGS_PROPERTY)) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        if (System.getProperty(CACHE_DIR_PROPERTY) == null) {
            // the worker unpacks the native libraries where this JVM looks for them ("Preparing native libraries,
            // once on this machine"): with -Duser.home given to this JVM only, the worker unpacked them under the
            // real home, and the window said it was preparing them at every training, naming a folder that stayed
            // empty (new user, session 30)
            command.add("-D" + CACHE_DIR_PROPERTY + "=" + org.genrescope.model.natives.JavaCppCache.folder());
        }
        command.addAll(extraFlags);
        String measured = System.getProperty(EXTRA_FLAGS_PROPERTY, "").strip();
        if (!measured.isEmpty()) {
            command.addAll(List.of(measured.split("\\s+")));
        }
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
