package org.genrescope.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * The key of a density-shaded scatter ({@link DensityPainter}), under its legend: its title names the bin (a pixel,
 * or a square of several pixels when the points are few), then a bar from a bin holding one point to the busiest
 * bin, drawn with the same log weights in a neutral grey (each bin's hue is its categories' mean colour, which the
 * legend above gives).
 */
final class DensityKey {

    private static final Color INK = new Color(0x3A3A3A);
    private static final int STEPS = 48;

    private DensityKey() {
    }

    /** The key's title for bins of {@code size} pixels a side: "Tracks per pixel, log" or per "7 x 7 px bin". */
    static String title(int size) {
        return size <= 1 ? "Tracks per pixel, log"
                : String.format(Locale.ROOT, "Tracks per %d \u00d7 %d px bin, log", size, size);
    }

    /**
     * The title in at most {@code width}: the whole one, else shorter wordings that keep the bin's size (the part a
     * reader cannot guess), cut only as the last resort.
     */
    static String title(int size, double width) {
        String[] wordings = size <= 1 ? new String[] {title(size), "Per pixel, log", "Per px"}
                : new String[] {title(size), String.format(Locale.ROOT, "Per %d \u00d7 %d px bin, log", size, size),
                        String.format(Locale.ROOT, "Per %d\u00d7%d px, log", size, size),
                        String.format(Locale.ROOT, "%d\u00d7%d px", size, size)};
        for (String wording : wordings) {
            if (Text.width(wording, Theme.SMALL) <= width) {
                return wording;
            }
        }
        return Text.fit(wordings[wordings.length - 1], Theme.SMALL, width);
    }

    static void draw(Graphics2D g, Rectangle2D key, DensityPainter.Bins bins) {
        int maxCount = bins.maxCount();
        double x = key.getMinX() + 2;
        double width = Math.max(10, key.getWidth() - 8);
        double titleY = key.getMinY() + 10;
        g.setColor(Theme.TEXT);
        Text.draw(g, title(bins.size() == 1 ? 1 : bins.side(), width), Theme.SMALL, x, titleY, Text.Align.START);
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
