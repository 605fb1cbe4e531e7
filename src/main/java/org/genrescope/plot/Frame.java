package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The part every figure shares: a title above, a caption below, and the content rectangle between them. A title
 * wider than the figure is first set in a smaller bold font ({@link #TITLE_FONTS}: 15, 13, then 12 px), and only
 * wraps when it does not fit one line even then (the window's figures can be narrow: a 470-px profile chart wrapped
 * "(K-Means, k = 8)" at 15 px); a caption wraps. A title wraps onto up to three lines, a caption up to five, rather
 * than being cut short; only text beyond them ends in an ellipsis.
 *
 * @param content the room left for axes, plots and legends
 */
record Frame(Rectangle2D content) {

    private static final double GAP = 8;
    private static final int MAX_LINES = 3;
    /** A caption's most lines: a long one (the split tree's) on a narrow figure needed a fourth and fifth. */
    private static final int MAX_CAPTION_LINES = 5;
    /** The title's fonts, largest first: the first in which it fits one line is used, else the last, wrapped. */
    static final java.awt.Font[] TITLE_FONTS = {Theme.TITLE, Theme.TITLE.deriveFont(13f), Theme.PANEL_TITLE};

    static Frame of(Figure figure, double width, double height) {
        int titleLines = titleLines(figure, width).size();
        int captionLines = captionLines(figure, width).size();
        double top = Theme.PAD + (titleLines == 0 ? 0 : titleLines * Text.height(titleFont(figure, width)) + GAP);
        double bottom = height - Theme.PAD - (captionLines == 0 ? 0 : captionLines * Text.height(Theme.CAPTION) + GAP / 2);
        double left = Theme.PAD;
        double right = width - Theme.PAD;
        return new Frame(new Rectangle2D.Double(left, top, Math.max(1, right - left), Math.max(1, bottom - top)));
    }

    static void drawTitleAndCaption(Graphics2D g, Figure figure, double width, double height) {
        List<String> title = titleLines(figure, width);
        java.awt.Font font = titleFont(figure, width);
        g.setColor(Theme.TEXT);
        double lineHeight = Text.height(font);
        for (int i = 0; i < title.size(); i++) {
            Text.draw(g, title.get(i), font, width / 2, Theme.PAD + (i + 0.5) * lineHeight, Text.Align.CENTER);
        }
        List<String> caption = captionLines(figure, width);
        g.setColor(Theme.MUTED_TEXT);
        double captionHeight = Text.height(Theme.CAPTION);
        double firstY = height - Theme.PAD - (caption.size() - 0.5) * captionHeight;
        for (int i = 0; i < caption.size(); i++) {
            Text.draw(g, caption.get(i), Theme.CAPTION, width - Theme.PAD, firstY + i * captionHeight, Text.Align.END);
        }
    }

    static List<String> titleLines(Figure figure, double width) {
        return Text.wrap(figure.title(), titleFont(figure, width), width - 2 * Theme.PAD, MAX_LINES);
    }

    /** The largest of {@link #TITLE_FONTS} in which the title fits one line of the figure, else the smallest. */
    static java.awt.Font titleFont(Figure figure, double width) {
        for (java.awt.Font font : TITLE_FONTS) {
            if (Text.width(figure.title(), font) <= width - 2 * Theme.PAD) {
                return font;
            }
        }
        return TITLE_FONTS[TITLE_FONTS.length - 1];
    }

    private static List<String> captionLines(Figure figure, double width) {
        return Text.wrap(figure.caption(), Theme.CAPTION, width - 2 * Theme.PAD, MAX_CAPTION_LINES);
    }
}
