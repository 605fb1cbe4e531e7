package org.genrescope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders each figure type into target/plot-samples/ (PNG at 96 and 192 DPI, and SVG) so a person can look
 * at them; the assertions only check that the files exist and are readable.
 */
class PlotSamplesTest {

    private static final Path SAMPLES = Path.of("target", "plot-samples");

    @Test
    void everyFigureTypeRendersToAReadableFile() throws IOException {
        Files.createDirectories(SAMPLES);
        List<Sample> samples = List.of(
                new Sample("scatter", SampleFigures.scatter(13_000)),
                new Sample("scatter-zoomed", zoomed()),
                new Sample("histograms", SampleFigures.histograms()),
                new Sample("histograms-faceted", faceted()),
                new Sample("heatmap", SampleFigures.heatmap()),
                new Sample("bars", SampleFigures.bars()),
                new Sample("bars-16", SampleFigures.manyBars(16)),
                new Sample("scatter-30", SampleFigures.manyCategories(30)),
                new Sample("lines", SampleFigures.lines(false)),
                new Sample("lines-log", SampleFigures.lines(true)));
        for (Sample sample : samples) {
            Path png = SAMPLES.resolve(sample.name() + ".png");
            PngExporter.write(sample.figure(), png, 1280, 800, 96);
            BufferedImage read = ImageIO.read(png.toFile());
            assertEquals(1280, read.getWidth(), sample.name());
            SvgExporter.write(sample.figure(), SAMPLES.resolve(sample.name() + ".svg"), 1280, 800);
        }
        PngExporter.write(SampleFigures.scatter(13_000), SAMPLES.resolve("scatter-192dpi.png"), 2560, 1600, 192);
        PngExporter.write(SampleFigures.heatmap(), SAMPLES.resolve("heatmap-small.png"), 640, 400, 96);
    }

    private static ScatterFigure zoomed() {
        ScatterView view = ScatterView.of(SampleFigures.scatter(13_000), 1280, 800);
        return view.zoom(900, 300, 3).figure();
    }

    private static HistogramFigure faceted() {
        HistogramFigure f = SampleFigures.histograms();
        return new HistogramFigure(f.title(), f.panels().subList(0, 4), f.groupNames(), f.groupColors(),
                HistogramFigure.GroupDisplay.FACETED, f.caption());
    }

    private record Sample(String name, Figure figure) {
    }
}
