package org.genrescope.data.sample;

/**
 * What synthetic FMA sample to generate.
 *
 * @param tracks      number of tracks, at least 1
 * @param seed        seed of every random draw; the same options give byte-identical files everywhere
 * @param featuresCsv also write {@code features.csv} (518 librosa statistics per track, about 7 KB a track)
 * @param longTexts   fill artist bios and album information with several kilobytes of HTML each, with
 *                    quotes, commas and line breaks, as the full FMA {@code tracks.csv} has
 * @param fullRelease shaped like FMA's full release: all 52 columns of tracks.csv filled, a bio for some
 *                    artists and notes for some albums (about 2.3 KB a row), features.csv with it, its values
 *                    printed as FMA's own ({@code %.10e}, about 9 KB a row); implies both options above
 */
public record SampleOptions(int tracks, long seed, boolean featuresCsv, boolean longTexts, boolean fullRelease) {
    /** The number of tracks in FMA's full release (fma_full), the size {@code --full-release} writes by default. */
    public static final int FULL_RELEASE_TRACKS = 106_574;

    public SampleOptions {
        if (tracks < 1) {
            throw new IllegalArgumentException("tracks must be at least 1, was " + tracks);
        }
        if (fullRelease && !(featuresCsv && longTexts)) {
            throw new IllegalArgumentException("a full release has features.csv and long texts");
        }
    }

    /** A sample in the compact shape (not the full release's). */
    public SampleOptions(int tracks, long seed, boolean featuresCsv, boolean longTexts) {
        this(tracks, seed, featuresCsv, longTexts, false);
    }

    /** {@code tracks} tracks shaped like FMA's full release: tracks.csv with every column, and features.csv. */
    public static SampleOptions fullRelease(int tracks, long seed) {
        return new SampleOptions(tracks, seed, true, true, true);
    }

    /**
     * The sample bundled with Genrescope ({@link #BUNDLED_FOLDER}): 2,000 tracks, seed 1986, no features.csv,
     * short texts. Rebuild it with {@code genrescope generate-sample --tracks 2000 --seed 1986 --out sample-data/fma_sample}.
     */
    public static final SampleOptions BUNDLED = new SampleOptions(2000, 1986L, false, false);
    /** Where the bundled sample lives, relative to the project root (and inside the jar). */
    public static final String BUNDLED_FOLDER = "sample-data/fma_sample";

    /** The compact variant: tracks.csv, echonest.csv and genres.csv with short texts. */
    public static SampleOptions compact(int tracks, long seed) {
        return new SampleOptions(tracks, seed, false, false);
    }
}
