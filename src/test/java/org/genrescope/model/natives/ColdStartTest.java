package org.genrescope.model.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's regression test: on a machine whose JavaCPP cache is empty, a first use of native code cancelled
 * while its libraries load leaves them usable. Each scenario runs in a fresh JVM with a fresh, empty cache folder
 * (whatever the other tests of this run have loaded), as on a new machine.
 */
class ColdStartTest {
    private static final long SCENARIO_TIMEOUT_SECONDS = 300;

    @Test
    void aTrainingCancelledDuringTheWorkersFirstStartIsFollowedByATrainingThatSucceeds(@TempDir Path dir)
            throws Exception {
        runScenario("training", dir);
    }

    private static void runScenario(String name, Path dir) throws IOException, InterruptedException {
        Path cache = dir.resolve("javacpp-cache");
        Path output = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-Dorg.bytedeco.javacpp.maxPhysicalBytes=0");
        command.add("-Dorg.bytedeco.javacpp.cachedir=" + cache);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ColdStartScenario.class.getName());
        command.add(name);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = process.waitFor(SCENARIO_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(ended, "the " + name + " scenario did not end within " + SCENARIO_TIMEOUT_SECONDS + " s:\n" + log);
        assertEquals(0, process.exitValue(), "the " + name + " scenario failed:\n" + log);
        assertTrue(log.contains("SCENARIO PASSED"), log);
    }
}
