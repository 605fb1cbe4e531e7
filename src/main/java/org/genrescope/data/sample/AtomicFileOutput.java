package org.genrescope.data.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A UTF-8 text file (written through a {@link Utf8Sink}) that appears under its final name only when complete: it is written to a temporary
 * file in the same folder (so the move is a rename on one file system) and moved into place by
 * {@link #commit()}. Closing without committing deletes the temporary file.
 */
final class AtomicFileOutput implements Closeable {
    private static final AtomicLong TEMPORARY_COUNTER = new AtomicLong();
    private final Path target;
    private final Path temporary;
    private final Utf8Sink writer;
    private boolean committed;
    private boolean writerClosed;

    private AtomicFileOutput(Path target, Path temporary, Utf8Sink writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    static AtomicFileOutput create(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        while (true) {
            // Not Files.createTempFile: its owner-only permissions would carry over to the final file.
            Path temporary = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + TEMPORARY_COUNTER.incrementAndGet() + ".tmp");
            OutputStream stream;
            try {
                stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            return new AtomicFileOutput(target, temporary, new Utf8Sink(stream));
        }
    }

    /** The temporary file being written (for tests). */
    Path temporary() {
        return temporary;
    }

    Utf8Sink writer() {
        return writer;
    }

    Path target() {
        return target;
    }

    /** Flushes and closes the file, then renames it to its final name, replacing any older file. */
    void commit() throws IOException {
        closeWriter();
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            closeWriter();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void closeWriter() throws IOException {
        if (!writerClosed) {
            writerClosed = true;
            writer.close();
        }
    }
}
