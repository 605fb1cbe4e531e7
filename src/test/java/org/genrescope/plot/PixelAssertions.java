package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Pixel-for-pixel comparison of two drawings (TYPE_INT_ARGB images of one size), shared by the plot tests. */
final class PixelAssertions {
    private PixelAssertions() {
    }

    /** The image's pixels, not copied. */
    static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** How many pixels differ. */
    static int differing(BufferedImage a, BufferedImage b) {
        int[] pa = pixels(a);
        int[] pb = pixels(b);
        int count = 0;
        for (int i = 0; i < pa.length; i++) {
            count += pa[i] != pb[i] ? 1 : 0;
        }
        return count;
    }

    /** Fails naming how many pixels differ and the first one's position and colours, when any does. */
    static void assertSamePixels(BufferedImage expected, BufferedImage actual, String what) {
        int[] e = pixels(expected);
        int[] a = pixels(actual);
        assertEquals(e.length, a.length, what);
        for (int i = 0; i < e.length; i++) {
            if (e[i] != a[i]) {
                assertEquals(Integer.toHexString(e[i]), Integer.toHexString(a[i]), what + ": "
                        + differing(expected, actual) + " pixels differ, the first at (" + i % expected.getWidth()
                        + ", " + i / expected.getWidth() + ")");
            }
        }
    }
}
