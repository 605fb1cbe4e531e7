package org.genrescope.data.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongTextsTest {
    @Test
    void longTextsAreQuotedSoEveryRowParsesWhole(@TempDir Path folder) throws IOException {
        int tracks = 400;
        SampleGenerator.generate(tracks, 8, folder, false, true);
        GeneratedSample sample = new GeneratedSample(folder);
        assertEquals(3 + tracks, sample.tracksRows.size(), "embedded line breaks must not split records");
        int bioColumn = 1 + FmaLayout.ARTIST_BIO;
        int informationColumn = 1 + FmaLayout.ALBUM_INFORMATION;
        for (GeneratedSample.Track track : sample.tracks) {
            List<String> cells = track.trackCells();
            assertEquals(53, cells.size());
            String bio = cells.get(bioColumn);
            String information = cells.get(informationColumn);
            assertTrue(bio.length() > 2000, "bios are several KB, got " + bio.length());
            assertTrue(information.length() > 500, "album information, got " + information.length());
            for (String text : List.of(bio, information)) {
                assertTrue(text.contains("\n") && text.contains("\"") && text.contains(",") && text.contains("<p>"),
                        "HTML with quotes, commas and line breaks: " + text.substring(0, 80));
            }
            // the cells after the long texts still line up
            Integer.parseInt(cells.get(1 + FmaLayout.ARTIST_ID));
            Integer.parseInt(cells.get(1 + FmaLayout.TRACK_DURATION));
            assertEquals("[]", cells.get(1 + FmaLayout.TRACK_TAGS));
        }
    }

    @Test
    void generatedTextsRoundTripThroughCsv() throws IOException {
        TextMaker maker = new TextMaker();
        SplitMix64 random = new SplitMix64(1);
        for (int i = 0; i < 50; i++) {
            String artist = maker.artistName(random);
            String album = maker.albumTitle(random);
            String[] cells = {artist, maker.artistBio(random, artist), album, maker.albumInformation(random, album),
                maker.trackTitle(random)};
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Sink sink = new Utf8Sink(bytes)) {
                CsvRowWriter row = new CsvRowWriter(sink);
                for (String cell : cells) {
                    row.cell(cell);
                }
                row.endRow();
            }
            List<List<String>> parsed = SimpleCsv.parse(bytes.toString(StandardCharsets.UTF_8));
            assertEquals(List.of(List.of(cells)), parsed);
        }
    }
}
