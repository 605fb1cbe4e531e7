package org.genrescope.session;

import java.util.List;
import java.util.Objects;

/**
 * How the window showed a session's result, so that a restart or an opened session looks as it was left (session 11,
 * item 6): whether the Clusters plot was coloured by genre, which tracks were selected, and whether Shift+drag drew
 * a lasso or a box (session 14). Kept as track ids (the
 * data's own ids, as text), not row numbers, so that a selection means the same tracks whatever order rows come in.
 *
 * @param colourByGenre    whether the plot was coloured by genre (else by cluster)
 * @param selectedTrackIds the selected tracks' ids, as {@code TrackTable.idText} gives them; empty for none
 * @param lassoSelect      whether the Clusters tab's select mode was lasso (else box)
 */
public record SessionView(boolean colourByGenre, List<String> selectedTrackIds, boolean lassoSelect) {
    /** Coloured by cluster, nothing selected, a box: what a session written before the view was kept restores to. */
    public static final SessionView NONE = new SessionView(false, List.of(), false);

    public SessionView {
        selectedTrackIds = List.copyOf(Objects.requireNonNull(selectedTrackIds, "selectedTrackIds"));
    }

    /** Selecting with a box (as sessions written before the select mode was kept). */
    public SessionView(boolean colourByGenre, List<String> selectedTrackIds) {
        this(colourByGenre, selectedTrackIds, false);
    }
}
