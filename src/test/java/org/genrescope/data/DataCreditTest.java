package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genrescope.data.sample.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated data never carries FMA's credit; FMA's data does; other data carries none it cannot know. */
class DataCreditTest {

    @Test
    void generatedDataSaysItIsSyntheticAndFmaDataIsCredited(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("sample");
        SampleGenerator.generate(300, 7, sample, false, false);
        TrackTable generated = DataLoader.load(sample, ImportOptions.defaults(), null, null);
        assertTrue(generated.report().synthetic());
        assertEquals(DataCredit.SYNTHETIC, DataCredit.caption(generated));

        Files.delete(sample.resolve(DataCredit.SYNTHETIC_MARKER)); // the same tables, as if FMA's own
        TrackTable unmarked = DataLoader.load(sample, ImportOptions.defaults(), null, null);
        assertFalse(unmarked.report().synthetic());
        assertEquals(DataCredit.FMA, DataCredit.caption(unmarked));

        Path spotify = Files.writeString(dir.resolve("s.csv"), "id,x,track_genre\n1,0.5,pop\n2,0.6,rap\n");
        assertEquals("", DataCredit.caption(DataLoader.load(spotify, ImportOptions.defaults(), null, null)));
        // FMA's genre names alone (a user's own file, as ../shared/cases' semicolon case): no credit
        Path fmaLabels = Files.writeString(dir.resolve("m.csv"), "id,x,genres_top\n1,0.5,Rock\n2,0.6,Pop\n");
        assertEquals("", DataCredit.caption(DataLoader.load(fmaLabels, ImportOptions.defaults(), null, null)));
        // with FMA's track metadata, as the study's merged table (music_data.csv) has it: credited
        Path merged = Files.writeString(dir.resolve("merged.csv"), "track_id,x,genres_top,album,artist,track\n"
                + "2,0.5,Rock,AWOL - A Way Of Life,AWOL,Food\n3,0.6,Pop,AWOL - A Way Of Life,AWOL,Electric Ave\n");
        assertEquals(DataCredit.FMA, DataCredit.caption(DataLoader.load(merged, ImportOptions.defaults(), null,
                null)));
    }
}
