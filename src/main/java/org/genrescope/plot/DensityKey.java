package org.genrescope.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * The key of a density-shaded scatter ({@link DensityPainter}), under its legend: a bar from a pixel holding one
 * point to the busiest pixel, drawn with the same log weights in a neutral grey (each pixel's hue is its
 * categories' mean colour, which the legend above gives).
 */
final class DensityKey {

    static final String TITLE = "Tracks per pixel, log";
    private static final Color INK = new Color(0x3A3A3A);
    private static final int STEPS = 48;

    private DensityKey() {
    }

    static void draw(Graphics2D g, Rectangle2D key, int maxCount) {
        double x = key.getMinX() + 2;
        double width = Math.max(10, key.getWidth() - 8);
        double titleY = key.getMinY() + 10;
        g.setColor(Theme.TEXT);
        Text.draw(g, Text.fit(TITLE, Theme.SMALL, width), Theme.SMALL, x, titleY, Text.Align.START);
        if (maxCount == 0) {
            Text.draw(g, "no points in view", Theme.SMALL, x, titleY + 16, Text.Align.START);
            return;
        }
        double barY = titleY + 8;
        double barHeight = 10;
        double logMax = Math.log1p(maxCount);
        for (int s = 0; s < STEPS; s++) {
            // the count at this step of the bar, evenly spaced in log(1 + count) from 1 to the maximum
            double count = Math.expm1(Math.log(2) + (logMax - Math.log(2)) * s / (STEPS - 1.0));
            double w = DensityPainter.weight((int) Math.round(count), logMax);
            g.setColor(mix(INK, w));
            g.fill(new Rectangle2D.Double(x + width * s / STEPS, barY, width / STEPS + 0.5, barHeight));
        }
        g.setColor(Theme.AXIS);
        g.setStroke(Theme.THIN);
        g.draw(new Rectangle2D.Double(x, barY, width, barHeight));
        g.setColor(Theme.MUTED_TEXT);
        double labelY = barY + barHeight + 8;
        Text.draw(g, "1", Theme.SMALL, x, labelY, Text.Align.START);
        Text.draw(g, String.format(Locale.ROOT, "%,d", maxCount), Theme.SMALL, x + width, labelY, Text.Align.END);
    }

    /** {@code colour} laid over the white background with weight {@code w}. */
    private static Color mix(Color colour, double w) {
        return new Color((int) Math.round(255 + (colour.getRed() - 255) * w),
                (int) Math.round(255 + (colour.getGreen() - 255) * w),
                (int) Math.round(255 + (colour.getBlue() - 255) * w));
    }
}
