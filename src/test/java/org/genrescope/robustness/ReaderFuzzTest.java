package org.genrescope.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short, seeded fuzzing of the CSV and FMA readers inside {@code mvn verify} ({@link ReaderFuzzer}): only
 * DataLoadException may come out of DataLoader.load. A failure names its seed; its input is in
 * {@code target/fuzz-failures/seed-N} and {@code ReaderFuzzer --replay N} runs it again.
 */
class ReaderFuzzTest {
    private static final long INPUTS = 4_000;
    /** A cap for slow machines: the inputs run until either runs out. */
    private static final long BUDGET_MILLIS = 20_000;

    @Test
    void onlyTypedErrorsComeOutOfTheReaders(@TempDir Path work) throws Exception {
        ReaderFuzzer fuzzer = new ReaderFuzzer(RobustnessCorpusTest.ROOT, Path.of("target", "fuzz-failures"));
        ReaderFuzzer.Stats stats = fuzzer.run(20261129L, INPUTS, BUDGET_MILLIS, 2, work);
        System.out.print("reader fuzzing: " + stats.summary().lines().findFirst().orElse("") + "\n");
        assertTrue(stats.failures.isEmpty(), stats.summary());
        assertTrue(stats.inputs.get() >= 1_000, "at least 1,000 inputs ran: " + stats.summary());
        assertTrue(stats.loaded.get() > 0 && stats.refused.get() > 0, "mutants both load and are refused: "
                + stats.summary());
    }

    @Test
    void theMutatorIsDeterministicAndChangesItsInput() {
        byte[] input = "track_id,tempo,genre\n1,120.5,Rock\n2,99,Pop\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] a = ReaderFuzzer.mutate(input, new Random(7), input);
        byte[] b = ReaderFuzzer.mutate(input, new Random(7), input);
        assertEquals(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        int changed = 0;
        for (int s = 0; s < 50; s++) {
            byte[] m = ReaderFuzzer.mutate(input, new Random(s), input);
            changed += java.util.Arrays.equals(m, input) ? 0 : 1;
        }
        assertNotEquals(0, changed);
        assertTrue(changed > 40, changed + " of 50 mutants differ from their input");
    }
}
