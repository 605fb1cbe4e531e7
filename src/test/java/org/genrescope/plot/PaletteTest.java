package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.genrescope.plot.ColourVision.Vision;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void theCiede2000CodeMatchesSharmasPublishedPairs() {
        // Sharma, Wu and Dalal (2005), Table 1: pairs 1, 2, 3, 4, 7, 19 and 25 with their differences.
        double[][][] pairs = {
            {{50, 2.6772, -79.7751}, {50, 0, -82.7485}, {2.0425}},
            {{50, 3.1571, -77.2803}, {50, 0, -82.7485}, {2.8615}},
            {{50, 2.8361, -74.0200}, {50, 0, -82.7485}, {3.4412}},
            {{50, -1.3802, -84.2814}, {50, 0, -82.7485}, {1.0000}},
            {{50, 0, 0}, {50, -1, 2}, {2.3669}},
            {{50, 2.5, 0}, {56, -27, -3}, {31.9030}},
            {{60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}, {1.2644}},
        };
        for (double[][] pair : pairs) {
            assertEquals(pair[2][0], ColourVision.ciede2000(pair[0], pair[1]), 1e-4);
        }
        // The Machado matrices keep the greys: white stays white.
        double[] white = ColourVision.lab(Color.WHITE, Vision.DEUTERANOPIA);
        assertEquals(100, white[0], 0.1);
    }

    @Test
    void theTwelveColoursStayApartForNormalDeuteranopicAndProtanopicVision() {
        // CIEDE2000 of 1 is about a just noticeable difference; 10 is plainly another colour. The colours used
        // before came to 4.0 (Okabe-Ito's bluish green against Tol's rose, for deuteranopes).
        List<Color> twelve = Palette.categoricalList(Palette.SAFE_CATEGORICAL_COUNT);
        assertEquals(12, twelve.size());
        assertTrue(minimum(twelve, Vision.NORMAL) >= 15, "normal " + minimum(twelve, Vision.NORMAL));
        assertTrue(minimum(twelve, Vision.DEUTERANOPIA) >= 10.5, "deuteranopia " + minimum(twelve, Vision.DEUTERANOPIA));
        assertTrue(minimum(twelve, Vision.PROTANOPIA) >= 10.5, "protanopia " + minimum(twelve, Vision.PROTANOPIA));
        List<Color> eight = twelve.subList(0, 8);
        for (Vision vision : Vision.values()) {
            assertTrue(minimum(eight, vision) >= 14, vision + ", first 8: " + minimum(eight, vision));
        }
    }

    @Test
    void everyColourStandsOffTheBackgroundAndTheNoiseGrey() {
        for (Color color : Palette.categoricalList(Palette.SAFE_CATEGORICAL_COUNT)) {
            for (Vision vision : Vision.values()) {
                assertTrue(ColourVision.difference(color, Color.WHITE, vision) >= 20, vision + " on white: " + color);
                assertTrue(ColourVision.difference(color, Palette.NOISE, vision) >= 15, vision + " noise: " + color);
            }
        }
    }

    @Test
    void beyondTwelveTheMarkerKeepsEveryCategoryUniqueUpToThirtySix() {
        Set<String> pairs = new HashSet<>();
        for (int c = 0; c < 36; c++) {
            assertTrue(pairs.add(Palette.categorical(c).getRGB() + "/" + Palette.marker(c)), "category " + c);
        }
        assertEquals(Marker.DISC, Palette.marker(11));
        assertEquals(Marker.SQUARE, Palette.marker(12));
        assertEquals(Marker.TRIANGLE, Palette.marker(29));
        assertEquals(Palette.categorical(1), Palette.categorical(13), "colours repeat, the marker tells them apart");
        assertThrows(IllegalArgumentException.class, () -> Palette.categorical(-1));
        assertThrows(IllegalArgumentException.class, () -> Palette.marker(-1));
    }

    @Test
    void everyMarkerCoversTheAreaOfItsDisc() {
        for (Marker marker : Marker.values()) {
            java.awt.geom.Area area = new java.awt.geom.Area(marker.shape(0, 0, 10));
            // Count a fine grid's points inside: the shapes' areas must match pi r^2 within 1%.
            int inside = 0;
            for (double x = -20; x < 20; x += 0.05) {
                for (double y = -20; y < 20; y += 0.05) {
                    inside += area.contains(x, y) ? 1 : 0;
                }
            }
            assertEquals(Math.PI * 100, inside * 0.05 * 0.05, Math.PI, marker.toString());
        }
    }

    @Test
    void theSequentialScaleRunsFromDarkPurpleToYellowGettingLighter() {
        assertEquals(new Color(0x440154), Palette.sequential(0));
        assertEquals(new Color(0xFDE725), Palette.sequential(1));
        assertEquals(new Color(0xFDE725), Palette.sequential(7));
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            double lightness = ColourVision.lab(Palette.sequential(i / 100.0), Vision.NORMAL)[0];
            assertTrue(lightness > previous, "lightness must grow at " + i);
            previous = lightness;
        }
    }

    @Test
    void cellTextContrastsWithItsBackground() {
        assertEquals(Color.WHITE, Palette.textOn(Palette.sequential(0)));
        assertEquals(Color.BLACK, Palette.textOn(Palette.sequential(1)));
    }

    /** The smallest CIEDE2000 difference between any two of {@code colors} seen with {@code vision}. */
    private static double minimum(List<Color> colors, Vision vision) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < colors.size(); i++) {
            for (int j = i + 1; j < colors.size(); j++) {
                min = Math.min(min, ColourVision.difference(colors.get(i), colors.get(j), vision));
            }
        }
        return min;
    }
}
