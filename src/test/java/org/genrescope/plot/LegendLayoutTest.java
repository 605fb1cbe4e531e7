package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a legend goes and how it is cut down on a small chart: beside the bars while its labels fit whole, else under
 * them in columns; a column legend's rows closer before entries are left out; a name's own count dropped before the
 * name is cut (the profiles' narrow tempo chart at 1024 x 700 showed "0 (6...").
 */
class LegendLayoutTest {
    /** The Cluster profiles' series at k = 8 on the FMA data: the name carries the count, the entry has none. */
    private static final int[] SIZES = {691, 2507, 2341, 2480, 852, 1788, 986, 939};

    private static List<LegendEntry> series(int k) {
        List<LegendEntry> out = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            out.add(new LegendEntry(String.format(java.util.Locale.ROOT, "Cluster %d (%,d)", c, SIZES[c % SIZES.length]),
                    Palette.categorical(c), -1));
        }
        return out;
    }

    private static double widest(List<String> labels) {
        return labels.stream().mapToDouble(l -> Text.width(l, Theme.LEGEND)).max().orElse(0);
    }

    @Test
    void aCountInTheNameIsDroppedBeforeTheNameIsCut() {
        List<LegendEntry> entries = series(8);
        double room = Text.width("2", Theme.LEGEND) + 1;
        List<String> labels = Legend.labels(entries, room);
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7"), labels);
    }

    @Test
    void aNarrowChartsLegendGoesUnderItInColumnsWithWholeLabels() {
        // the tempo chart's content at 1024 x 700: about 200 x 330 px
        Rectangle2D content = new Rectangle2D.Double(10, 40, 200, 330);
        Legend.Grid grid = BarRenderer.legendBelow(series(8), content);
        assertNotNull(grid, "beside the bars the labels were cut");
        for (int c = 0; c < 8; c++) { // every count kept: at most the shared "Cluster " left out
            assertTrue(series(8).get(c).label().endsWith(grid.labels().get(c)), grid.labels().toString());
            assertTrue(grid.labels().get(c).endsWith(")"), grid.labels().toString());
        }
        assertFalse(grid.cut());
        assertEquals(8, grid.shown());
        assertTrue(grid.columns() >= 2, "columns: " + grid.columns());
        assertEquals((int) Math.ceil(8.0 / grid.columns()), grid.rows());
        assertTrue(grid.width() <= content.getWidth(), "within the chart: " + grid.width());
        assertTrue(grid.height() <= content.getHeight() * BarRenderer.MAX_BELOW_SHARE);
        assertTrue(widest(grid.labels()) <= grid.columnWidth() - Theme.LEGEND_SWATCH - 6, "each label fits its column");
    }

    @Test
    void aWideChartKeepsItsLegendBesideIt() {
        assertNull(BarRenderer.legendBelow(series(8), new Rectangle2D.Double(10, 40, 700, 400)));
        assertNull(BarRenderer.legendBelow(series(1), new Rectangle2D.Double(10, 40, 100, 100)), "one series: no key");
    }

    @Test
    void sixteenSeriesTooManyForTheHeightGoUnderTheChart() {
        // the main profile chart at k = 16 and 1024 x 700: 16 rows of 17 px do not fit beside 250 px of bars
        Rectangle2D content = new Rectangle2D.Double(10, 40, 450, 300);
        Legend.Grid grid = BarRenderer.legendBelow(series(16), content);
        assertNotNull(grid);
        assertEquals(16, grid.shown(), "every entry");
        assertFalse(grid.cut());
        assertTrue(grid.height() <= content.getHeight() * BarRenderer.MAX_BELOW_SHARE);
    }

    @Test
    void theGridPrefersWholeLabelsThenFewerRows() {
        List<LegendEntry> entries = series(8);
        double whole = widest(entries.stream().map(LegendEntry::label).toList()) + Theme.LEGEND_SWATCH + 6;
        // room for four whole columns and eight rows: whole labels in two rows (one row would shorten them)
        Legend.Grid four = Legend.grid(entries, 4 * whole + 3 * Legend.COLUMN_GAP + 1, 8 * Theme.LEGEND_ROW);
        assertEquals(4, four.columns());
        assertEquals(2, four.rows());
        assertEquals(entries.stream().map(LegendEntry::label).toList(), four.labels());
        // room for two whole columns but the height of two rows: shorter labels, never cut, in two rows
        Legend.Grid shorter = Legend.grid(entries, 2 * whole + Legend.COLUMN_GAP + 1, 2 * Theme.LEGEND_ROW);
        assertEquals(2, shorter.rows());
        assertFalse(shorter.cut());
        assertEquals(8, shorter.shown());
        assertTrue(entries.get(0).label().length() > shorter.labels().get(0).length());
    }

    @Test
    void aGridThatCannotHoldEveryEntrySaysHowManyAreLeftOut() {
        Legend.Grid grid = Legend.grid(series(8), 60, Theme.LEGEND_ROW);
        assertEquals(1, grid.rows());
        assertEquals(grid.columns() - 1, grid.shown(), "the last place says how many more");
    }

    /**
     * 15 clusters in a scatter of the size a 1024 x 700 window gives it, 694 px wide and 286-317 px tall as the lines
     * above and under the plot change (a preview's longer state line, a selection's summary on one line or two): every
     * entry shows at each height. Bounded by the plot's bottom, the legend fitted 15 at 317 px and showed "+ 2 more" at
     * 302, so that a preview and its full result with the same 15 entries did not show the same legend (session 15).
     */
    @Test
    void fifteenClustersShowWholeWhicheverLineAroundThePlotTakesItsHeight() {
        int k = 15;
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] c = new int[n];
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < n; i++) {
            c[i] = i % k;
            x[i] = c[i] + random.nextGaussian() * 0.3;
            y[i] = random.nextGaussian();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            names.add(i + ": Rock 4" + i % 10 + "%" + (i % 2 == 0 ? "" : " \u00b7 low energy"));
        }
        ScatterFigure figure = ScatterFigure.of(ScatterData.of(x, y, c), names)
                .withTitle("K-Means, k = 15, PCA projection, coloured by cluster").withAxisLabels("PCA 1", "PCA 2")
                .withCaption("Data: Free Music Archive (Defferrard et al., ISMIR 2017), CC BY 4.0");
        List<Integer> short_ = new ArrayList<>();
        for (int height = 286; height <= 317; height++) {
            String svg = SvgExporter.toSvg(figure, 694, height);
            if (java.util.regex.Pattern.compile(">\\+ \\d+ more<").matcher(svg).find()) {
                short_.add(height);
            }
        }
        assertEquals(List.of(), short_, "heights at which the legend left entries out");
    }

    @Test
    void rowsClosedUpToFitShowEveryEntryWhateverTheDivisionRoundsTo() {
        for (double h = 15 * Legend.COMPACT_ROW; h < 15 * Theme.LEGEND_ROW; h += 0.125) {
            assertEquals(15, Legend.shown(15, Legend.rowHeight(15, h), h), "15 rows closed up in " + h + " px");
        }
        assertEquals(13, Legend.shown(15, Legend.COMPACT_ROW, 14 * Legend.COMPACT_ROW), "14 places: 13 and '+ 2 more'");
    }

    /**
     * The exported figure (1200 x 800, the export's default size) has room for every legend name whole, with the
     * details a narrow window's legend leaves out.
     */
    @Test
    void theExportedFigureKeepsEveryNameWithItsDetails() {
        List<String> names = new ArrayList<>();
        int k = 15;
        int[] c = new int[k * 10];
        double[] x = new double[c.length];
        double[] y = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = i % k;
            x[i] = i;
            y[i] = c[i];
        }
        for (int i = 0; i < k; i++) {
            names.add("Cluster " + i + ": Electronic 4" + i % 10 + "% \u00b7 high instrumentalness");
        }
        String svg = SvgExporter.toSvg(ScatterFigure.of(ScatterData.of(x, y, c), names).withTitle("K-Means, k = 15")
                .withAxisLabels("PCA 1", "PCA 2"), 1200, 800);
        for (String name : names) {
            String shown = name.substring("Cluster ".length()) + " (10)";
            assertTrue(svg.contains(">" + shown + "<") || svg.contains(">" + name + " (10)<"), shown + " in the export");
        }
    }

    @Test
    void aColumnLegendsRowsCloseUpBeforeEntriesAreLeftOut() {
        assertEquals(Theme.LEGEND_ROW, Legend.rowHeight(8, 8 * Theme.LEGEND_ROW));
        assertEquals(240 / 16.0, Legend.rowHeight(16, 240), 1e-9, "16 clusters in 240 px: 15 px apart");
        assertEquals(Legend.COMPACT_ROW, Legend.rowHeight(40, 240), "no closer than a line of the font");
        assertTrue(Legend.COMPACT_ROW >= Text.height(Theme.LEGEND) - 0.5, "a line of the legend's font");
    }
}
