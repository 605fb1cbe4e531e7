package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The JIT flags of the worker's kinds ({@link WorkerCommand#kindFlags}). */
class WorkerCommandTest {
    @Test
    void aWorkerThatTrainsAgainCompilesEarlyAndAOneTrainingWorkerStaysOnC1() {
        List<String> again = WorkerCommand.kindFlags(true, false, WorkerHeap.DEFAULT_BYTES);
        assertTrue(again.contains(WorkerCommand.EARLY_COMPILATION_FLAG), again::toString);
        assertFalse(again.contains(WorkerCommand.QUICK_START_FLAG), again::toString);
        List<String> once = WorkerCommand.kindFlags(true, true, WorkerHeap.DEFAULT_BYTES);
        assertTrue(once.contains(WorkerCommand.QUICK_START_FLAG), once::toString);
        assertFalse(once.contains(WorkerCommand.EARLY_COMPILATION_FLAG), once::toString);
    }

    /** A misspelt or removed -XX flag would make every worker's JVM refuse to start. */
    @Test
    void thisJvmAcceptsEveryKindsFlags() throws Exception {
        for (boolean quickStart : new boolean[] {false, true}) {
            List<String> command = new ArrayList<>();
            command.add(WorkerCommand.javaExecutable().orElseThrow().toString());
            command.addAll(WorkerCommand.kindFlags(true, quickStart, WorkerHeap.DEFAULT_BYTES));
            command.add("-version");
            Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(java.getInputStream().readAllBytes());
            assertTrue(java.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, java.exitValue(), command + " said: " + output);
        }
    }

    /** The worker unpacks JavaCPP's libraries into the folder this JVM checks, named or not on this JVM's command. */
    @Test
    void theWorkerUsesThisJvmsNativeLibraryFolder() {
        String before = System.getProperty(WorkerCommand.CACHE_DIR_PROPERTY);
        try {
            System.clearProperty(WorkerCommand.CACHE_DIR_PROPERTY);
            List<String> command = WorkerCommand.forThisJvm(List.of()).orElseThrow();
            String expected = "-D" + WorkerCommand.CACHE_DIR_PROPERTY + "="
                    + org.genrescope.model.natives.JavaCppCache.folder();
            assertEquals(List.of(expected), command.stream()
                    .filter(f -> f.startsWith("-D" + WorkerCommand.CACHE_DIR_PROPERTY)).toList(), command::toString);
        } finally {
            if (before != null) {
                System.setProperty(WorkerCommand.CACHE_DIR_PROPERTY, before);
            }
        }
        if (before != null) {
            List<String> command = WorkerCommand.forThisJvm(List.of()).orElseThrow();
            assertEquals(List.of("-D" + WorkerCommand.CACHE_DIR_PROPERTY + "=" + before), command.stream()
                    .filter(f -> f.startsWith("-D" + WorkerCommand.CACHE_DIR_PROPERTY)).toList(),
                    "a folder named on this JVM is passed on once");
        }
    }
}
