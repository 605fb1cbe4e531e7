package org.genrescope.data;

/**
 * The small print a figure or report of a table carries: FMA's credit for FMA's data, a plain statement for data
 * made by {@code generate-sample} (its tracks only follow FMA's layout; crediting FMA would pass them off as
 * real), nothing for other data, whose credit Genrescope cannot know.
 */
public final class DataCredit {

    /** The file {@code generate-sample} writes beside its tables; its presence marks the folder as synthetic. */
    public static final String SYNTHETIC_MARKER = "SYNTHETIC.txt";

    /** What the marker file says, for a person who opens the folder. */
    public static final String SYNTHETIC_MARKER_TEXT = "This folder was written by genrescope generate-sample.\n"
            + "Every track, artist, album, genre assignment and audio feature in it is synthetic: it follows the\n"
            + "layout of the Free Music Archive's metadata (fma_metadata) but no track is real. Genrescope reads\n"
            + "this file to label figures and reports of this data as synthetic; keep it with the tables.\n";

    /** FMA's credit (CC BY 4.0 asks for it). */
    public static final String FMA = "Data: Free Music Archive (Defferrard et al., ISMIR 2017), CC BY 4.0";

    /** What generated data carries instead of a credit. */
    public static final String SYNTHETIC = "Synthetic data from genrescope generate-sample: no track is real";

    private DataCredit() {
    }

    /**
     * The caption for figures and reports of {@code table}: {@link #SYNTHETIC}, {@link #FMA} or empty. A single
     * file is credited to FMA only when it has FMA's genre labels and FMA's track metadata (a title and an album for
     * most tracks), as the study's merged table does: a file of features and genre names alone (a user's own CSV
     * with FMA's genre names) is not passed off as FMA's (a new user found the credit on such a file's figures).
     */
    public static String caption(TrackTable table) {
        if (table.report().synthetic()) {
            return SYNTHETIC;
        }
        if (!StudyData.isFmaData(table)) {
            return "";
        }
        return FmaFolderReader.FORMAT.equals(table.format()) || hasTrackMetadata(table) ? FMA : "";
    }

    /** Whether most tracks have both a title and an album. */
    private static boolean hasTrackMetadata(TrackTable table) {
        int with = 0;
        for (int i = 0; i < table.rows(); i++) {
            if (present(table.titles()[i]) && present(table.albums()[i])) {
                with++;
            }
        }
        return table.rows() > 0 && with * 2 > table.rows();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
