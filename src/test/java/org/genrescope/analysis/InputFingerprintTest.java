package org.genrescope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.genrescope.task.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint a session and a report name the data by: any changed byte changes it, even one that keeps the
 * file's size and modification time (which is all the load stage's cache key sees, ADR 0008).
 */
class InputFingerprintTest {
    @TempDir
    Path dir;

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A folder of FMA's four files, features.csv large enough to span many of the hash's 64 KiB reads. */
    private Path folder() throws Exception {
        Path fma = Files.createDirectories(dir.resolve("fma"));
        for (String name : new String[] {"tracks.csv", "genres.csv", "echonest.csv"}) {
            Files.writeString(fma.resolve(name), name + ",1,2,3\n");
        }
        StringBuilder features = new StringBuilder();
        for (int row = 0; features.length() < 1 << 20; row++) {
            features.append(row).append(",1.0000000000e+00,2.5000000000e-01\n");
        }
        Files.writeString(fma.resolve("features.csv"), features);
        return fma;
    }

    @Test
    void aFolderIsTheHashOfItsFilesHashesInNameOrder() throws Exception {
        Path fma = folder();
        StringBuilder manifest = new StringBuilder();
        for (String name : new String[] {"echonest.csv", "features.csv", "genres.csv", "tracks.csv"}) {
            manifest.append(name).append(' ').append(sha256(Files.readAllBytes(fma.resolve(name)))).append('\n');
        }
        assertEquals(sha256(manifest.toString().getBytes(StandardCharsets.UTF_8)),
                InputFingerprint.sha256(fma, CancellationToken.NEVER));
    }

    @Test
    void oneChangedByteChangesTheFingerprintThoughSizeAndTimeStay() throws Exception {
        Path fma = folder();
        Path features = fma.resolve("features.csv");
        String before = InputFingerprint.sha256(fma, CancellationToken.NEVER);
        String fileBefore = InputFingerprint.sha256(features, CancellationToken.NEVER);
        FileTime modified = Files.getLastModifiedTime(features);
        byte[] bytes = Files.readAllBytes(features);
        int at = bytes.length / 2 + 12_345; // inside a read block past the first, not at its edge
        bytes[at] = (byte) (bytes[at] == '1' ? '2' : '1');
        Files.write(features, bytes);
        Files.setLastModifiedTime(features, modified);
        assertEquals(bytes.length, Files.size(features));
        assertNotEquals(before, InputFingerprint.sha256(fma, CancellationToken.NEVER));
        assertNotEquals(fileBefore, InputFingerprint.sha256(features, CancellationToken.NEVER));
    }
}
