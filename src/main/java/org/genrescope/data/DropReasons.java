package org.genrescope.data;

/** The reasons a row is dropped, as keys of {@link CleaningReport#droppedByReason()}. */
public final class DropReasons {
    /** FMA: the track's {@code genres_all} is empty or {@code []} (SEED-PIPELINE §1.2). */
    public static final String NO_GENRES_ALL = "no genres_all";
    /** FMA: the track has no row in a table holding a chosen feature (the inner join of §1.6). */
    public static final String NO_AUDIO_FEATURES = "no audio features";
    /** A chosen feature has no value and the policy is {@link MissingValuePolicy#DROP}. */
    public static final String MISSING_FEATURE = "missing value in a feature";

    /** Flat CSV: the row's id is that of an earlier row, which is kept. */
    public static final String REPEATED_ID = "repeated id";

    private DropReasons() {
    }
}
