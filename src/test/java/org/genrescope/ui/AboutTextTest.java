package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The About box carries the licence, the third-party notices and the FMA data credit, as the project has them. */
class AboutTextTest {
    @Test
    void showsTheLicenceAndTheNoticesAsTheProjectHasThem() throws Exception {
        String about = InfoDialogs.aboutText();
        for (String file : new String[] {"LICENSE", "THIRD-PARTY-NOTICES.md"}) {
            String onDisk = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            assertTrue(about.contains(onDisk), file + " is not in the About text in full");
        }
        assertTrue(about.contains("\"FMA: A Dataset for Music Analysis\", ISMIR 2017, licensed CC BY 4.0"), about);
    }

    @Test
    void aFileTheBuildLacksIsASentence() {
        String text = InfoDialogs.bundled("NO-SUCH-FILE.md");
        assertTrue(text.startsWith("(NO-SUCH-FILE.md is not part of this build"), text);
    }
}
