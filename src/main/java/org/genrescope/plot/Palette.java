package org.genrescope.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Colours that stay distinguishable for readers with colour-vision deficiencies.
 *
 * <p>Categorical colours, in order:
 * <ol>
 *   <li>the Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008, https://jfly.uni-koeln.de/color/)
 *       without its black, which is kept for outlines and text: orange, sky blue, bluish green, blue,
 *       vermillion, reddish purple, yellow;</li>
 *   <li>Paul Tol's "muted" scheme (https://personal.sron.nl/~pault/, "Colour Schemes", 2021): indigo, rose,
 *       sand, green, wine, olive, purple; its cyan and teal come last because they sit close to Okabe-Ito's
 *       sky blue and bluish green (CIELAB distance 14 and 19);</li>
 *   <li>black;</li>
 *   <li>beyond those 17, hues spaced by the golden angle at alternating lightness, which stay distinct from
 *       each other but are no longer checked for colour-blind safety.</li>
 * </ol>
 * Points without a category ("noise") are drawn in {@link #NOISE} grey, which none of the above is close to.
 *
 * <p>The sequential scale approximates matplotlib's "viridis" (CC0; van der Walt and Smith), interpolated
 * linearly in sRGB between its 11 standard samples: perceptually ordered, readable in grey-scale and by
 * colour-blind readers.
 */
public final class Palette {

    /** The grey of points that belong to no category. */
    public static final Color NOISE = new Color(0xA0A0A0);

    /** How many categorical colours are checked for colour-blind safety. */
    public static final int SAFE_CATEGORICAL_COUNT = 17;

    private static final int[] CATEGORICAL = {
        0xE69F00, 0x56B4E9, 0x009E73, 0x0072B2, 0xD55E00, 0xCC79A7, 0xF0E442, // Okabe-Ito
        0x332288, 0xCC6677, 0xDDCC77, 0x117733, 0x882255, 0x999933, 0xAA4499, // Tol muted
        0x000000,
        0x88CCEE, 0x44AA99, // Tol muted, close to Okabe-Ito sky blue and bluish green
    };

    private static final int[] VIRIDIS = {
        0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725,
    };

    private static final double GOLDEN_ANGLE_TURNS = 0.381966;

    private Palette() {
    }

    /** The categorical colour of category {@code index} (0-based). */
    public static Color categorical(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("category index must be at least 0, got " + index);
        }
        if (index < CATEGORICAL.length) {
            return new Color(CATEGORICAL[index]);
        }
        int extra = index - CATEGORICAL.length;
        float hue = (float) ((0.07 + extra * GOLDEN_ANGLE_TURNS) % 1.0);
        float brightness = extra % 2 == 0 ? 0.62f : 0.85f;
        return Color.getHSBColor(hue, 0.65f, brightness);
    }

    /** The first {@code count} categorical colours. */
    public static List<Color> categoricalList(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("colour count must be at least 0, got " + count);
        }
        List<Color> colors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            colors.add(categorical(i));
        }
        return List.copyOf(colors);
    }

    /**
     * The sequential colour at {@code t} in [0, 1] (clamped; NaN gives the low end): dark purple at 0,
     * yellow at 1.
     */
    public static Color sequential(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double position = clamped * (VIRIDIS.length - 1);
        int low = Math.min((int) position, VIRIDIS.length - 2);
        double f = position - low;
        int a = VIRIDIS[low];
        int b = VIRIDIS[low + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    /** Positions (0..1) of the sequential scale's sample colours, for a {@link java.awt.LinearGradientPaint}. */
    static float[] sequentialStops() {
        float[] stops = new float[VIRIDIS.length];
        for (int i = 0; i < stops.length; i++) {
            stops[i] = (float) i / (VIRIDIS.length - 1);
        }
        return stops;
    }

    /** The sequential scale's sample colours, matching {@link #sequentialStops()}. */
    static Color[] sequentialColors() {
        Color[] colors = new Color[VIRIDIS.length];
        for (int i = 0; i < colors.length; i++) {
            colors[i] = new Color(VIRIDIS[i]);
        }
        return colors;
    }

    /** Black or white, whichever reads better on {@code background} (by WCAG relative luminance). */
    public static Color textOn(Color background) {
        double luminance = 0.2126 * linear(background.getRed()) + 0.7152 * linear(background.getGreen())
                + 0.0722 * linear(background.getBlue());
        // Contrast with black (L+0.05)/0.05 beats contrast with white 1.05/(L+0.05) above L ~ 0.179.
        return luminance > 0.179 ? Color.BLACK : Color.WHITE;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) + ((b & 0xFF) - (a & 0xFF)) * f);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
