package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The arithmetic that sizes a training worker's heap from its job. */
class WorkerHeapTest {
    private static final long MB = 1 << 20;

    @Test
    void fmaAtFullSizeNeedsItsDataPlusDl4jsBase() {
        // 106,574 tracks x 518 statistics, 518 -> 128 -> 16 -> 128 -> 518, batch 256
        AutoencoderConfig config = new AutoencoderConfig(16, List.of(128), Activation.RELU, Activation.IDENTITY, 10,
                256, 0.001, 0, 0, 1);
        long data = 106_574L * 518 * 8;                                   // 441,642,656 bytes
        long indices = 106_574L * 16;
        long batches = 2L * 4 * 256 * 518;
        long parameters = 518 * 128 + 128 + 128 * 16 + 16 + 16 * 128 + 128 + 128 * 518 + 518;
        long expected = 192 * MB + data + indices + batches + 32 * parameters;
        assertEquals(expected, WorkerHeap.neededBytes(106_574, 518, config));
        // 3/2 of about 650 MB, in multiples of 64 MB: 1,024 MB
        assertEquals(1024 * MB, WorkerHeap.heapFor(expected));
    }

    @Test
    void theHeapIsThreeHalvesOfTheNeedAndNeverUnderTheDefault() {
        assertEquals(WorkerHeap.DEFAULT_BYTES, WorkerHeap.heapFor(10 * MB));
        assertEquals(1536 * MB, WorkerHeap.heapFor(1024 * MB));
        assertEquals(1600 * MB, WorkerHeap.heapFor(1024 * MB + 1));    // 1,536 MB and a byte, rounded up to 64 MB
        assertEquals("-Xmx1600m", WorkerHeap.flag(1600 * MB));
    }

    @Test
    void aUserHeapIsReadAsXmxIsWritten() {
        assertEquals(OptionalLong.of(3L << 30), WorkerHeap.parse("3g"));
        assertEquals(OptionalLong.of(2400 * MB), WorkerHeap.parse(" 2400M "));
        assertEquals(OptionalLong.of(64 * MB), WorkerHeap.parse("65536k"));
        assertEquals(OptionalLong.empty(), WorkerHeap.parse("1024k"), "under 64 MB");
        assertEquals(OptionalLong.empty(), WorkerHeap.parse("2 GB"));
        assertEquals(OptionalLong.empty(), WorkerHeap.parse("-1g"));
        assertEquals(OptionalLong.empty(), WorkerHeap.parse("99999999999t"), "overflows");
    }

    @Test
    void theSuggestionIsTwiceWhatRanOutOrThreeHalvesOfTheNeed() {
        assertEquals(2048 * MB, WorkerHeap.suggestion(1024 * MB, 700 * MB));
        assertEquals(3072 * MB, WorkerHeap.suggestion(1024 * MB, 2048 * MB));
    }
}
