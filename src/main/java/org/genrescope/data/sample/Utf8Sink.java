package org.genrescope.data.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered UTF-8 text output that encodes ASCII with one array store per character. It replaces
 * {@code BufferedWriter} + {@code OutputStreamWriter}, whose per-call locking and encoder dominated the
 * generator's time (the files are almost all ASCII). Not thread-safe.
 */
final class Utf8Sink implements Appendable, Closeable {
    private static final int BUFFER_BYTES = 1 << 16;
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int used;

    Utf8Sink(OutputStream out) {
        this.out = out;
    }

    void write(char c) throws IOException {
        if (c < 0x80) {
            if (used == BUFFER_BYTES) {
                flushBuffer();
            }
            buffer[used++] = (byte) c;
        } else {
            writeNonAscii(c, 0, null, 0);
        }
    }

    void write(CharSequence text) throws IOException {
        write(text, 0, text.length());
    }

    void write(CharSequence text, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (used == BUFFER_BYTES) {
                    flushBuffer();
                }
                buffer[used++] = (byte) c;
            } else {
                i = writeNonAscii(c, i, text, to);
            }
        }
    }

    @Override
    public Utf8Sink append(char c) throws IOException {
        write(c);
        return this;
    }

    @Override
    public Utf8Sink append(CharSequence text) throws IOException {
        write(text);
        return this;
    }

    @Override
    public Utf8Sink append(CharSequence text, int from, int to) throws IOException {
        write(text, from, to);
        return this;
    }

    /** Encodes one non-ASCII character (or surrogate pair); returns the index of the last char consumed. */
    private int writeNonAscii(char c, int index, CharSequence text, int to) throws IOException {
        if (used > BUFFER_BYTES - 4) {
            flushBuffer();
        }
        if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | (c >> 6));
            buffer[used++] = (byte) (0x80 | (c & 0x3F));
            return index;
        }
        if (Character.isHighSurrogate(c) && text != null && index + 1 < to
                && Character.isLowSurrogate(text.charAt(index + 1))) {
            int codePoint = Character.toCodePoint(c, text.charAt(index + 1));
            buffer[used++] = (byte) (0xF0 | (codePoint >> 18));
            buffer[used++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
            buffer[used++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            buffer[used++] = (byte) (0x80 | (codePoint & 0x3F));
            return index + 1;
        }
        if (Character.isSurrogate(c)) {
            buffer[used++] = (byte) '?'; // an unpaired surrogate, as String.getBytes(UTF_8) writes it
            return index;
        }
        buffer[used++] = (byte) (0xE0 | (c >> 12));
        buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[used++] = (byte) (0x80 | (c & 0x3F));
        return index;
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
