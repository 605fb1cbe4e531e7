package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree figure's layout (barycentre order), its checks, and that it draws its nodes' colours on PNG and SVG. */
class TreeFigureTest {

    /** k = 2: a (0), b (1); k = 3: c fed by b, d fed by a, e fed by a and b. */
    private static TreeFigure crossing() {
        return new TreeFigure("tree", List.of("k = 2", "k = 3"), List.of(
                new TreeFigure.Node(0, "0", 60, 1.0), new TreeFigure.Node(0, "1", 40, 0.0),
                new TreeFigure.Node(1, "0", 30, 0.5), new TreeFigure.Node(1, "1", 40, Double.NaN),
                new TreeFigure.Node(1, "2", 30, 0.5)),
                List.of(new TreeFigure.Edge(1, 2, 30), new TreeFigure.Edge(0, 3, 40), new TreeFigure.Edge(0, 4, 20),
                        new TreeFigure.Edge(1, 4, 10)), "stability", "caption");
    }

    @Test
    void eachLayerIsOrderedByTheWeightedMeanPositionOfItsParents() {
        double[] x = TreeLayout.positions(crossing());
        // layer 0 as given: a 1/4, b 3/4; barycentres: c = 3/4, d = 1/4, e = (20 * 1/4 + 10 * 3/4) / 30 = 5/12
        // so the order is d, e, c at 1/6, 1/2, 5/6
        assertArrayEquals(new double[] {0.25, 0.75, 5.0 / 6, 1.0 / 6, 0.5}, x, 1e-12);
    }

    @Test
    void nodesWithoutParentsFollowTheOthersInTheOrderGiven() {
        TreeFigure f = new TreeFigure("", List.of("1", "2"), List.of(new TreeFigure.Node(0, "a", 1, 0),
                new TreeFigure.Node(1, "orphan", 1, 0), new TreeFigure.Node(1, "child", 1, 0)),
                List.of(new TreeFigure.Edge(0, 2, 1)), "", "");
        assertArrayEquals(new double[] {0.5, 0.75, 0.25}, TreeLayout.positions(f), 1e-12);
    }

    @Test
    void drawsEachNodeInItsColourAndExportsAsSvg() throws Exception {
        BufferedImage image = FigureRenderer.render(crossing(), 800, 600, 1);
        int top = Palette.sequential(1.0).getRGB() & 0xFFFFFF;
        int grey = Palette.NOISE.getRGB() & 0xFFFFFF;
        int topPixels = 0;
        int greyPixels = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                topPixels += rgb == top ? 1 : 0;
                greyPixels += rgb == grey ? 1 : 0;
            }
        }
        assertTrue(topPixels > 500, "the stable node's disc is drawn: " + topPixels + " pixels");
        assertTrue(greyPixels > 300, "the node without a value is grey: " + greyPixels + " pixels");
        String text = SvgExporter.toSvg(crossing(), 800, 600);
        assertTrue(text.contains("<ellipse") || text.contains("<circle") || text.contains("<path"), "shapes");
        assertTrue(text.contains("k = 3"), "the layer labels are text");
    }

    @Test
    void anEdgeMustJoinOneLayerToTheNext() {
        assertThrows(IllegalArgumentException.class, () -> new TreeFigure("", List.of("1", "2"),
                List.of(new TreeFigure.Node(0, "a", 1, 0), new TreeFigure.Node(0, "b", 1, 0)),
                List.of(new TreeFigure.Edge(0, 1, 1)), "", ""));
        assertThrows(IllegalArgumentException.class, () -> new TreeFigure("", List.of("1"),
                List.of(new TreeFigure.Node(0, "a", 0, 0)), List.of(), "", ""));
        assertEquals(5, crossing().nodes().size());
    }
}
