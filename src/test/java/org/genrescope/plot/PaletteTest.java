package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void theFirstFifteenColoursAreClearlyDistinct() {
        // CIE76 distance 20 is far beyond "just noticeable" (about 2.3); 15 covers 7 genres + 8 clusters.
        assertMinimumDistance(Palette.categoricalList(15), 20);
    }

    @Test
    void allSafeColoursAreDistinctFromEachOtherAndFromNoiseAndBackground() {
        List<Color> colors = Palette.categoricalList(Palette.SAFE_CATEGORICAL_COUNT);
        assertMinimumDistance(colors, 14);
        for (Color color : colors) {
            assertTrue(distance(color, Palette.NOISE) > 20, "too close to the noise grey: " + color);
            assertTrue(distance(color, Color.WHITE) > 15, "too close to the background: " + color);
        }
    }

    @Test
    void coloursBeyondTheSafeSetStayDistinct() {
        assertMinimumDistance(Palette.categoricalList(40).subList(Palette.SAFE_CATEGORICAL_COUNT, 40), 5);
        assertThrows(IllegalArgumentException.class, () -> Palette.categorical(-1));
    }

    @Test
    void theSequentialScaleRunsFromDarkPurpleToYellowGettingLighter() {
        assertEquals(new Color(0x440154), Palette.sequential(0));
        assertEquals(new Color(0xFDE725), Palette.sequential(1));
        assertEquals(new Color(0xFDE725), Palette.sequential(7));
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            double lightness = lab(Palette.sequential(i / 100.0))[0];
            assertTrue(lightness > previous, "lightness must grow at " + i);
            previous = lightness;
        }
    }

    @Test
    void cellTextContrastsWithItsBackground() {
        assertEquals(Color.WHITE, Palette.textOn(Palette.sequential(0)));
        assertEquals(Color.BLACK, Palette.textOn(Palette.sequential(1)));
    }

    private static void assertMinimumDistance(List<Color> colors, double minimum) {
        for (int i = 0; i < colors.size(); i++) {
            for (int j = i + 1; j < colors.size(); j++) {
                double d = distance(colors.get(i), colors.get(j));
                assertTrue(d >= minimum, "colours " + i + " and " + j + " are only " + d + " apart");
            }
        }
    }

    /** CIE76 colour difference: Euclidean distance in CIELAB (D65). */
    static double distance(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
