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

/** SHA-256 of an input, so a report says exactly which data produced it. */
final class InputFingerprint {
    private static final List<String> FMA_FILES = List.of("echonest.csv", "features.csv", "genres.csv", "tracks.csv");

    private InputFingerprint() { }

    static String sha256(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return fileSha256(input);
        }
        StringBuilder manifest = new StringBuilder();
        for (String name : FMA_FILES) {
            Path file = input.resolve(name);
            if (Files.isRegularFile(file)) {
                manifest.append(name).append(' ').append(fileSha256(file)).append('\n');
            }
        }
        return HexFormat.of().formatHex(digest().digest(manifest.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String fileSha256(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
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
