package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.genrescope.files.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportTest {

    @TempDir
    Path folder;

    @Test
    void pngHasTheRequestedSizeAndDpi() throws IOException {
        Path png = folder.resolve("scatter.png");
        PngExporter.write(SampleFigures.scatter(300), png, 1000, 600, 300);
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            assertEquals(1000, image.getWidth());
            assertEquals(600, image.getHeight());
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            assertEquals(Math.round(300 / 0.0254), Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis")));
            assertEquals(Math.round(300 / 0.0254), Long.parseLong(phys.getAttribute("pixelsPerUnitYAxis")));
            reader.dispose();
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(png)));
        assertThrows(IllegalArgumentException.class, () -> PngExporter.write(SampleFigures.bars(), png, 100, 100, 5));
    }

    @Test
    void svgIsWellFormedWithTitleCaptionAndOneCirclePerPoint() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // numbers must still use dots
            Path svg = folder.resolve("scatter.svg");
            ScatterFigure figure = SampleFigures.scatter(25).withHighlighted(new int[0]);
            ScatterFigure visible = figure.withView(figure.data().defaultView());
            SvgExporter.write(visible, svg, 800, 500);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // JFreeSVG writes the SVG 1.1 DOCTYPE; parse offline.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document document = factory.newDocumentBuilder().parse(svg.toFile());
            assertEquals("svg", document.getDocumentElement().getTagName());

            String text = allText(document);
            assertTrue(text.contains(visible.title()), text);
            assertTrue(text.contains(SampleFigures.CREDIT), text);

            Element points = null;
            NodeList groups = document.getElementsByTagName("g");
            for (int i = 0; i < groups.getLength(); i++) {
                Element group = (Element) groups.item(i);
                if (ShapePointPainter.POINTS_GROUP_ID.equals(group.getAttribute("id"))) {
                    points = group;
                }
            }
            assertTrue(points != null, "a group holds the points");
            NodeList circles = points.getElementsByTagName("ellipse");
            assertEquals(25, circles.getLength());
            for (int i = 0; i < circles.getLength(); i++) {
                Element circle = (Element) circles.item(i);
                assertEquals(circle.getAttribute("rx"), circle.getAttribute("ry"), "a circle");
                double cx = Double.parseDouble(circle.getAttribute("cx"));
                ScatterView view = ScatterView.of(visible, 800, 500);
                assertTrue(cx >= view.plotArea().getMinX() && cx <= view.plotArea().getMaxX());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void svgRootCarriesAViewBoxOfItsCanvas() throws Exception {
        for (Figure figure : List.of(SampleFigures.scatter(20), SampleFigures.heatmap(), SampleFigures.bars())) {
            String svg = SvgExporter.toSvg(figure, 640, 480);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    svg.getBytes(java.nio.charset.StandardCharsets.UTF_8))).getDocumentElement();
            assertEquals("0 0 640 480", root.getAttribute("viewBox"), figure.title());
            assertEquals("640", root.getAttribute("width"));
        }
    }

    @Test
    void beyondTwelveCategoriesPointsBecomeSquaresAndTrianglesEachInItsOwnPair() {
        int n = 90;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] category = new int[n];
        List<String> names = new java.util.ArrayList<>();
        for (int c = 0; c < 30; c++) {
            names.add("Cluster " + c);
        }
        for (int i = 0; i < n; i++) {
            x[i] = i % 9;
            y[i] = i / 9;
            category[i] = i % 30;
        }
        ScatterFigure figure = ScatterFigure.of(ScatterData.of(x, y, category), names)
                .withDirectLabels(names.stream().map(s -> s.substring(8)).toList());
        // Points come first after the grid, then the axes' lines, then the first text: count the markers in between.
        String plain = SvgExporter.toSvg(figure.withDirectLabels(List.of()), 900, 600);
        String points = plain.substring(plain.indexOf("id='" + ShapePointPainter.POINTS_GROUP_ID + "'"));
        points = points.substring(0, points.indexOf("<text"));
        // 12 categories of discs, 12 of squares, 6 of triangles, three points each.
        assertEquals(36, count(points, "<ellipse"));
        assertEquals(36, count(points, "<rect"));
        assertEquals(18, count(points, "<path"));
        String svg = SvgExporter.toSvg(figure, 900, 600);
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (LegendEntry entry : figure.legendEntries()) {
            assertTrue(pairs.add(entry.color().getRGB() + "/" + entry.marker()), entry.label());
        }
        assertEquals(30, pairs.size());
        for (int c = 0; c < 30; c++) {
            assertTrue(svg.contains(">" + c + "</text>"), "direct label " + c);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void svgCirclesSitWhereTheScreenDrawsThePoints() {
        ScatterFigure figure = ScatterFigure.of(ScatterData.uncategorised(new double[] {0, 1, 2}, new double[] {5, 3, 4}),
                List.of("all"));
        String svg = SvgExporter.toSvg(figure, 640, 480);
        ScatterView view = ScatterView.of(figure, 640, 480);
        for (int i = 0; i < 3; i++) {
            String cx = String.valueOf(Math.round(view.toPixelX(figure.data().x(i)) * 100) / 100.0);
            assertTrue(svg.contains("cx='" + cx.replaceAll("\\.0$", "") + "'"), "point " + i + " at " + cx);
        }
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileAndKeepsTheOldFile() throws IOException {
        Path target = folder.resolve("figure.png");
        Files.writeString(target, "old");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[10_000]);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", thrown.getMessage());
        assertEquals("old", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), filesIn(folder));

        assertThrows(IOException.class, () -> SvgExporter.write(SampleFigures.bars(), folder.resolve("no/such/x.svg"),
                400, 300));
        assertThrows(IOException.class, () -> PngExporter.write(SampleFigures.bars(), folder.resolve("no/x.png"),
                400, 300, 96));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void aSuccessfulWriteReplacesTheFile() throws IOException {
        Path target = folder.resolve("heatmap.svg");
        Files.writeString(target, "old");
        SvgExporter.write(SampleFigures.heatmap(), target, 640, 400);
        assertTrue(Files.readString(target).contains("Genres across clusters"));
        assertEquals(List.of(target), filesIn(folder));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String allText(Document document) {
        NodeList texts = document.getElementsByTagName("text");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            parts.add(texts.item(i).getTextContent());
        }
        assertFalse(parts.isEmpty(), "the SVG keeps text as text");
        return String.join("|", parts);
    }
}
