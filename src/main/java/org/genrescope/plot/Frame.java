package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * The part every figure shares: a title above, a caption below, and the content rectangle between them.
 *
 * @param content the room left for axes, plots and legends
 */
record Frame(Rectangle2D content) {

    private static final double GAP = 8;

    static Frame of(Figure figure, double width, double height) {
        double top = Theme.PAD + (figure.title().isEmpty() ? 0 : Text.height(Theme.TITLE) + GAP);
        double bottom = height - Theme.PAD - (figure.caption().isEmpty() ? 0 : Text.height(Theme.CAPTION) + GAP / 2);
        double left = Theme.PAD;
        double right = width - Theme.PAD;
        return new Frame(new Rectangle2D.Double(left, top, Math.max(1, right - left), Math.max(1, bottom - top)));
    }

    static void drawTitleAndCaption(Graphics2D g, Figure figure, double width, double height) {
        if (!figure.title().isEmpty()) {
            g.setColor(Theme.TEXT);
            String title = Text.fit(figure.title(), Theme.TITLE, width - 2 * Theme.PAD);
            Text.draw(g, title, Theme.TITLE, width / 2, Theme.PAD + Text.height(Theme.TITLE) / 2, Text.Align.CENTER);
        }
        if (!figure.caption().isEmpty()) {
            g.setColor(Theme.MUTED_TEXT);
            String caption = Text.fit(figure.caption(), Theme.CAPTION, width - 2 * Theme.PAD);
            Text.draw(g, caption, Theme.CAPTION, width - Theme.PAD, height - Theme.PAD - Text.height(Theme.CAPTION) / 2,
                    Text.Align.END);
        }
    }
}
