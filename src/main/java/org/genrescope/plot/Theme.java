package org.genrescope.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;

/**
 * Fonts, colours and spacing shared by every renderer, in logical pixels (scale 1). Java's logical
 * "SansSerif" font is used because it exists on every JDK and maps to "sans-serif" in SVG.
 */
final class Theme {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font PANEL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    /** The smallest text, for the cells of a crowded heatmap. */
    static final Font TINY = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    static final Font CAPTION = new Font(Font.SANS_SERIF, Font.ITALIC, 10);

    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED_TEXT = new Color(0x555555);
    static final Color GRID = new Color(0xE6E6E6);
    static final Color AXIS = new Color(0x8C8C8C);
    static final Color HIGHLIGHT_RING = new Color(0x111111);

    static final Stroke THIN = new BasicStroke(1f);
    static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /** Space around the whole figure. */
    static final double PAD = 10;
    static final double TICK_LENGTH = 4;
    /** Room kept for y tick labels, fixed so the plot area does not shift while zooming changes the labels. */
    static final double Y_TICK_LABEL_WIDTH = 46;
    static final double LEGEND_SWATCH = 10;
    static final double LEGEND_ROW = 17;
    /** Extra ring drawn around highlighted points, in pixels. */
    static final double HIGHLIGHT_RING_WIDTH = 1.5;

    private Theme() {
    }

    /** Antialiasing and fractional metrics, matching {@link Text#FRC} so measured and drawn text agree. */
    static void applyHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }
}
