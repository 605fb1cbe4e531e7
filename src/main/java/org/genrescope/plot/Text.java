package org.genrescope.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;

/**
 * Measures and draws text. Measuring goes through one fixed {@link FontRenderContext} rather than a
 * Graphics, so layouts (and the hit test's plot area) come out the same on screen, in PNG and in SVG.
 */
final class Text {

    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "\u2026";
    /** Marks a space {@link #wrap} does not break at, while it splits the text into words. */
    private static final char GLUE = '\u0000';

    enum Align { START, CENTER, END }

    private Text() {
    }

    static double width(String s, Font font) {
        return s.isEmpty() ? 0 : font.getStringBounds(s, FRC).getWidth();
    }

    static double ascent(Font font) {
        return metrics(font).getAscent();
    }

    /** Line height: ascent plus descent plus leading. */
    static double height(Font font) {
        return metrics(font).getHeight();
    }

    /**
     * Draws {@code s} with its horizontal anchor at {@code x} and the middle of its cap height at
     * {@code centerY} (which centres digits and capitals visually).
     */
    static void draw(Graphics2D g, String s, Font font, double x, double centerY, Align align) {
        if (s.isEmpty()) {
            return;
        }
        double w = width(s, font);
        double left = switch (align) {
            case START -> x;
            case CENTER -> x - w / 2;
            case END -> x - w;
        };
        g.setFont(font);
        g.drawString(s, (float) left, (float) (centerY + capHeight(font) / 2));
    }

    /** Draws {@code s} turned a quarter counter-clockwise (reading bottom to top), centred on (x, y). */
    static void drawVertical(Graphics2D g, String s, Font font, double x, double y) {
        if (s.isEmpty()) {
            return;
        }
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        draw(g, s, font, 0, 0, Align.CENTER);
        g.setTransform(saved);
    }

    /** Draws {@code s} rotated by {@code angle} radians about its end, which sits at (x, y). */
    static void drawRotatedEndingAt(Graphics2D g, String s, Font font, double x, double y, double angle) {
        if (s.isEmpty()) {
            return;
        }
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(angle);
        draw(g, s, font, 0, 0, Align.END);
        g.setTransform(saved);
    }

    /** {@code s}, cut short with an ellipsis if wider than {@code maxWidth}. */
    static String fit(String s, Font font, double maxWidth) {
        if (width(s, font) <= maxWidth) {
            return s;
        }
        int keep = s.length();
        while (keep > 0 && width(s.substring(0, keep) + ELLIPSIS, font) > maxWidth) {
            keep--;
        }
        return keep == 0 ? "" : s.substring(0, keep) + ELLIPSIS;
    }

    /**
     * {@code s} broken at spaces into lines no wider than {@code maxWidth}, at most {@code maxLines} of them; a word
     * wider than a line, or text beyond the last line, is cut short with an ellipsis. Empty text gives no lines.
     */
    static java.util.List<String> wrap(String s, Font font, double maxWidth, int maxLines) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (s.isEmpty()) {
            return lines;
        }
        // "k = 8" is one word: a line does not end or start at a lone "="
        String[] words = s.replace(" = ", GLUE + "=" + GLUE).split(" ");
        for (int w = 0; w < words.length; w++) {
            words[w] = words[w].replace(GLUE, ' ');
        }
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(candidate, font) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                i++;
                continue;
            }
            if (lines.size() == maxLines - 1) {
                break;
            }
            lines.add(fit(line.toString(), font, maxWidth));
            line.setLength(0);
        }
        String last = line.toString();
        if (i < words.length) { // more words than lines: the last line says so
            last = last + " " + String.join(" ", java.util.Arrays.asList(words).subList(i, words.length));
        }
        lines.add(fit(last, font, maxWidth));
        return lines;
    }

    private static double capHeight(Font font) {
        // Most fonts' cap height is about 0.7 of the ascent reported by Java.
        return ascent(font) * 0.72;
    }

    private static LineMetrics metrics(Font font) {
        return font.getLineMetrics("Hg", FRC);
    }
}
