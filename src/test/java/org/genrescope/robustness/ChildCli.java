package org.genrescope.robustness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.app.Main;

/**
 * Starts the command line in a JVM of its own (as {@code ColdStartTest} starts its scenarios), so a test can kill
 * it. The child gets this JVM's class path and JavaCPP cache folder (never the user's, ADR 0010); it is started
 * for a short run (client compiler only, serial GC), which changes its speed, not what it writes.
 */
final class ChildCli {
    private ChildCli() {
    }

    /** Starts {@code genrescope args...}; its stdout and stderr go to {@code log}. */
    static Process start(Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.awt.headless=true");
        String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (cache != null) {
            command.add("-Dorg.bytedeco.javacpp.cachedir=" + cache);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Kills the process and anything it started (SIGKILL: no shutdown hook runs) and waits for it to end. */
    static void kill(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        process.waitFor();
    }
}
