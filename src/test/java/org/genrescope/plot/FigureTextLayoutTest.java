package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text on small figures: a title set smaller before it wraps and never broken inside "k = 8"; a heat map's row labels
 * smaller, then thinned out, rather than overlapping; a scatter's direct labels never drawn over each other.
 */
class FigureTextLayoutTest {
    private static final String TITLE = "Cluster members' mean in original units (K-Means, k = 8)";

    private static BarFigure bars(String title) {
        return BarFigure.of(title, List.of("a", "b"), List.of("one"), new double[][] {{1, 2}}, "y");
    }

    @Test
    void aTitleTooWideForTheLargeFontIsSetSmallerOnOneLine() {
        double w15 = Text.width(TITLE, Theme.TITLE);
        double w13 = Text.width(TITLE, Frame.TITLE_FONTS[1]);
        assertTrue(w13 < w15);
        double width = w13 + 2 * Theme.PAD + 1; // fits at 13 px, not at 15
        assertEquals(Frame.TITLE_FONTS[1], Frame.titleFont(bars(TITLE), width));
        assertEquals(List.of(TITLE), Frame.titleLines(bars(TITLE), width));
        assertEquals(Theme.TITLE, Frame.titleFont(bars(TITLE), w15 + 2 * Theme.PAD + 1), "room: the large font");
    }

    @Test
    void aTitleWrapsOnlyInTheSmallestFontAndKeepsKEqualsTogether() {
        double smallest = Text.width(TITLE, Frame.TITLE_FONTS[Frame.TITLE_FONTS.length - 1]);
        // where the plain word wrap would end the first line with "k" and start the next with "= 8"
        double room = Text.width("Cluster members' mean in original units (K-Means, k",
                Frame.TITLE_FONTS[Frame.TITLE_FONTS.length - 1]) + 1;
        assertTrue(room < smallest);
        List<String> lines = Frame.titleLines(bars(TITLE), room + 2 * Theme.PAD);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).contains("k = 8"), lines.toString());
        assertEquals(TITLE, String.join(" ", lines), "every word kept");
    }

    @Test
    void rowLabelsOfCrowdedRowsAreSmallerThenThinnedOut() {
        double label = Text.height(Theme.LABEL);
        double small = Text.height(Theme.SMALL);
        assertEquals(Theme.LABEL, HeatmapRenderer.rowLabelFont(label + 1));
        assertEquals(1, HeatmapRenderer.rowStep(label + 1));
        assertEquals(Theme.SMALL, HeatmapRenderer.rowLabelFont(small));
        assertEquals(1, HeatmapRenderer.rowStep(small));
        int step = HeatmapRenderer.rowStep(small / 2.5);
        assertEquals(3, step, "rows 0, 3, 6 ... labelled");
        assertTrue(step * small / 2.5 >= small, "labelled rows a line apart");
    }

    @Test
    void directLabelsThatWouldOverlapLeaveTheSmallerClusterOut() {
        Rectangle2D a = new Rectangle2D.Double(100, 100, 20, 14);
        Rectangle2D b = new Rectangle2D.Double(110, 105, 20, 14); // over a
        Rectangle2D c = new Rectangle2D.Double(121, 100, 20, 14); // 1 px right of a: within the margin
        Rectangle2D d = new Rectangle2D.Double(200, 100, 20, 14); // clear
        List<Rectangle2D> boxes = Arrays.asList(a, b, c, d, null);
        int[] counts = {50, 900, 10, 5, 1000};
        int[] order = LabelPlacement.byCount(counts);
        assertEquals(List.of(4, 1, 0, 2, 3), Arrays.stream(order).boxed().toList());
        // b (900 points) first; a overlaps it and goes; c overlaps b too; d is clear; 4 has no box (off the plot)
        assertEquals(List.of(1, 3), LabelPlacement.place(boxes, order));
        List<Integer> kept = LabelPlacement.place(Arrays.asList(a, c, d), new int[] {0, 1, 2});
        assertEquals(List.of(0, 2), kept, "closer than the margin counts as overlapping");
        assertFalse(LabelPlacement.place(Arrays.asList(a, d), new int[] {0, 1}).isEmpty());
    }

    private static HistogramFigure eightOverlaidPanels(List<String> lines) {
        java.util.List<HistogramPanel> panels = new java.util.ArrayList<>();
        for (HistogramPanel p : SampleFigures.histograms().panels()) {
            panels.add(new HistogramPanel(p.title(), p.binEdges(), p.counts(), lines));
        }
        return new HistogramFigure("Raw features of 1,919 tracks, by genre", panels,
                List.of("Classical", "Jazz", "Rock"), Palette.categoricalList(3),
                HistogramFigure.GroupDisplay.OVERLAID, "");
    }

    @Test
    void histogramSummaryLinesAreWholeOrLeftOutInAShortWideFigure() {
        // the Distributions tab at 1024 x 700 above its summary table: about 690 x 370 px for 8 overlaid panels
        String svg = SvgExporter.toSvg(eightOverlaidPanels(
                List.of("mean 0.517, median 0.539", "sd 0.378, missing 0", "range 0.000..0.996")), 690, 370);
        assertFalse(svg.contains("\u2026"), "a summary line cut short");
        assertTrue(svg.contains("mean 0.517, median 0.539"), "the first line stays, whole");
        // shorter and with a long first line: 8 narrow columns cut it ("mean 0.517, median ...") before
        svg = SvgExporter.toSvg(eightOverlaidPanels(List.of("mean 0.517, median 0.539, sd 0.378")), 690, 300);
        assertFalse(svg.contains("\u2026"), "a summary line cut short");

        double line = Text.height(Theme.SMALL);
        assertEquals(2, HistogramRenderer.linesThatFit(2, HistogramRenderer.MIN_PLOT_HEIGHT + 2 * line, line));
        assertEquals(1, HistogramRenderer.linesThatFit(2, HistogramRenderer.MIN_PLOT_HEIGHT + 2 * line - 1, line),
                "the last line goes first, so the plot keeps its least height");
        assertEquals(0, HistogramRenderer.linesThatFit(2, HistogramRenderer.MIN_PLOT_HEIGHT / 2, line));
    }
}
