package org.genrescope.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;

/**
 * A Data-tab cell of a searched text column (id, title, artist, album, genre): marked with the {@code :search-match}
 * pseudo-class (data-tab.css) when its text made its row match the search whose rows are shown, and, when the column
 * cuts its text to "...", the whole text in a tooltip. A row found by a title cut to "..." then shows where it
 * matched (new user, session 14).
 *
 * <p>What a cell update adds on the FX thread: one {@link SearchMatch} scan of the cell's text (no allocation for
 * ASCII text) and a pseudo-class toggle, which restyles the cell only when the mark changes; no node and no text
 * measurement, but for a marked cell too narrow to show where it matched ({@link #layoutChildren}). The tooltip is
 * made when the mouse first enters a cut cell (as {@link NumberCell}'s), and whether the text is cut is read then
 * from the text the skin laid out, not measured.
 */
final class MatchCell<S> extends TableCell<S, String> {
    /** The pseudo-class of a cell whose text made its row match the search. */
    static final PseudoClass MATCH = PseudoClass.getPseudoClass("search-match");

    private final ObservableValue<SearchMatch> match;
    private final boolean id;
    // held here: the property outlives the cells (a new data set's columns make new ones), so it holds them weakly
    private final ChangeListener<SearchMatch> remark = (o, was, now) -> mark();
    private boolean marked;
    private Tooltip whole;

    /**
     * A cell marked by {@code match} (the search of the rows shown); {@code id}: the id column, whose whole-number
     * ids match only the whole search ({@link SearchMatch#inId}).
     */
    MatchCell(ObservableValue<SearchMatch> match, boolean id) {
        this.match = match;
        this.id = id;
        // a new search re-marks the cells whose item stays (the table updates only the cells whose row changes)
        match.addListener(new WeakChangeListener<>(remark));
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> showsWholeIfCut());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        if (getTooltip() != null) {
            setTooltip(null); // whether the new text is cut is known once laid out: at the next hover
        }
        mark();
    }

    /**
     * Before the skin lays the text out: a marked cell too narrow to show its match shows the text from just before
     * it ({@link MatchInView}). Measured only for a marked cell whose match is not at the start, and once per text,
     * search and width.
     */
    @Override
    protected void layoutChildren() {
        String item = isEmpty() ? null : getItem();
        if (item != null) {
            String want = inView(item);
            if (!want.equals(getText())) {
                setText(want);
            }
        }
        super.layoutChildren();
    }

    private String inViewOf;
    private SearchMatch inViewFor;
    private double inViewRoom;
    private String inViewText;

    private String inView(String item) {
        SearchMatch m = match.getValue();
        if (!marked || id || m == null) {
            return item;
        }
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        if (!item.equals(inViewOf) || !m.equals(inViewFor) || room != inViewRoom) {
            int start = m.indexIn(item);
            inViewText = start < 0 ? item
                    : MatchInView.shown(item, start, start + m.needle().length(), room, t -> Tables.width(t, false));
            inViewOf = item;
            inViewFor = m;
            inViewRoom = room;
        }
        return inViewText;
    }

    /** Whether the cell is marked as where its row matched. */
    boolean marked() {
        return marked;
    }

    private void mark() {
        SearchMatch m = match.getValue();
        String text = isEmpty() ? null : getItem();
        boolean now = text != null && m != null && (id ? m.inId(text) : m.inText(text));
        if (now != marked) {
            marked = now;
            pseudoClassStateChanged(MATCH, now);
        }
        if (now || text != null && !text.equals(getText())) {
            requestLayout(); // a new search may move the match, or leave the text shown from its middle
        }
    }

    /** The whole text in a tooltip if the skin shows it cut ("Some long ti..."), else none. */
    private void showsWholeIfCut() {
        String text = isEmpty() ? null : getItem();
        String shown = shownText();
        if (text == null || text.isEmpty() || text.equals(shown)) {
            setTooltip(null);
            return;
        }
        if (whole == null) {
            whole = new Tooltip();
            whole.setWrapText(true);
            whole.setMaxWidth(600);
        }
        whole.setText(text);
        setTooltip(whole);
    }

    /** The text as the skin laid it out (cut with "..." when the column is too narrow); the full text before. */
    String shownText() {
        for (Node n : getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                return t.getText();
            }
        }
        return getText();
    }
}
