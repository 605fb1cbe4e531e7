package org.genrescope.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny FMA metadata folder with the real layout: multi-row headers, list cells, a quoted bio with
 * commas, quotes and newlines, empty top genres to roll up, tracks to drop. Line numbers in the
 * comments are physical lines, as error messages report them.
 */
final class FmaFixture {

    static final String GENRES = """
            genre_id,#tracks,parent,title,top_level
            1,10,38,Avant-Garde,38
            12,10,0,Rock,12
            15,10,0,Electronic,15
            21,10,0,Hip-Hop,21
            25,10,12,Punk,12
            38,10,0,Experimental,38
            286,10,15,Chip Music,15
            """;

    /**
     * Kept with the defaults: 2, 3 (top genre rolled up: Electronic), 7 (rolled up: Electronic, the last
     * ROOT in [15, 25]; mapping 25 to its root would give Rock), 8. Dropped: 5 ([]), 6 (empty genres_all),
     * 9 (not in echonest.csv), 10 (no tempo).
     */
    static final String TRACKS = String.join("\n",
            ",album,album,artist,artist,track,track,track", // line 1
            ",date_released,title,bio,name,genre_top,genres_all,title", // 2
            "track_id,,,,,,,", // 3
            "2,2009-01-01 00:00:00,AWOL - A Way Of Life,\"Raps, rhymes and \"\"beats\"\"\",AWOL,Hip-Hop,[21],Food", // 4
            "3,,Album B,\"A bio that runs", // 5
            "over three lines, with \"\"quotes\"\"", // 6
            "and commas\",Artist B,,\"[12, 15]\",Mixed", // 7
            "5,2010-05-01 00:00:00,,,,,[],No genres", // 8
            "6,,,,,,,No genres at all", // 9
            "7,2011-01-01 00:00:00,Album C,,Artist C,,\"[15, 25]\",Rolled", // 10
            "8,,Album D,,Artist D,Rock,\"[12, 25]\",", // 11
            "9,,,,,Rock,[12],Not in echonest", // 12
            "10,,,,,Experimental,\"[38, 1]\",Missing tempo", // 13
            "");

    static final String ECHONEST = String.join("\n",
            ",echonest,echonest,echonest,echonest,echonest,echonest,echonest,echonest,echonest,echonest", // 1
            ",audio_features,audio_features,audio_features,audio_features,audio_features,audio_features,"
                    + "audio_features,audio_features,metadata,temporal_features", // 2
            ",acousticness,danceability,energy,instrumentalness,liveness,speechiness,tempo,valence,artist_name,000",
            "track_id,,,,,,,,,,", // 4
            "2,0.4166752327,0.6758939853,0.6344762684,0.0106280683,0.1776465712,0.1593100648,165.922,0.576660988,"
                    + "AWOL,0.5", // 5
            "3,0.3744077685,0.5286430621,0.8174611317,0.0018511032,0.1058799438,0.4618181276,126.957,0.2692402421,"
                    + "\"Artist, B\",", // 6
            "8,0.1,0.2,0.3,0.4,0.5,0.6,100.0,0.7,,", // 7: before 7, to show tracks.csv order wins
            "7,0.9,0.8,0.7,0.6,0.5,0.4,140.5,0.3,,", // 8
            "10,0.5,0.5,0.5,0.5,0.5,0.5,,0.5,,", // 9
            "4,0.5,0.5,0.5,0.5,0.5,0.5,90,0.5,,", // 10: not in tracks.csv
            "5,0.5,0.5,0.5,0.5,0.5,0.5,nan,0.5,,", // 11: dropped before the join
            "");

    /** Tempo of the kept tracks 2, 3, 7, 8 (for mean and median imputation). */
    static final double[] KEPT_TEMPOS = {165.922, 126.957, 140.5, 100.0};

    /** librosa-style statistics as FMA's features.csv lays them out; track 9 has no row. */
    static final String FEATURES = String.join("\n",
            "feature,chroma_cens,chroma_cens,mfcc,mfcc,mfcc", // 1
            "statistics,mean,mean,mean,mean,std", // 2
            "number,01,02,01,02,01", // 3
            "track_id,,,,,", // 4
            "2,0.1,0.2,-100.5,20.25,3.5", // 5
            "3,0.3,0.4,-200.25,1e-3,4.5", // 6
            "7,0.5,0.6,-50,0,5.5", // 7
            "8,0.7,0.8,-25.5,-1.5E2,6.5", // 8
            "10,0.9,1.0,-12,3,7.5", // 9
            "");

    private FmaFixture() {
    }

    /** Writes genres.csv, tracks.csv and echonest.csv into {@code folder}. */
    static Path write(Path folder) {
        write(folder, FmaFolderReader.GENRES_CSV, GENRES);
        write(folder, FmaFolderReader.TRACKS_CSV, TRACKS);
        write(folder, FmaFolderReader.ECHONEST_CSV, ECHONEST);
        return folder;
    }

    static Path write(Path folder, String fileName, String content) {
        try {
            return Files.writeString(folder.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code content} with its physical line {@code line} (from 1) replaced. */
    static String replaceLine(String content, int line, String replacement) {
        String[] lines = content.split("\n", -1);
        lines[line - 1] = replacement;
        return String.join("\n", lines);
    }
}
