package org.genrescope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Only a failure to open the window may say so; a failure after it opened says what it is. */
class MainTest {
    private static final Path LOG = Path.of("/tmp/genrescope-test/genrescope.log");

    private record Outcome(int code, String err) { }

    private static Outcome run(Runnable launch, boolean opened) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.runWorkbench(launch, () -> opened, LOG, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aToolkitThatCannotStartCannotOpenTheWindow() {
        Outcome o = run(() -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        }, false);
        assertEquals(1, o.code());
        assertTrue(o.err().startsWith("Genrescope could not open its window: Unable to open DISPLAY"), o.err());
        assertTrue(o.err().contains("GTK 3"), o.err());
    }

    @Test
    void aFailureAfterTheWindowOpenedIsNotCalledAFailureToOpenIt() {
        Outcome o = run(() -> {
            throw new IllegalStateException("Exception in Application stop method");
        }, true);
        assertEquals(1, o.code());
        assertFalse(o.err().contains("could not open its window"), o.err());
        assertFalse(o.err().contains("GTK"), o.err());
        assertTrue(o.err().contains("Genrescope stopped after an error: Exception in Application stop method"), o.err());
        assertTrue(o.err().contains(LOG.toString()), "names the log that holds the details: " + o.err());
    }

    @Test
    void aWindowThatClosesNormallyExitsWithZeroAndSaysNothing() {
        Outcome o = run(() -> { }, true);
        assertEquals(0, o.code());
        assertEquals("", o.err());
    }

    private static final java.util.Set<String> COMMANDS = Main.commands();

    @Test
    void theCommandsAreThoseOfTheCommandLine() {
        assertEquals(java.util.Set.of("cluster", "apply", "compare", "stability", "sweep", "generate-sample", "bench", "help"), COMMANDS);
    }

    @Test
    void noArgumentsOpensTheWindowOnTheLastData() {
        assertEquals(new Main.Launch(true, null), Main.launch(new String[0], COMMANDS));
    }

    @Test
    void onePathOpensTheWindowOnThatDataWhetherOrNotItExists() {
        assertEquals(new Main.Launch(true, "../shared/fma/fma_metadata"),
                Main.launch(new String[] {"../shared/fma/fma_metadata"}, COMMANDS));
        assertEquals(new Main.Launch(true, "/no/such/music data.csv"),
                Main.launch(new String[] {"/no/such/music data.csv"}, COMMANDS), "the window says what is wrong");
        assertEquals(new Main.Launch(true, "tracks.csv"), Main.launch(new String[] {"tracks.csv"}, COMMANDS));
    }

    @Test
    void aCommandOrAnOptionRunsHeadless() {
        for (String[] args : new String[][] {{"cluster"}, {"help"}, {"bench", "--help"}, {"--help"}, {"--version"},
            {"-h"}, {"data.csv", "more.csv"}, {"cluster", "--input", "x.csv"}, {" "}}) {
            assertEquals(new Main.Launch(false, null), Main.launch(args, COMMANDS), String.join(" ", args));
        }
    }

    @Test
    void theCommandsAreBuiltOnlyWhenOneArgumentLeavesTheChoiceOpen() {
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<java.util.Set<String>> counted = () -> {
            built.incrementAndGet();
            return COMMANDS;
        };
        assertEquals(new Main.Launch(false, null), Main.launch(new String[] {"cluster", "--input", "x.csv"}, counted));
        assertEquals(new Main.Launch(true, null), Main.launch(new String[0], counted));
        assertEquals(0, built.get(), "no picocli model built for these");
        assertEquals(new Main.Launch(false, null), Main.launch(new String[] {"cluster"}, counted));
        assertEquals(new Main.Launch(true, "x.csv"), Main.launch(new String[] {"x.csv"}, counted));
        assertEquals(2, built.get());
    }

    @Test
    void aPathTheFileSystemCannotNameIsAPathThatDoesNotExist() {
        Path p = WorkbenchLauncher.dataPath("music" + (char) 0 + ".csv");
        assertFalse(java.nio.file.Files.exists(p));
        assertEquals(Path.of("music.csv"), WorkbenchLauncher.dataPath("music.csv"));
    }
}
