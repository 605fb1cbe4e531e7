package org.genrescope.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;

/**
 * SHA-256 of an input, so a report says exactly which data produced it. For a folder it is the SHA-256 of a
 * manifest: one line {@code name SP hex-sha256 LF} per FMA file present, in name order.
 */
public final class InputFingerprint {
    private static final List<String> FMA_FILES = List.of("echonest.csv", "features.csv", "genres.csv", "tracks.csv");

    private InputFingerprint() { }

    /**
     * Hashes the input, polling {@code cancel} between blocks of 64 KiB so that a failed or cancelled load does
     * not leave a thread reading a large file for nothing.
     *
     * @throws IOException        when a file cannot be read
     * @throws CancelledException when {@code cancel} is set
     */
    public static String sha256(Path input, CancellationToken cancel) throws IOException {
        if (!Files.isDirectory(input)) {
            return fileSha256(input, cancel);
        }
        StringBuilder manifest = new StringBuilder();
        for (String name : FMA_FILES) {
            Path file = input.resolve(name);
            if (Files.isRegularFile(file)) {
                manifest.append(name).append(' ').append(fileSha256(file, cancel)).append('\n');
            }
        }
        return HexFormat.of().formatHex(digest().digest(manifest.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String fileSha256(Path file, CancellationToken cancel) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        cancel.throwIfCancelled();
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                cancel.throwIfCancelled();
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
