package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic that decides which training worker a training gets and when a worker is replaced. */
class WorkerMemoryBudgetTest {

    private static AutoencoderConfig config(int epochs, int batch, double validationSplit) {
        return new AutoencoderConfig(5, List.of(), Activation.RELU, Activation.RELU, epochs, batch, 0.001,
                validationSplit, 0, 1);
    }

    @Test
    void stepsAreEpochsTimesMinibatchesOfTheTrainingRows() {
        // the seed recipe: 12,584 rows in batches of 256 = 50 minibatches (the last of 40 rows), 100 epochs
        assertEquals(5_000, WorkerMemoryBudget.steps(config(100, 256, 0), 12_584));
        // a batch larger than the data is one minibatch per epoch
        assertEquals(10, WorkerMemoryBudget.steps(config(10, 2048, 0), 100));
        // validation rows are not trained on: 1,000 rows, 20 % held out, 800 left in batches of 256 = 4
        int held = config(1, 256, 0.2).validationRows(1_000);
        assertEquals(200, held);
        assertEquals(4 * 3, WorkerMemoryBudget.steps(config(3, 256, 0.2), 1_000));
    }

    @Test
    void aLeakingWorkerTakesTrainingsUpToItsLimitAndNoLonger() {
        long room = WorkerMemoryBudget.LIMIT_BYTES - WorkerMemoryBudget.STARTED_BYTES;
        long mostSteps = room / WorkerMemoryBudget.LEAK_PER_STEP_BYTES;
        assertTrue(WorkerMemoryBudget.suitsLeakingWorker(5_000), "the seed recipe");
        assertTrue(WorkerMemoryBudget.suitsLeakingWorker(mostSteps));
        assertFalse(WorkerMemoryBudget.suitsLeakingWorker(mostSteps + 1));
        // 1,100 MB of room at 64 KB a step: 17,600 steps
        assertEquals(17_600, mostSteps);
    }

    @Test
    void aWorkerIsSpentPastTheRetireBoundAndFullWhenTheNextTrainingWouldPassTheLimit() {
        long mb = 1L << 20;
        assertFalse(WorkerMemoryBudget.spent(999 * mb));
        assertTrue(WorkerMemoryBudget.spent(1000 * mb));
        // 1,000 MB + 5,000 steps x 64 KB = 1,312.5 MB: fits under 1,400 MB; 1,100 MB + the same does not
        assertTrue(WorkerMemoryBudget.fits(1000 * mb, 5_000));
        assertFalse(WorkerMemoryBudget.fits(1100 * mb, 5_000));
    }

    @Test
    void memoryIsMeasuredWhereTheSystemReportsItAndEstimatedElsewhere() {
        long self = ProcessHandle.current().pid();
        var measured = WorkerMemoryBudget.measuredResidentBytes(self);
        if (measured.isPresent()) {
            long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            assertTrue(measured.getAsLong() > used, "resident memory holds at least the used heap");
            assertEquals(measured.getAsLong() >> 20, WorkerMemoryBudget.residentBytes(self, 0) >> 20, 50.0);
        }
        long gone = Long.MAX_VALUE;   // no such process: the estimate
        assertEquals(WorkerMemoryBudget.STARTED_BYTES + 1_000 * WorkerMemoryBudget.LEAK_PER_STEP_BYTES,
                WorkerMemoryBudget.residentBytes(gone, 1_000));
    }
}
