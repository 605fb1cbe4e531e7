package org.genrescope.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.genrescope.files.AtomicFiles;

/**
 * Reads and writes one session file, bounded in size and never trusted blindly: a file that is missing, too large,
 * corrupt or of a newer schema gives an empty read with a note, never an exception; a write replaces the file
 * atomically (no half-written session, even when the machine stops).
 */
public final class SessionFile {
    /**
     * The largest session written or read: 64 MiB holds a t-SNE projection and a 15-k sweep of 200,000 tracks; a
     * larger session leaves out its sweep, then its projection (both can be computed again), rather than grow.
     */
    public static final long MAX_BYTES = 64L << 20;

    /** A read: the session, or null with a sentence saying why there is none (empty when there simply is no file). */
    public record Read(Session session, String note) { }

    private SessionFile() { }

    /** Reads {@code file}; see the class comment for what happens to a file that cannot be used. */
    public static Read read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new Read(null, unusable(file, "it is " + size / (1 << 20) + " MB, more than the "
                        + MAX_BYTES / (1 << 20) + " MB a session may be"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            return new Read(null, "");
        } catch (IOException e) {
            return new Read(null, unusable(file, "it cannot be read (" + e.getMessage() + ")"));
        }
        try {
            return new Read(SessionJson.read(bytes), "");
        } catch (SessionFormatException e) {
            return new Read(null, unusable(file, e.getMessage()));
        }
    }

    /**
     * Writes {@code session} to {@code file} atomically, creating its folder; leaves out the k sweep, then the
     * projection, when the whole would exceed {@link #MAX_BYTES}.
     *
     * @return the bytes written
     * @throws IOException when the folder cannot be created or the file cannot be written; the old file then stays
     */
    public static long write(Path file, Session session) throws IOException {
        return write(file, session, MAX_BYTES);
    }

    /** {@link #write(Path, Session)} with another limit (tests: a limit a small session reaches). */
    static long write(Path file, Session session, long maxBytes) throws IOException {
        byte[] json = SessionJson.write(session);
        if (json.length > maxBytes) {
            json = SessionJson.write(session.withoutSweep());
        }
        if (json.length > maxBytes) {
            json = SessionJson.write(session.withoutSweep().withoutProjection());
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        byte[] content = json;
        AtomicFiles.write(file, out -> out.write(content));
        return content.length;
    }

    private static String unusable(Path file, String why) {
        return "The last session (" + file + ") was not used: " + why + "; everything is computed afresh.";
    }
}
