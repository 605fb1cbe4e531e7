package org.genrescope.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes taken from a file, so that a load can report its progress by bytes read: the one measure
 * known in advance (the file's size) for files whose rows differ in length by kilobytes, as tracks.csv's do.
 * The count runs ahead of the parsing by the readers' buffers (about 200 KB), which a progress bar does not see.
 */
final class CountingInputStream extends FilterInputStream {
    private volatile long count;

    CountingInputStream(InputStream in) {
        super(in);
    }

    /** Bytes read (or skipped) so far. */
    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        count += Math.max(0, skipped);
        return skipped;
    }

    /** No mark: a reset would count bytes twice. */
    @Override
    public boolean markSupported() {
        return false;
    }
}
