package org.genrescope.data;

import java.util.Set;

/**
 * Whether a table is the study's kind of data: FMA's, whose 16 top genres the seed recipe's genre steps (drop
 * Experimental and Old-Time / Historic, club minor genres) were designed for. Applied to other labels those steps
 * destroy them (a Spotify table's six balanced playlist genres became three), so they follow the data.
 */
public final class StudyData {

    /** FMA's 16 top genres, as {@code genres.csv} and {@code track.genre_top} spell them. */
    public static final Set<String> FMA_TOP_GENRES = Set.of("Blues", "Classical", "Country", "Easy Listening",
            "Electronic", "Experimental", "Folk", "Hip-Hop", "Instrumental", "International", "Jazz",
            "Old-Time / Historic", "Pop", "Rock", "Soul-RnB", "Spoken");

    private StudyData() {
    }

    /**
     * True for an FMA folder, and for a flat table whose labels are all FMA top genres (such as the study's
     * {@code music_data.csv}); false for a table without labels or with any other label.
     */
    public static boolean isFmaData(TrackTable table) {
        if (FmaFolderReader.FORMAT.equals(table.format())) {
            return true;
        }
        boolean labelled = false;
        for (String genre : table.genres()) {
            if (genre != null) {
                if (!FMA_TOP_GENRES.contains(genre)) {
                    return false;
                }
                labelled = true;
            }
        }
        return labelled;
    }
}
