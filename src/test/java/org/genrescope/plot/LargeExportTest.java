package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports past {@link FigureRenderer#VECTOR_POINTS_LIMIT} points: the SVG's points one embedded image, the PNG in full. */
class LargeExportTest {

    private static final Pattern IMAGE = Pattern.compile("<image[^>]*?href=['\"]data:image/png;base64,([^'\"]+)['\"]");

    @Test
    void aLargeScattersSvgHasOneRasterLayerAndVectorTextAndSaysSo() throws Exception {
        ScatterFigure figure = SampleFigures.scatter(FigureRenderer.VECTOR_POINTS_LIMIT + 1);
        String svg = SvgExporter.toSvg(figure, 900, 600);
        assertTrue(svg.contains("<!-- The 50,001 points of this scatter are one embedded PNG image"), svg.substring(0, 300));
        Matcher image = IMAGE.matcher(svg);
        assertTrue(image.find(), "an embedded PNG");
        assertFalse(image.find(), "only one");
        assertFalse(svg.contains("<circle"), "no point as a shape");
        assertTrue(svg.contains(">PC 1</text>") || svg.contains("PC 1"), "axis titles stay text");
        assertTrue(svg.contains("Tracks on the first two principal components"), "the title stays text");
        assertTrue(svg.contains("<text"), "text elements");
        image = IMAGE.matcher(svg);
        image.find();
        BufferedImage layer = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.group(1))));
        java.awt.geom.Rectangle2D plot = ScatterView.of(figure, 900, 600).plotArea();
        assertEquals(Math.ceil(plot.getWidth() * RasterLayerPainter.POINTS_SCALE), layer.getWidth());
        assertEquals(Math.ceil(plot.getHeight() * RasterLayerPainter.POINTS_SCALE), layer.getHeight());
        int opaque = 0;
        int clear = 0;
        for (int y = 0; y < layer.getHeight(); y++) {
            for (int x = 0; x < layer.getWidth(); x++) {
                int alpha = layer.getRGB(x, y) >>> 24;
                opaque += alpha > 0 ? 1 : 0;
                clear += alpha == 0 ? 1 : 0;
            }
        }
        assertTrue(opaque > 10_000 && clear > 10_000, "points drawn on a transparent layer (grid shows through): "
                + opaque + " covered, " + clear + " clear");
    }

    @Test
    void smallScattersKeepAShapePerPointAndNoNote() {
        ScatterFigure figure = SampleFigures.scatter(200);
        String svg = SvgExporter.toSvg(figure, 900, 600);
        assertFalse(svg.contains("<!--"));
        assertFalse(IMAGE.matcher(svg).find());
        assertTrue(svg.contains("<circle") || svg.contains("<path"));
        assertTrue(SvgExporter.toSvg(figure.withShading(Shading.DENSITY), 900, 600).contains("a density"),
                "a density is a raster layer at any size");
    }

    @Test
    void theLargePngHasEveryPointAsTheScreenDoes(@TempDir Path dir) throws Exception {
        ScatterFigure figure = SampleFigures.scatter(120_000).withPointStyle(2, 0.5);
        Path png = dir.resolve("big.png");
        PngExporter.write(figure, png, 1200, 800, 192);
        BufferedImage written = ImageIO.read(Files.newInputStream(png));
        BufferedImage screen = FigureRenderer.render(figure, 1200, 800, 2, null, false);
        assertArrayEquals(DrawSampleTest.pixelsOf(screen), DrawSampleTest.pixelsOf(written));
        assertFalse(java.util.Arrays.equals(DrawSampleTest.pixelsOf(FigureRenderer.render(figure, 1200, 800, 2, null,
                true)), DrawSampleTest.pixelsOf(written)), "not the drag frame's sample");
    }
}
