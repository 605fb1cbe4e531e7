package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genrescope.data.FeatureSummaries;
import org.genrescope.data.FeatureSummary;
import org.genrescope.plot.HistogramFigure;
import org.genrescope.plot.HistogramPanel;
import org.genrescope.plot.Palette;

/** The Distributions tab's figure (and its export): a histogram per feature, optionally by genre. */
final class DistributionFigures {
    private DistributionFigures() { }

    /**
     * Histograms of every feature, raw or scaled, with the summaries already computed by
     * {@link ResultFigures#summaries}; {@code share} draws each genre's bins as a percentage of its tracks (so
     * Classical's 334 tracks keep their shape beside Rock's 4,877). Split by genre, each panel marks every genre's
     * median and a faceted strip states the genre's count, mean and median.
     */
    static HistogramFigure of(DataSet data, FeatureSummaries summaries, boolean scaled, ResultFigures.Split split,
                              boolean share, String caption) {
        return of(data, summaries, scaled, split, share, -1, caption);
    }

    /**
     * The same, of one feature only when {@code feature} is an index into the data's features (-1: every feature):
     * faceted, the window shows one feature at a time, because 8 features x 7 genres give strips about 10 px tall
     * at 1440 x 900, too short for their ticks and statistics.
     *
     * @throws IndexOutOfBoundsException when {@code feature} is neither -1 nor a feature's index
     */
    static HistogramFigure of(DataSet data, FeatureSummaries summaries, boolean scaled, ResultFigures.Split split,
                              boolean share, int feature, String caption) {
        var matrix = scaled ? data.scaled() : data.raw();
        int d = matrix.columns();
        if (feature < -1 || feature >= d) {
            throw new IndexOutOfBoundsException("feature " + feature + " of " + d);
        }
        boolean byGenre = split != ResultFigures.Split.NONE && !data.genreNames().isEmpty();
        List<String> genres = data.genreNames();
        List<HistogramPanel> panels = new ArrayList<>();
        for (int j = feature < 0 ? 0 : feature; j < (feature < 0 ? d : feature + 1); j++) {
            double[] values = matrix.column(j);
            String featureName = DataSet.shortName(matrix.featureNames().get(j));
            String name = scaled ? featureName + " (scaled)" : ResultFigures.withUnit(featureName);
            HistogramPanel panel = HistogramPanel.of(name, values, byGenre ? data.genreCodes() : null, genres.size(),
                    ResultFigures.HISTOGRAM_BINS, shortLines(ResultFigures.summary(summaries.overall().get(j),
                            ResultFigures.missing(data, matrix.featureNames().get(j)))));
            if (byGenre) {
                List<String> lines = new ArrayList<>();
                double[] medians = new double[genres.size()];
                for (int g = 0; g < genres.size(); g++) {
                    List<FeatureSummary> own = summaries.byGenre().get(genres.get(g));
                    FeatureSummary s = own == null ? null : own.get(j);
                    medians[g] = s == null || s.count() == 0 ? Double.NaN : s.median();
                    lines.add(s == null || s.count() == 0 ? "no values" : String.format(Locale.ROOT,
                            "n %,d, mean %s, median %s", s.count(), alike(s.mean(), s), alike(s.median(), s)));
                }
                panel = panel.withGroupStatistics(lines, medians);
            }
            panels.add(panel);
        }
        String title = String.format(Locale.ROOT, "%s of %,d tracks%s", feature >= 0
                        ? (scaled ? "Scaled " : "Raw ") + DataSet.shortName(matrix.featureNames().get(feature))
                        : (scaled ? "Scaled" : "Raw") + " features",
                data.rows(), byGenre ? ", by genre" + (split == ResultFigures.Split.OVERLAID ? " (\u25BC: each genre's median)" : "")
                        : "");
        HistogramFigure.Heights heights = share ? HistogramFigure.Heights.SHARE : HistogramFigure.Heights.COUNT;
        String yLabel = share ? (byGenre ? "% of the genre's tracks" : "% of tracks") : "tracks";
        if (!byGenre) {
            return HistogramFigure.of(title, panels).withCaption(caption).withHeights(heights, yLabel);
        }
        int[] tracks = new int[genres.size()];
        for (int code : data.genreCodes()) {
            if (code >= 0) {
                tracks[code]++;
            }
        }
        List<String> names = new ArrayList<>();
        for (int g = 0; g < genres.size(); g++) {
            names.add(String.format(Locale.ROOT, "%s (%,d)", genres.get(g), tracks[g]));
        }
        return new HistogramFigure(title, panels, names, Palette.categoricalList(genres.size()),
                split == ResultFigures.Split.OVERLAID ? HistogramFigure.GroupDisplay.OVERLAID : HistogramFigure.GroupDisplay.FACETED,
                caption, heights, yLabel);
    }

    /**
     * {@link ResultFigures#summary}'s two lines ("mean 0.508, median 0.540, sd 0.381", "range 0.000..0.996, missing
     * 0") as three shorter ones with the same numbers: "mean 0.508, median 0.540", "sd 0.381, missing 0", "range
     * 0.000..0.996". At 1024 x 700 the window's panels are about 150 px wide, and the first line was cut after the
     * median, so the sd did not show (new user, session 15). Lines of another form are kept as they are.
     */
    static List<String> shortLines(List<String> summary) {
        if (summary.size() != 2) {
            return summary;
        }
        String[] first = summary.get(0).split(", ");
        String[] second = summary.get(1).split(", ");
        if (first.length != 3 || second.length != 2) {
            return summary;
        }
        return List.of(first[0] + ", " + first[1], first[2] + ", " + second[1], second[0]);
    }

    /** {@code v} written like the larger of the summary's mean and median ({@link ResultFigures#alike}). */
    static String alike(double v, FeatureSummary s) {
        return ResultFigures.alike(v, Math.max(Math.abs(s.mean()), Math.abs(s.median())));
    }
}
