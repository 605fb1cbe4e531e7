package org.genrescope.ui;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One of Linux's {@code /proc} files kept open and read again from its start (a {@code pread} at 0, which makes the
 * kernel write it anew), for the stall meter's samplers: opening, reading and decoding a file each time costs ten
 * times the CPU, and the meter must not take the CPUs it measures. Reads the first 512 bytes only (a thread's
 * {@code schedstat}, {@code stat} or {@code syscall} fits; of {@code /proc/stat}, its first line does). Not
 * thread-safe: one reader per file and thread.
 */
final class ProcFile implements AutoCloseable {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(512);
    private final byte[] bytes = new byte[512];

    private ProcFile(FileChannel channel) {
        this.channel = channel;
    }

    /** {@code path} opened, or null when it cannot be (a thread or process that has ended, no /proc). */
    static ProcFile open(Path path) {
        try {
            return new ProcFile(FileChannel.open(path));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The number of bytes now in the file's first 512, read into {@link #bytes}; -1 when it cannot be read. */
    private int read() {
        buffer.clear();
        try {
            int n = channel.read(buffer, 0);
            if (n <= 0) {
                return -1;
            }
            buffer.flip();
            buffer.get(bytes, 0, n);
            return n;
        } catch (IOException | RuntimeException e) {
            return -1;     // its thread ended: the kernel answers ESRCH
        }
    }

    /**
     * The first two numbers of the file, as a {@code schedstat} line "run wait slices" gives them: {run ns, run-queue
     * wait ns}; null when it cannot be read or holds fewer.
     */
    long[] readTwo() {
        int n = read();
        long[] two = new long[2];
        int found = 0;
        int i = 0;
        while (found < 2 && i < n) {
            while (i < n && (bytes[i] < '0' || bytes[i] > '9')) {
                i++;
            }
            if (i == n) {
                break;
            }
            long v = 0;
            while (i < n && bytes[i] >= '0' && bytes[i] <= '9') {
                v = v * 10 + (bytes[i++] - '0');
            }
            two[found++] = v;
        }
        return found == 2 ? two : null;
    }

    /** The file's first line (without its line end), or null when it cannot be read. */
    String firstLine() {
        int n = read();
        if (n < 0) {
            return null;
        }
        int end = 0;
        while (end < n && bytes[end] != '\n') {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written; the descriptor is gone either way
        }
    }
}
