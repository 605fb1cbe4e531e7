package org.genrescope.data.sample;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generation run wrote.
 *
 * @param tracks                tracks written
 * @param tracksPerRootGenre    tracks per root genre title (the genre their audio features were drawn
 *                              from, which is also what the seed recipe's imputation recovers), by genre id
 * @param tracksWithoutGenreTop tracks whose genres span several roots, so {@code track.genre_top} is empty
 * @param tracksWithoutYear     tracks whose album has no release date
 * @param albums                albums written
 * @param artists               distinct artists written
 * @param files                 the files written, in the output folder
 */
public record SampleSummary(int tracks, Map<String, Integer> tracksPerRootGenre, int tracksWithoutGenreTop,
                            int tracksWithoutYear, int albums, int artists, List<Path> files) {
    public SampleSummary {
        tracksPerRootGenre = Collections.unmodifiableMap(new LinkedHashMap<>(tracksPerRootGenre));
        files = List.copyOf(files);
    }
}
