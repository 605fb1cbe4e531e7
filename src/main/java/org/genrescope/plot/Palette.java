package org.genrescope.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Colours that stay distinguishable for readers with colour-vision deficiencies.
 *
 * <p>Categorical colours: twelve, each taken from a published colour-blind-safe scheme (the source is named
 * beside each below): Okabe and Ito, "Color Universal Design" (2008, https://jfly.uni-koeln.de/color/); Paul Tol,
 * "Colour Schemes" (SRON, 2021, https://personal.sron.nl/~pault/), his "vibrant" and "dark" schemes; and Petroff,
 * "Accessible Color Sequences for Data Visualization" (2021, arXiv:2107.02270). From the 53 colours of those
 * schemes (without black, greys and colours too pale on white) these 12 were picked by a local search that
 * maximised the smallest CIEDE2000 difference of any two for normal vision (weighted 1/1.4) and for
 * deuteranopes and protanopes (simulated with Machado, Oliveira and Fernandes 2009, severity 1). The result:
 * at least 15 for normal vision and 10.5 after either simulation, where the 12 colours used before came to 4.0
 * ({@code PaletteTest} measures it). They are ordered farthest-first, so fewer categories get colours that
 * are further apart still (at least 14 after simulation for the first 8).
 *
 * <p>Beyond 12 categories the colours repeat with another {@link Marker} (12 colours x 3 shapes give 36
 * distinct pairs, enough for the 30 clusters the window sweeps); the scatter also labels each category
 * directly. Points without a category ("noise") are drawn in {@link #NOISE} grey, which none of the twelve is
 * close to.
 *
 * <p>The sequential scale approximates matplotlib's "viridis" (CC0; van der Walt and Smith), interpolated
 * linearly in sRGB between its 11 standard samples: perceptually ordered, readable in grey-scale and by
 * colour-blind readers.
 */
public final class Palette {

    /** The grey of points that belong to no category. */
    public static final Color NOISE = new Color(0xA0A0A0);

    /** How many categorical colours there are; categories beyond repeat them with another marker. */
    public static final int SAFE_CATEGORICAL_COUNT = 12;

    private static final int[] CATEGORICAL = {
        0x3F90DA, // Petroff blue
        0xF0E442, // Okabe-Ito yellow
        0x663333, // Tol dark red
        0x222255, // Tol dark blue
        0xD55E00, // Okabe-Ito vermillion
        0x832DB6, // Petroff purple
        0xB9AC70, // Petroff tan
        0xA96B59, // Petroff brown
        0xBD1F01, // Petroff red
        0xE69F00, // Okabe-Ito orange
        0x33BBEE, // Tol vibrant cyan
        0x225555, // Tol dark cyan
    };

    private static final int[] VIRIDIS = {
        0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725,
    };

    private Palette() {
    }

    /** The categorical colour of category {@code index} (0-based); it repeats every 12 categories. */
    public static Color categorical(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("category index must be at least 0, got " + index);
        }
        return new Color(CATEGORICAL[index % CATEGORICAL.length]);
    }

    /**
     * The marker of category {@code index}: discs for the first 12, then squares, then triangles; the
     * (colour, marker) pairs are distinct for the first 36 categories and repeat after.
     */
    public static Marker marker(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("category index must be at least 0, got " + index);
        }
        Marker[] markers = Marker.values();
        return markers[(index / CATEGORICAL.length) % markers.length];
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
