package org.genrescope.data.sample;

/**
 * What synthetic FMA sample to generate.
 *
 * @param tracks      number of tracks, at least 1
 * @param seed        seed of every random draw; the same options give byte-identical files everywhere
 * @param featuresCsv also write {@code features.csv} (518 librosa statistics per track, about 7 KB a track)
 * @param longTexts   fill artist bios and album information with several kilobytes of HTML each, with
 *                    quotes, commas and line breaks, as the full FMA {@code tracks.csv} has
 */
public record SampleOptions(int tracks, long seed, boolean featuresCsv, boolean longTexts) {
    public SampleOptions {
        if (tracks < 1) {
            throw new IllegalArgumentException("tracks must be at least 1, was " + tracks);
        }
    }

    /** The compact variant: tracks.csv, echonest.csv and genres.csv with short texts. */
    public static SampleOptions compact(int tracks, long seed) {
        return new SampleOptions(tracks, seed, false, false);
    }
}
