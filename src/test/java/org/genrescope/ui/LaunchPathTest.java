package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** genrescope PATH: the path opens, unless it is the last data anyway or cannot be opened (then one sentence). */
class LaunchPathTest {
    @TempDir
    Path dir;

    @Test
    void noPathOpensTheLastData() {
        LaunchPath l = LaunchPath.of(null, dir);
        assertTrue(l.opensLastData());
        assertEquals("", l.problem());
    }

    @Test
    void aReadablePathOpensAbsolute() throws Exception {
        Path csv = Files.writeString(dir.resolve("music.csv"), "a,b\n1,2\n");
        // relative to the working folder, as a shell passes it
        Path relative = Path.of("").toAbsolutePath().relativize(csv.toAbsolutePath());
        LaunchPath l = LaunchPath.of(relative, null);
        assertEquals(csv.toAbsolutePath().normalize(), l.path());
        assertEquals("", l.problem());
        LaunchPath folder = LaunchPath.of(dir, null);
        assertEquals(dir.toAbsolutePath().normalize(), folder.path());
        assertEquals("", folder.problem());
    }

    @Test
    void theLastDataItselfOpensAsTheLastData() {
        assertTrue(LaunchPath.of(dir, dir.toAbsolutePath().normalize()).opensLastData(),
                "with its remembered columns, as a start without a path");
    }

    @Test
    void aMissingPathIsOneSentenceAndTheLastDataOpens() {
        Path missing = dir.resolve("no such.csv");
        LaunchPath l = LaunchPath.of(missing, null);
        assertTrue(l.opensLastData());
        assertEquals("Genrescope could not open " + missing.toAbsolutePath() + ": there is no such file or folder; "
                + "the last data is open instead.", l.problem());
    }

    @Test
    void anUnreadablePathIsOneSentence() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path locked = Files.writeString(dir.resolve("locked.csv"), "a\n1\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        LaunchPath l = LaunchPath.of(locked, null);
        assertTrue(l.opensLastData());
        assertTrue(l.problem().endsWith("it cannot be read (permissions); the last data is open instead."), l.problem());
        assertNull(LaunchPath.problem(dir), "a readable folder");
    }
}
