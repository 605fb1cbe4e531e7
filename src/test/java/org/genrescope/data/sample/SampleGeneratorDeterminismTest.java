package org.genrescope.data.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorDeterminismTest {
    private static final List<String> ALL_FILES = List.of(SampleGenerator.TRACKS_FILE, SampleGenerator.ECHONEST_FILE,
            SampleGenerator.GENRES_FILE, SampleGenerator.FEATURES_FILE);

    @Test
    void sameSeedGivesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        SampleGenerator.generate(700, 11, first, true, true);
        SampleGenerator.generate(700, 11, second, true, true);
        for (String file : ALL_FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void differentSeedGivesDifferentData(@TempDir Path first, @TempDir Path second) throws IOException {
        SampleGenerator.generate(700, 11, first, false, false);
        SampleGenerator.generate(700, 12, second, false, false);
        for (String file : List.of(SampleGenerator.TRACKS_FILE, SampleGenerator.ECHONEST_FILE)) {
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(first.resolve(file)),
                    Files.readAllBytes(second.resolve(file))), file);
        }
    }

    @Test
    void optionalPartsLeaveEveryOtherCellUnchanged(@TempDir Path compact, @TempDir Path full) throws IOException {
        SampleGenerator.generate(500, 5, compact, false, false);
        SampleGenerator.generate(500, 5, full, true, true);
        assertArrayEquals(Files.readAllBytes(compact.resolve(SampleGenerator.ECHONEST_FILE)),
                Files.readAllBytes(full.resolve(SampleGenerator.ECHONEST_FILE)));
        assertArrayEquals(Files.readAllBytes(compact.resolve(SampleGenerator.GENRES_FILE)),
                Files.readAllBytes(full.resolve(SampleGenerator.GENRES_FILE)));
        assertFalse(Files.exists(compact.resolve(SampleGenerator.FEATURES_FILE)));

        List<List<String>> shortRows = SimpleCsv.read(compact.resolve(SampleGenerator.TRACKS_FILE));
        List<List<String>> longRows = SimpleCsv.read(full.resolve(SampleGenerator.TRACKS_FILE));
        assertEquals(shortRows.size(), longRows.size());
        int bioColumn = 1 + FmaLayout.ARTIST_BIO;
        int informationColumn = 1 + FmaLayout.ALBUM_INFORMATION;
        for (int i = GeneratedSample.TRACKS_HEADER_ROWS; i < shortRows.size(); i++) {
            List<String> withoutTexts = new ArrayList<>(longRows.get(i));
            assertNotEquals("", withoutTexts.get(bioColumn));
            assertNotEquals("", withoutTexts.get(informationColumn));
            withoutTexts.set(bioColumn, "");
            withoutTexts.set(informationColumn, "");
            assertEquals(shortRows.get(i), withoutTexts, "row " + i);
        }
    }

    @Test
    void bytesArePinnedAcrossJavaVersions(@TempDir Path folder) throws IOException {
        // A fingerprint of a small run with every option on. If this changes, the generator's output
        // changed: regenerate sample-data/fma_sample and update this value on purpose, never by accident.
        SampleGenerator.generate(300, 2024, folder, true, true);
        StringBuilder fingerprint = new StringBuilder();
        for (String file : ALL_FILES) {
            fingerprint.append(file).append('=').append(sha256(folder.resolve(file))).append('\n');
        }
        assertEquals(PINNED_FINGERPRINT, fingerprint.toString());
    }

    /** Verified identical on OpenJDK 17.0 and Temurin 25.0 (whose Double.toString and FdLibm differ from 17's). */
    private static final String PINNED_FINGERPRINT = ""
            + "tracks.csv=3157d53979eac019736d406711ffe493cdc192c4547622697f01696e2634471b\n"
            + "echonest.csv=9717c6616965db85fbb4480390971533f615b1072c2e333887b0789159ec1c24\n"
            + "genres.csv=5464a4f7878d646fcfbb9e8af7ed532226edd81e63287ac41463a2bba0ec1ddd\n"
            + "features.csv=52d2375f919c0f40e3103fd282e58df78ed7b2d0edb94b592cf6a4c5507acb48\n";

    private static String sha256(Path file) throws IOException {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
