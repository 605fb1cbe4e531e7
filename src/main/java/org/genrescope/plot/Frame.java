package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The part every figure shares: a title above, a caption below, and the content rectangle between them. A title or
 * caption wider than the figure wraps onto a second and third line (the window's figures can be narrow), rather
 * than being cut short; only text beyond three lines ends in an ellipsis.
 *
 * @param content the room left for axes, plots and legends
 */
record Frame(Rectangle2D content) {

    private static final double GAP = 8;
    private static final int MAX_LINES = 3;

    static Frame of(Figure figure, double width, double height) {
        int titleLines = titleLines(figure, width).size();
        int captionLines = captionLines(figure, width).size();
        double top = Theme.PAD + (titleLines == 0 ? 0 : titleLines * Text.height(Theme.TITLE) + GAP);
        double bottom = height - Theme.PAD - (captionLines == 0 ? 0 : captionLines * Text.height(Theme.CAPTION) + GAP / 2);
        double left = Theme.PAD;
        double right = width - Theme.PAD;
        return new Frame(new Rectangle2D.Double(left, top, Math.max(1, right - left), Math.max(1, bottom - top)));
    }

    static void drawTitleAndCaption(Graphics2D g, Figure figure, double width, double height) {
        List<String> title = titleLines(figure, width);
        g.setColor(Theme.TEXT);
        double lineHeight = Text.height(Theme.TITLE);
        for (int i = 0; i < title.size(); i++) {
            Text.draw(g, title.get(i), Theme.TITLE, width / 2, Theme.PAD + (i + 0.5) * lineHeight, Text.Align.CENTER);
        }
        List<String> caption = captionLines(figure, width);
        g.setColor(Theme.MUTED_TEXT);
        double captionHeight = Text.height(Theme.CAPTION);
        double firstY = height - Theme.PAD - (caption.size() - 0.5) * captionHeight;
        for (int i = 0; i < caption.size(); i++) {
            Text.draw(g, caption.get(i), Theme.CAPTION, width - Theme.PAD, firstY + i * captionHeight, Text.Align.END);
        }
    }

    private static List<String> titleLines(Figure figure, double width) {
        return Text.wrap(figure.title(), Theme.TITLE, width - 2 * Theme.PAD, MAX_LINES);
    }

    private static List<String> captionLines(Figure figure, double width) {
        return Text.wrap(figure.caption(), Theme.CAPTION, width - 2 * Theme.PAD, MAX_LINES);
    }
}
