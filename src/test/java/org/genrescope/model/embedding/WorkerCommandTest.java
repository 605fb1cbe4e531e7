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
}
