package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Faceted strips too short for two y labels ("400" drawn over "0" in 10 px strips) label only their top, which gives
 * each strip's scale; tall strips keep 0 and the top.
 */
class FacetedStripTicksTest {

    /** 7 groups of 100 values 10.5, 11.5 ... (x ticks never read "0"), one panel. */
    private static HistogramFigure sevenStrips() {
        double[] values = new double[700];
        int[] group = new int[700];
        for (int i = 0; i < values.length; i++) {
            values[i] = 10.5 + i % 10;
            group[i] = i / 100;
        }
        HistogramPanel panel = HistogramPanel.of("x", values, group, 7, 10, List.of());
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "g");
        return new HistogramFigure("", List.of(panel), names, Palette.categoricalList(7),
                HistogramFigure.GroupDisplay.FACETED, "");
    }

    @Test
    void shortStripsLabelOnlyTheirTopAndTallOnesAlsoZero() {
        // every bin of every group holds 10 values, so each strip's top tick is 10
        String shortStrips = SvgExporter.toSvg(sevenStrips(), 600, 230);
        assertEquals(0, count(shortStrips, ">0</text>"), "no '0' under the top label in a short strip");
        assertEquals(7, count(shortStrips, ">10</text>"), "each strip labels its top");
        String tallStrips = SvgExporter.toSvg(sevenStrips(), 600, 1400);
        assertEquals(7, count(tallStrips, ">0</text>"), "tall strips keep their 0");
        assertTrue(count(tallStrips, ">10</text>") >= 7);
    }

    private static int count(String svg, String regex) {
        Matcher m = Pattern.compile(regex).matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
