package org.genrescope.data.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * One generation run: walks artists, albums and tracks in id order and writes each track's rows to all
 * files at once, holding only the current artist and album. Separate random streams serve the structure
 * (ids, names, genres, years), the audio features, the long texts and features.csv, so switching the long
 * texts or features.csv on or off leaves every other cell unchanged.
 */
final class SampleWriter {
    private static final double SAME_ARTIST_AS_PREVIOUS_ALBUM = 0.2;
    private static final double GUEST_ARTIST = 0.06;
    /** Tracks per album: 1 plus an exponential of this mean (FMA: about 5.3 tracks per album). */
    private static final double MEAN_EXTRA_TRACKS_PER_ALBUM = 4.3;
    private static final int MAX_TRACKS_PER_ALBUM = 40;
    private static final int MAX_TRACK_ID_GAP = 17;
    private static final double MIN_DURATION_SECONDS = 10;
    private static final double MAX_DURATION_SECONDS = 3600;
    private static final String EMPTY_LIST = "[]";
    private static final String DATE_SUFFIX = "-01-01 00:00:00";
    /** echonest.csv cells after artist_name: release, 5 ranks, 5 social features, 224 temporal features. */
    private static final int ECHONEST_TRAILING_EMPTY = 1 + 5 + 5 + FmaLayout.ECHONEST_TEMPORAL_COUNT;
    private static final int FEATURE_DECIMALS = 10;
    private static final int TEMPO_DECIMALS = 3;
    private static final int COMPACT_FEATURE_DECIMALS = 6;
    /** FMA wrote features.csv with {@code float_format='%.10e'}. */
    private static final int FULL_RELEASE_FEATURE_DECIMALS = 10;

    private final SampleOptions options;
    private final FittedStatistics statistics;
    private final CsvRowWriter tracksOut;
    private final CsvRowWriter echonestOut;
    private final CsvRowWriter featuresOut;

    private final SplitMix64 structureRandom;
    private final SplitMix64 audioRandom;
    private final SplitMix64 textRandom;
    private final SplitMix64 librosaRandom;
    private final GenreAssigner genreAssigner;
    private final AudioFeatureSampler audioSampler = new AudioFeatureSampler();
    private final LibrosaFeatureSampler librosaSampler;
    private final TextMaker textMaker = new TextMaker();
    /** The full release's other columns; null in the compact shape. */
    private final ReleaseColumns releaseColumns;
    private final int[] years;
    private final double[] yearCumulative;
    private final Map<Integer, Integer> genreIndex = new HashMap<>();

    private final String[] trackCells = new String[FmaLayout.TRACKS_COLUMN_COUNT];
    /** The album artist's columns in the full release, copied back after a guest artist's track. */
    private final String[] albumArtistCells = new String[FmaLayout.TRACKS_COLUMN_COUNT];
    private final double[] audio = new double[FittedStatistics.FEATURE_COUNT];
    private final StringBuilder number = new StringBuilder(32);

    private int trackId = 1;
    private int albumId;
    private int artistId;
    private String albumArtistName;
    private String albumArtistIdCell;
    private String albumArtistBio;

    private int tracksWritten;
    private int tracksWithoutGenreTop;
    private int tracksWithoutYear;
    private int albums;
    private int artists;
    private final int[] tracksPerRoot;
    private final int[] tracksPerGenre;

    SampleWriter(SampleOptions options, FittedStatistics statistics, CsvRowWriter tracksOut,
                 CsvRowWriter echonestOut, CsvRowWriter featuresOut) {
        this.options = options;
        this.statistics = statistics;
        this.tracksOut = tracksOut;
        this.echonestOut = echonestOut;
        this.featuresOut = featuresOut;
        SplitMix64 seeds = new SplitMix64(options.seed());
        this.structureRandom = seeds.fork();
        this.audioRandom = seeds.fork();
        this.textRandom = seeds.fork();
        this.librosaRandom = seeds.fork();
        // forked after the others, so the compact shape's streams (and files) stay as they were
        SplitMix64 releaseRandom = seeds.fork();
        this.releaseColumns = options.fullRelease() ? new ReleaseColumns(releaseRandom, textMaker) : null;
        this.librosaSampler = new LibrosaFeatureSampler(options.fullRelease()
                ? FULL_RELEASE_FEATURE_DECIMALS : COMPACT_FEATURE_DECIMALS);
        this.genreAssigner = new GenreAssigner(statistics);
        this.years = statistics.years();
        this.yearCumulative = statistics.yearCumulative();
        List<FittedStatistics.Genre> genres = statistics.genres();
        for (int i = 0; i < genres.size(); i++) {
            genreIndex.put(genres.get(i).id(), i);
        }
        this.tracksPerRoot = new int[statistics.roots().size()];
        this.tracksPerGenre = new int[genres.size()];
        trackCells[FmaLayout.ALBUM_TAGS] = EMPTY_LIST;
        trackCells[FmaLayout.ARTIST_TAGS] = EMPTY_LIST;
        trackCells[FmaLayout.TRACK_TAGS] = EMPTY_LIST;
    }

    void writeTracks(ProgressListener progress, CancellationToken cancel) throws IOException {
        writeHeader(tracksOut, FmaLayout.tracksHeaderRows());
        writeHeader(echonestOut, FmaLayout.echonestHeaderRows());
        if (featuresOut != null) {
            writeHeader(featuresOut, FmaLayout.featuresHeaderRows());
        }
        int total = options.tracks();
        progress.progress(SampleGenerator.PROGRESS_STAGE, 0, total, "writing " + total + " tracks");
        while (tracksWritten < total) {
            if (albumArtistName == null || !structureRandom.chance(SAME_ARTIST_AS_PREVIOUS_ALBUM)) {
                startAlbumArtist();
            }
            writeAlbum(total, progress, cancel);
        }
        progress.progress(SampleGenerator.PROGRESS_STAGE, total, total, total + " tracks written");
    }

    void writeGenres(CsvRowWriter out) throws IOException {
        for (String name : FmaLayout.GENRES_HEADER.split(",")) {
            out.cell(name);
        }
        out.endRow();
        List<FittedStatistics.Genre> genres = statistics.genres();
        for (int i = 0; i < genres.size(); i++) {
            FittedStatistics.Genre genre = genres.get(i);
            out.cell(Integer.toString(genre.id())).cell(Integer.toString(tracksPerGenre[i]))
                    .cell(Integer.toString(genre.parent())).cell(genre.title())
                    .cell(Integer.toString(genre.topLevel()));
            out.endRow();
        }
    }

    SampleSummary summary(List<Path> files) {
        Map<String, Integer> perRoot = new LinkedHashMap<>();
        List<FittedStatistics.RootModel> roots = statistics.roots();
        for (int i = 0; i < roots.size(); i++) {
            perRoot.put(roots.get(i).genre().title(), tracksPerRoot[i]);
        }
        return new SampleSummary(tracksWritten, perRoot, tracksWithoutGenreTop, tracksWithoutYear, albums, artists,
                files);
    }

    private void startAlbumArtist() {
        artistId += 1 + structureRandom.nextInt(3);
        artists++;
        albumArtistIdCell = Integer.toString(artistId);
        albumArtistName = textMaker.artistName(structureRandom);
        albumArtistBio = bio(albumArtistName);
        if (releaseColumns != null) {
            releaseColumns.artist(albumArtistCells, albumArtistName);
        }
    }

    private String bio(String artistName) {
        if (releaseColumns != null) {
            return releaseColumns.bio(artistName);
        }
        return options.longTexts() ? textMaker.artistBio(textRandom, artistName) : null;
    }

    private void writeAlbum(int total, ProgressListener progress, CancellationToken cancel) throws IOException {
        albumId += 1 + structureRandom.nextInt(3);
        albums++;
        String title = textMaker.albumTitle(structureRandom);
        boolean hasYear = !structureRandom.chance(statistics.yearMissingFraction());
        String date = hasYear ? years[structureRandom.pickCumulative(yearCumulative)] + DATE_SUFFIX : null;
        GenreAssigner.Assignment genres = genreAssigner.draw(structureRandom);
        int trackCount = Math.min(MAX_TRACKS_PER_ALBUM,
                1 + (int) (-MEAN_EXTRA_TRACKS_PER_ALBUM * StrictMath.log(1.0 - structureRandom.nextDouble())));

        trackCells[FmaLayout.ALBUM_DATE_RELEASED] = date;
        trackCells[FmaLayout.ALBUM_ID] = Integer.toString(albumId);
        trackCells[FmaLayout.ALBUM_TITLE] = title;
        if (releaseColumns != null) {
            releaseColumns.album(trackCells, title, trackCount);
        } else {
            trackCells[FmaLayout.ALBUM_INFORMATION] = options.longTexts()
                    ? textMaker.albumInformation(textRandom, title) : null;
        }
        trackCells[FmaLayout.TRACK_GENRE_TOP] = genres.genreTopCell();
        trackCells[FmaLayout.TRACK_GENRES] = genres.genresCell();
        trackCells[FmaLayout.TRACK_GENRES_ALL] = genres.genresAllCell();

        for (int t = 0; t < trackCount && tracksWritten < total; t++) {
            writeTrack(title, genres, t + 1);
            tracksWritten++;
            if (!hasYear) {
                tracksWithoutYear++;
            }
            if (tracksWritten % SampleGenerator.CHUNK_TRACKS == 0) {
                cancel.throwIfCancelled();
                progress.progress(SampleGenerator.PROGRESS_STAGE, tracksWritten, total,
                        tracksWritten + " of " + total + " tracks");
            }
        }
    }

    private void writeTrack(String albumTitle, GenreAssigner.Assignment genres, int number) throws IOException {
        trackId += 1 + structureRandom.nextInt(MAX_TRACK_ID_GAP);
        String artistName = albumArtistName;
        if (structureRandom.chance(GUEST_ARTIST)) {
            // a one-off artist on someone else's album, as on FMA's compilations
            artistId += 1 + structureRandom.nextInt(3);
            artists++;
            artistName = textMaker.artistName(structureRandom);
            trackCells[FmaLayout.ARTIST_ID] = Integer.toString(artistId);
            trackCells[FmaLayout.ARTIST_BIO] = bio(artistName);
            if (releaseColumns != null) {
                releaseColumns.artist(trackCells, artistName);
            }
        } else {
            if (releaseColumns != null) {
                System.arraycopy(albumArtistCells, FmaLayout.ARTIST_ACTIVE_YEAR_BEGIN, trackCells,
                        FmaLayout.ARTIST_ACTIVE_YEAR_BEGIN, FmaLayout.SET_SPLIT - FmaLayout.ARTIST_ACTIVE_YEAR_BEGIN);
            }
            trackCells[FmaLayout.ARTIST_ID] = albumArtistIdCell;
            trackCells[FmaLayout.ARTIST_BIO] = albumArtistBio;
        }
        trackCells[FmaLayout.ARTIST_NAME] = artistName;
        FittedStatistics.RootModel root = genres.root();
        double logDuration = root.logDurationMean() + root.logDurationSd() * structureRandom.nextGaussian();
        long duration = Math.round(StrictMath.min(MAX_DURATION_SECONDS,
                StrictMath.max(MIN_DURATION_SECONDS, StrictMath.exp(logDuration))));
        trackCells[FmaLayout.TRACK_DURATION] = Long.toString(duration);
        trackCells[FmaLayout.TRACK_TITLE] = textMaker.trackTitle(structureRandom);
        if (releaseColumns != null) {
            releaseColumns.track(trackCells, number);
        }
        audioSampler.draw(root, audioRandom, audio);

        String id = Integer.toString(trackId);
        tracksOut.cell(id).cells(trackCells).endRow();
        writeEchonestRow(id, albumTitle, artistName);
        if (featuresOut != null) {
            featuresOut.cell(id);
            librosaSampler.writeRow(featuresOut, audio, librosaRandom);
            featuresOut.endRow();
        }
        count(genres);
    }

    private void writeEchonestRow(String id, String albumTitle, String artistName) throws IOException {
        echonestOut.cell(id);
        for (int i = 0; i < audio.length; i++) {
            number.setLength(0);
            echonestOut.cell(NumberText.appendDecimal(number, audio[i],
                    i == FittedStatistics.TEMPO ? TEMPO_DECIMALS : FEATURE_DECIMALS));
        }
        // metadata: album_date, album_name, artist_latitude, artist_location, artist_longitude, artist_name
        echonestOut.cell(null).cell(albumTitle).emptyCells(3).cell(artistName).emptyCells(ECHONEST_TRAILING_EMPTY);
        echonestOut.endRow();
    }

    private void count(GenreAssigner.Assignment genres) {
        tracksPerRoot[genres.rootIndex()]++;
        if (!genres.hasGenreTop()) {
            tracksWithoutGenreTop++;
        }
        for (int id : genres.genresAll()) {
            tracksPerGenre[genreIndex.get(id)]++;
        }
    }

    private static void writeHeader(CsvRowWriter out, List<List<String>> rows) throws IOException {
        for (List<String> row : rows) {
            for (String cell : row) {
                out.cell(cell);
            }
            out.endRow();
        }
    }
}
