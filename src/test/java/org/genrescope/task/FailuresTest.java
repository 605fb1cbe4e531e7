package org.genrescope.task;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void aRuntimeExceptionComesBackAsItself() {
        CancelledException cancelled = new CancelledException();
        assertSame(cancelled, Failures.unwrap(new ExecutionException(cancelled)));
    }

    @Test
    void anErrorIsThrownAsItself() {
        OutOfMemoryError error = new OutOfMemoryError("heap");
        assertSame(error, assertThrows(OutOfMemoryError.class, () -> Failures.unwrap(new ExecutionException(error))));
    }

    @Test
    void aCheckedExceptionIsWrapped() {
        IOException io = new IOException("disk");
        RuntimeException unwrapped = Failures.unwrap(new ExecutionException(io));
        assertInstanceOf(IllegalStateException.class, unwrapped);
        assertSame(io, unwrapped.getCause());
    }
}
