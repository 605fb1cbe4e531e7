package org.genrescope.data.sample;

/**
 * Fills the tracks.csv columns that the compact sample leaves empty, as the full FMA release has them: counts
 * (favorites, listens, comments), creation dates, the artist's place and members, tags, licence, bit rate,
 * the set split and subset. Long texts follow the full release's mix: only some artists have a bio and only
 * some albums notes (the shares set so that 106,574 rows come to about 250 MB, as FMA's tracks.csv).
 *
 * <p>Draws only from its own random stream, so the compact sample's cells are the same with or without it.
 */
final class ReleaseColumns {
    /** Share of artists with a bio and of albums with notes; with TextMaker's lengths about 1.9 KB a row. */
    static final double BIO_SHARE = 0.22;
    static final double ALBUM_INFORMATION_SHARE = 0.40;
    private static final double TRACK_INFORMATION_SHARE = 0.05;

    private static final String[] ALBUM_TYPES = {"Album", "Album", "Album", "Single Tracks", "Live Performance",
        "Radio Program"};
    private static final String[] TAGS = {"'experimental'", "'lo-fi'", "'ambient'", "'noise'", "'punk'", "'folk'",
        "'electronic'", "'free'", "'live'", "'field recordings'", "'indie'", "'hip-hop'"};
    private static final String[] LABELS = {"Static & Sons", "Tape Loop Records", "Feral \"Home\" Recordings",
        "Lantern, Ltd."};
    private static final String[] LICENCES = {"Attribution-Noncommercial-Share Alike 3.0 United States",
        "Attribution-NonCommercial-NoDerivatives (aka Music Sharing) 3.0 International",
        "Attribution 4.0 International", "Creative Commons Attribution-NonCommercial-ShareAlike 4.0"};
    private static final String[] LOCATIONS = {"Brooklyn, NY", "Portland, OR", "Berlin, Germany",
        "Montr\u00e9al, Qu\u00e9bec", "Lagos", "Glasgow, Scotland", "S\u00e3o Paulo, Brazil"};
    private static final String[] SPLITS = {"training", "training", "training", "training", "training", "training",
        "training", "training", "validation", "test"};
    private static final String[] SUBSETS = {"large", "large", "large", "large", "medium", "small"};
    private static final String[] BIT_RATES = {"320000", "256000", "192000", "128000", "-1"};

    private final SplitMix64 random;
    private final TextMaker textMaker;
    private final StringBuilder scratch = new StringBuilder(256);

    ReleaseColumns(SplitMix64 random, TextMaker textMaker) {
        this.random = random;
        this.textMaker = textMaker;
    }

    /** The artist's bio, or null for the artists without one. */
    String bio(String artistName) {
        return random.chance(BIO_SHARE) ? textMaker.artistBio(random, artistName) : null;
    }

    /** Fills the artist's columns of {@code cells} (a tracks.csv row without its track_id). */
    void artist(String[] cells, String artistName) {
        int begin = 1960 + random.nextInt(60);
        cells[FmaLayout.ARTIST_ACTIVE_YEAR_BEGIN] = random.chance(0.2) ? year(begin) : null;
        cells[FmaLayout.ARTIST_ACTIVE_YEAR_END] = random.chance(0.05) ? year(begin + random.nextInt(20)) : null;
        cells[FmaLayout.ARTIST_ASSOCIATED_LABELS] = random.chance(0.1) ? pick(LABELS) : null;
        cells[FmaLayout.ARTIST_COMMENTS] = Integer.toString(random.nextInt(4));
        cells[FmaLayout.ARTIST_DATE_CREATED] = dateTime();
        cells[FmaLayout.ARTIST_FAVORITES] = Integer.toString(random.nextInt(40));
        boolean placed = random.chance(0.4);
        cells[FmaLayout.ARTIST_LATITUDE] = placed ? decimal(-40 + 100 * random.nextDouble()) : null;
        cells[FmaLayout.ARTIST_LOCATION] = placed ? pick(LOCATIONS) : null;
        cells[FmaLayout.ARTIST_LONGITUDE] = placed ? decimal(-120 + 200 * random.nextDouble()) : null;
        cells[FmaLayout.ARTIST_MEMBERS] = random.chance(0.15) ? artistName + "\nand friends" : null;
        cells[FmaLayout.ARTIST_RELATED_PROJECTS] = random.chance(0.05) ? "Side projects, \"b-sides\"" : null;
        cells[FmaLayout.ARTIST_TAGS] = tags();
        cells[FmaLayout.ARTIST_WEBSITE] = random.chance(0.5) ? "http://example.org/" + random.nextInt(100000) : null;
        cells[FmaLayout.ARTIST_WIKIPEDIA_PAGE] = random.chance(0.03) ? "http://en.wikipedia.org/wiki/Example" : null;
    }

    /** Fills the album's columns; its notes only for some albums. */
    void album(String[] cells, String title, int tracks) {
        cells[FmaLayout.ALBUM_COMMENTS] = Integer.toString(random.nextInt(3));
        cells[FmaLayout.ALBUM_DATE_CREATED] = dateTime();
        cells[FmaLayout.ALBUM_ENGINEER] = random.chance(0.05) ? "Studio \"B\", Room 2" : null;
        cells[FmaLayout.ALBUM_FAVORITES] = Integer.toString(random.nextInt(10));
        cells[FmaLayout.ALBUM_INFORMATION] = random.chance(ALBUM_INFORMATION_SHARE)
                ? textMaker.albumInformation(random, title) : null;
        cells[FmaLayout.ALBUM_LISTENS] = Integer.toString(random.nextInt(50000));
        cells[FmaLayout.ALBUM_PRODUCER] = random.chance(0.05) ? "Self-produced" : null;
        cells[FmaLayout.ALBUM_TAGS] = tags();
        cells[FmaLayout.ALBUM_TRACKS] = Integer.toString(tracks);
        cells[FmaLayout.ALBUM_TYPE] = pick(ALBUM_TYPES);
    }

    /** Fills the track's own columns (number counts from 1 within its album). */
    void track(String[] cells, int number) {
        cells[FmaLayout.SET_SPLIT] = pick(SPLITS);
        cells[FmaLayout.SET_SUBSET] = pick(SUBSETS);
        cells[FmaLayout.TRACK_BIT_RATE] = pick(BIT_RATES);
        cells[FmaLayout.TRACK_COMMENTS] = Integer.toString(random.nextInt(2));
        cells[FmaLayout.TRACK_COMPOSER] = random.chance(0.03) ? "Traditional, arr. by the band" : null;
        cells[FmaLayout.TRACK_DATE_CREATED] = dateTime();
        cells[FmaLayout.TRACK_DATE_RECORDED] = random.chance(0.06) ? year(1990 + random.nextInt(28)) : null;
        cells[FmaLayout.TRACK_FAVORITES] = Integer.toString(random.nextInt(5));
        cells[FmaLayout.TRACK_INFORMATION] = random.chance(TRACK_INFORMATION_SHARE)
                ? "<p>Recorded live, \"in one take\", with " + pick(LOCATIONS) + "'s crowd.</p>" : null;
        cells[FmaLayout.TRACK_INTEREST] = Integer.toString(random.nextInt(20000));
        cells[FmaLayout.TRACK_LANGUAGE_CODE] = random.chance(0.15) ? "en" : null;
        cells[FmaLayout.TRACK_LICENSE] = pick(LICENCES);
        cells[FmaLayout.TRACK_LISTENS] = Integer.toString(random.nextInt(10000));
        cells[FmaLayout.TRACK_LYRICIST] = random.chance(0.02) ? "Anonymous" : null;
        cells[FmaLayout.TRACK_NUMBER] = Integer.toString(number);
        cells[FmaLayout.TRACK_PUBLISHER] = random.chance(0.02) ? "Self-published" : null;
        cells[FmaLayout.TRACK_TAGS] = tags();
    }

    private String tags() {
        int count = random.chance(0.7) ? 0 : 1 + random.nextInt(3);
        scratch.setLength(0);
        scratch.append('[');
        for (int i = 0; i < count; i++) {
            scratch.append(i == 0 ? "" : ", ").append(pick(TAGS));
        }
        return scratch.append(']').toString();
    }

    private String dateTime() {
        scratch.setLength(0);
        scratch.append(2008 + random.nextInt(10)).append('-');
        twoDigits(1 + random.nextInt(12)).append('-');
        twoDigits(1 + random.nextInt(28)).append(' ');
        twoDigits(random.nextInt(24)).append(':');
        twoDigits(random.nextInt(60)).append(':');
        return twoDigits(random.nextInt(60)).toString();
    }

    private StringBuilder twoDigits(int value) {
        return scratch.append(value < 10 ? "0" : "").append(value);
    }

    private static String year(int year) {
        return year + "-01-01 00:00:00";
    }

    private String decimal(double value) {
        scratch.setLength(0);
        return NumberText.appendDecimal(scratch, value, 6).toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
