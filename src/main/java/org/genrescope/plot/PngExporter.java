package org.genrescope.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.genrescope.files.AtomicFiles;

/**
 * Writes a figure as PNG through the screen's renderer, at a DPI scale (96 DPI is scale 1) and with the
 * DPI recorded in the PNG's {@code pHYs} chunk, so word processors place it at the intended physical size.
 */
public final class PngExporter {

    /** Logical pixels per inch: the DPI at which the layout is drawn at scale 1. */
    public static final int BASE_DPI = 96;
    private static final double METRES_PER_INCH = 0.0254;
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private PngExporter() {
    }

    /**
     * Renders {@code figure} at {@code widthPx} x {@code heightPx} pixels and {@code dpi} (36..1200) and
     * writes it atomically to {@code target}.
     */
    public static void write(Figure figure, Path target, int widthPx, int heightPx, int dpi) throws IOException {
        Objects.requireNonNull(target, "target");
        BufferedImage opaque = render(figure, widthPx, heightPx, dpi);
        AtomicFiles.write(target, out -> encode(opaque, dpi, out));
    }

    /**
     * As {@link #write(Figure, Path, int, int, int)}, to {@code out} (left open), for a file that is one of an
     * {@link AtomicFiles.Batch}.
     */
    public static void write(Figure figure, OutputStream out, int widthPx, int heightPx, int dpi) throws IOException {
        Objects.requireNonNull(out, "out");
        encode(render(figure, widthPx, heightPx, dpi), dpi, out);
    }

    private static BufferedImage render(Figure figure, int widthPx, int heightPx, int dpi) {
        Objects.requireNonNull(figure, "figure");
        if (dpi < 36 || dpi > 1200) {
            throw new IllegalArgumentException("--dpi must be between 36 and 1200, got " + dpi);
        }
        FigureRenderer.checkSize(widthPx, heightPx);
        return withoutAlpha(FigureRenderer.render(figure, widthPx, heightPx, (double) dpi / BASE_DPI));
    }

    /** The figure is opaque anyway; writing RGB instead of RGBA makes the file about a quarter smaller. */
    private static BufferedImage withoutAlpha(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static void encode(BufferedImage image, int dpi, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(PNG_FORMAT, physicalSize(dpi));
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode physicalSize(int dpi) {
        String pixelsPerMetre = Long.toString(Math.round(dpi / METRES_PER_INCH));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(phys);
        return root;
    }
}
