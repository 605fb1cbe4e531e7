package org.genrescope.data;

import java.nio.file.Path;
import java.util.Objects;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/** The one entry point for loading tracks: detects the input's format and reads it. */
public final class DataLoader {

    private DataLoader() {
    }

    /**
     * Loads and cleans the tracks at {@code path}: an FMA metadata folder or a flat CSV file (see
     * {@link InputFormat#detect}).
     *
     * @throws DataLoadException for anything the user can fix, with one sentence naming the file, line and
     *                           column or the setting; also when the load would not fit in the heap
     *                           ({@link LoadMemoryEstimate}), saying how much it needs and the -Xmx to give
     * @throws org.genrescope.task.CancelledException when {@code cancel} is cancelled
     */
    public static TrackTable load(Path path, ImportOptions options, ProgressListener progress,
                                  CancellationToken cancel) throws DataLoadException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        CancellationToken token = cancel == null ? CancellationToken.NEVER : cancel;
        // refused before reading, in one sentence, rather than an OutOfMemoryError minutes into the load
        LoadMemoryEstimate.check(path, options, Runtime.getRuntime().maxMemory());
        return InputFormat.detect(path).read(path, options, listener, token);
    }
}
