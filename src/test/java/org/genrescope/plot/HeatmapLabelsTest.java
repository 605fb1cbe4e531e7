package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeatmapLabelsTest {

    @Test
    void cellsShowCountsWithSeparatorsAndPercentagesAsComputedByHand() {
        // Row 0: 1,234 + 0 + 1 = 1,235 tracks; 1234/1235 = 99.919..%, 1/1235 = 0.081%. Row 1: 5 of 20 = 25%.
        HeatmapFigure f = HeatmapFigure.contingency("t", List.of("a", "b"), List.of("0", "1", "2"),
                new int[][] {{1234, 0, 1}, {5, 15, 0}}, "cluster", "genre", "");
        assertEquals("1,234\n99.9%", f.cellLabels().get(0).text(0, 0));
        assertEquals("0\n0.0%", f.cellLabels().get(0).text(0, 1));
        assertEquals("1\n0.1%", f.cellLabels().get(0).text(0, 2), "0.081% rounds to 0.1%");
        assertEquals("100%", f.cellLabels().get(2).text(0, 0), "99.9% rounds to 100% when whole");
        assertEquals("<1%", f.cellLabels().get(2).text(0, 2), "a track is never shown as 0%");
        assertEquals("0%", f.cellLabels().get(2).text(0, 1));
        assertEquals("<1", f.cellLabels().get(3).text(0, 2));
        assertEquals("100", f.cellLabels().get(3).text(0, 0));
        assertEquals("25.0%", f.cellLabels().get(1).text(1, 0));
        assertEquals("75%", f.cellLabels().get(2).text(1, 1));
        assertEquals(100.0 * 1234 / 1235, f.value(0, 0), 1e-12);
        assertEquals("% of its genre", f.scaleLabel());

        HeatmapFigure tiny = HeatmapFigure.contingency("t", List.of("a"), List.of("0", "1"), new int[][] {{1, 19_999}},
                "", "genre", "");
        assertEquals("<0.1%", tiny.cellLabels().get(1).text(0, 0), "1 of 20,000 is 0.005%");
        assertEquals("19,999\n100.0%", tiny.text(0, 1));
    }

    @Test
    void atSixteenClustersEveryCellIsLabelledAndTheFigureSaysWhatTheNumbersAre() {
        int[][] counts = new int[10][16];
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < 16; c++) {
                counts[r][c] = 1000 + (r * 37 + c * 101) % 4000 + (c == r ? 4000 : 0); // all of 4 digits
            }
        }
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            rows.add("Genre " + r);
        }
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            columns.add(Integer.toString(c));
        }
        HeatmapFigure f = HeatmapFigure.contingency("k = 16", rows, columns, counts, "cluster", "genre", "");
        // Wide: counts and percentages in every cell. Narrow (a window's half): percentages in every cell.
        String wide = SvgExporter.toSvg(f, 1400, 900);
        assertEquals(160, count(wide, ">[0-9],[0-9]{3}</text>"), "a count in every cell");
        assertEquals(160, count(wide, ">(&lt;)?[0-9.]+%</text>"), "a percentage in every cell");
        assertTrue(wide.contains("cells: count and % of its genre"));
        String narrow = SvgExporter.toSvg(f, 640, 500);
        assertEquals(0, count(narrow, ">[0-9],[0-9]{3}</text>"), "no counts when they do not all fit");
        assertEquals(160, count(narrow, ">(&lt;)?[0-9.]+%</text>"), "a percentage in every cell");
        assertTrue(narrow.contains("(the counts do not fit)"));
        // The window's heatmap beside its tables (about 600 x 700 pixels): every cell still gets its number.
        HeatmapRenderer.Choice window = HeatmapRenderer.layout(f, 600, 700).choice();
        assertTrue(window != null, "some labels fit");
        for (int r = 0; r < 10; r++) {
            for (int c = 0; c < 16; c++) {
                assertTrue(!window.labels().text(r, c).isEmpty());
            }
        }
        assertEquals(null, HeatmapRenderer.layout(f, 200, 150).choice(), "a thumbnail has no numbers");
    }

    /**
     * The window's heatmap at k = 16 beside its tables at 1024 x 700 (about 300 x 500 pixels): the cluster numbers
     * under the columns are thinned out, never drawn over one another, and wide figures label every column.
     */
    @Test
    void columnLabelsThinOutRatherThanOverlap() {
        int[][] counts = new int[7][16];
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            columns.add("c" + c);
            for (int r = 0; r < 7; r++) {
                counts[r][c] = 50 + r * 16 + c;
            }
        }
        HeatmapFigure f = HeatmapFigure.contingency("k = 16", List.of("a", "b", "c", "d", "e", "f", "g"), columns,
                counts, "cluster", "genre", "");
        assertEquals(16, count(SvgExporter.toSvg(f, 1400, 900), ">c[0-9]+</text>"), "wide: every column labelled");
        for (int width : new int[] {300, 380, 460, 560}) {
            HeatmapRenderer.Layout layout = HeatmapRenderer.layout(f, width, 500);
            int step = layout.columnStep();
            String svg = SvgExporter.toSvg(f, width, 500);
            assertEquals((16 + step - 1) / step, count(svg, ">c[0-9]+</text>"), "width " + width);
            for (int c = 0; c < 16; c++) {
                assertEquals(c % step == 0, svg.contains(">c" + c + "</text>"), "width " + width + ", column " + c);
            }
            // neighbours drawn are apart by more than a label's width (upright) or a line's height (slanted 40 deg)
            double apart = step * layout.cellWidth();
            double needed = layout.rotate() ? (Text.height(Theme.LABEL) + 1) / Math.sin(Math.toRadians(40))
                    : Text.width("c15", Theme.LABEL) + 4;
            assertTrue(apart >= needed - 1e-9, "width " + width + ": " + apart + " < " + needed);
        }
        assertTrue(HeatmapRenderer.layout(f, 300, 500).columnStep() > 1, "too narrow for 16 labels side by side");
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
