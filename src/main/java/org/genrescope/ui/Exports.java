package org.genrescope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.report.ResultWriters;
import org.genrescope.data.CleanedCsv;
import org.genrescope.plot.BarFigure;
import org.genrescope.plot.Figure;
import org.genrescope.plot.PngExporter;
import org.genrescope.plot.SvgExporter;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/** Writes figures and results to files, through the plot exporters and the CLI's writers. */
public final class Exports {
    /** A figure's file format. */
    public enum Format { PNG, SVG }

    /**
     * Size of an exported figure.
     *
     * @param width  in pixels at 96 DPI (SVG: in SVG units)
     * @param height in pixels at 96 DPI
     * @param dpi    PNG resolution; the PNG is width * dpi / 96 pixels wide
     */
    public record Size(int width, int height, int dpi) {
        public Size {
            if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
                throw new IllegalArgumentException("the figure size must be 100 to 10,000 pixels, got " + width + " x " + height);
            }
            if (dpi < 36 || dpi > 1200) {
                throw new IllegalArgumentException("the DPI must be 36 to 1,200, got " + dpi);
            }
        }

        public static final Size DEFAULT = new Size(1200, 800, 150);
    }

    private Exports() { }

    /** Writes one figure as PNG (at the DPI) or SVG. */
    public static void figure(Figure figure, Path target, Format format, Size size) throws IOException {
        if (format == Format.PNG) {
            int w = (int) Math.round(size.width() * size.dpi() / (double) PngExporter.BASE_DPI);
            int h = (int) Math.round(size.height() * size.dpi() / (double) PngExporter.BASE_DPI);
            PngExporter.write(figure, target, w, h, size.dpi());
        } else {
            SvgExporter.write(figure, target, size.width(), size.height());
        }
    }

    /**
     * Everything into one folder: report.json and assignments.csv (the CLI's writers), cleaned.csv (the tracks
     * after cleaning and genre grouping, in the rows of assignments.csv) and every figure as PNG and SVG.
     * Returns the files written. {@code progress} hears one step per figure.
     *
     * @throws IOException when a file cannot be written
     * @throws org.genrescope.task.CancelledException soon after {@code cancel} is cancelled (what was written stays)
     */
    public static List<Path> all(AnalysisResult r, DataSet data, Path folder, Size size, ProgressListener progress,
                                 CancellationToken cancel) throws IOException {
        progress.progress("export", 0, -1, "report and assignments");
        Files.createDirectories(folder);
        ResultWriters.writeAll(r, folder, true, cancel); // one batch: report.json vouches for the two CSVs beside it
        List<Path> written = new ArrayList<>(List.of(folder.resolve(ResultWriters.REPORT),
                folder.resolve(ResultWriters.ASSIGNMENTS), folder.resolve(ResultWriters.CLUSTERS),
                folder.resolve(CleanedCsv.FILE_NAME)));
        String caption = data.caption();
        List<Named> figures = new ArrayList<>();
        figures.add(new Named("clusters", ResultFigures.scatter(r, ResultFigures.ColourBy.CLUSTER, caption)));
        figures.add(new Named("genres", ResultFigures.scatter(r, ResultFigures.ColourBy.GENRE, caption)));
        figures.add(new Named("genres-vs-clusters", ResultFigures.contingency(r, caption)));
        List<BarFigure> profiles = ResultFigures.profiles(r, caption);
        for (BarFigure profile : profiles) {
            figures.add(new Named(ResultFigures.profileFileName(profile), profile));
        }
        figures.add(new Named("distributions", ResultFigures.distributions(data, false, ResultFigures.Split.NONE, caption)));
        figures.add(new Named("distributions-scaled", ResultFigures.distributions(data, true, ResultFigures.Split.NONE, caption)));
        if (!data.genreNames().isEmpty()) {
            figures.add(new Named("distributions-by-genre", ResultFigures.distributions(data,
                    ResultFigures.summaries(data, false), false, ResultFigures.Split.OVERLAID, true, caption)));
        }
        if (r.autoencoder() != null) {
            List<Double> t = new ArrayList<>();
            for (double v : r.autoencoder().lossPerEpoch()) {
                t.add(v);
            }
            List<Double> v = new ArrayList<>();
            for (double x : r.autoencoder().validationLossPerEpoch()) {
                v.add(x);
            }
            figures.add(new Named("autoencoder-loss", ResultFigures.loss(t, v)));
        }
        int done = 0;
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Named f : figures) {
            progress.progress("export", done++, figures.size(), f.name());
            if (f.figure() == null) {
                continue;
            }
            cancel.throwIfCancelled();
            String name = f.name();
            for (int n = 2; !used.add(name); n++) { // two features may share a short name ("mfcc.mean.01", "chroma.mean.01")
                name = f.name() + "-" + n;
            }
            Path png = folder.resolve(name + ".png");
            Path svg = folder.resolve(name + ".svg");
            figure(f.figure(), png, Format.PNG, size);
            figure(f.figure(), svg, Format.SVG, size);
            written.add(png);
            written.add(svg);
        }
        return written;
    }

    private record Named(String name, Figure figure) { }
}
