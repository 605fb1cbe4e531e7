package org.genrescope.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.ComparisonMethod;
import org.genrescope.analysis.GenreCeiling;
import org.genrescope.analysis.Spread;
import org.genrescope.model.metrics.MetricNames;
import org.genrescope.plot.BarFigure;
import org.genrescope.plot.PngExporter;
import org.genrescope.plot.SvgExporter;

/**
 * The comparison's bar figures, the same in the workbench's Compare tab and in the compare command's files: one per headline metric, a bar per method at its mean over the seeds with an
 * error bar over the seeds' range (min to max), runs whose autoencoder collapsed left out (and counted in the
 * caption), and the genre ceiling's scores beside the majority baseline with the
 * folds' range. A method whose metric is undefined in every run gets no bar; the caption names it with the reason.
 */
public final class ComparisonFigures {
    /** The metrics drawn, with their titles: those comparable across methods, and the agreement with genres. */
    public static final Map<String, String> HEADLINE = new java.util.LinkedHashMap<>();

    static {
        HEADLINE.put("common_davies_bouldin", "Davies-Bouldin in the scaled features (lower is better)");
        HEADLINE.put("common_calinski_harabasz", "Calinski-Harabasz in the scaled features (higher is better)");
        HEADLINE.put("common_silhouette", "Silhouette in the scaled features (higher is better)");
        HEADLINE.put("genre_adjusted_rand", "Adjusted Rand index with the genres");
        HEADLINE.put("genre_normalized_mutual_info", "Normalised mutual information with the genres");
    }

    /**
     * The value axis's name of a comparison metric ("common_silhouette", "genre_adjusted_rand"): the metric's name as
     * the window's tables say it ({@link MetricNames}), short, as the title says the rest; the key itself for one that is
     * no metric named there.
     */
    static String axis(String metric) {
        int prefix = metric.indexOf('_');
        return MetricNames.find(metric.substring(prefix + 1)).map(MetricNames.Name::name).orElse(metric);
    }

    /**
     * A bar's label: short enough to be read under a bar in the window's narrow panels, where the full labels
     * ("autoencoder + K-Means", "autoencoder + DBSCAN") were both cut to "autoenc..."; the caption says what AE is.
     */
    static String barLabel(org.genrescope.analysis.ComparisonMethod method) {
        return method.label().replace("autoencoder", "AE").replace("scaled features", "features");
    }

    public static final String CEILING_FILE = "genre_ceiling";
    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;
    private static final int DPI = 144;

    private ComparisonFigures() { }

    /** The figure of one metric, or null when no method has a defined value. */
    public static BarFigure metric(Comparison.Result r, String metric) {
        List<String> methods = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // collapsed runs are no result: each bar is over its method's other runs, and the caption says so
        Map<ComparisonMethod, Map<String, Spread>> kept = r.keptSummary();
        for (ComparisonMethod method : ComparisonMethod.SHOWN_ORDER) { // as the table lists them (session 17's user)
            if (!kept.containsKey(method)) {
                continue;
            }
            Spread s = kept.get(method).get(metric);
            if (!s.mean().isDefined()) {
                // a reason of one run of several is named by its seed, never passed off as every run's
                notes.add("no bar for " + barLabel(method) + ": " + r.undefinedReason(method, s));
                continue;
            }
            int collapsed = r.collapsed().getOrDefault(method, 0);
            if (collapsed > 0) {
                notes.add(barLabel(method) + ": " + collapsed + " of " + (s.runs() + collapsed)
                        + " runs collapsed, left out");
            }
            if (s.undefined() > 0) {
                // a mean over fewer runs than the others must not pass for one over all of them
                notes.add(barLabel(method) + ": defined in " + (s.runs() - s.undefined()) + " of " + s.runs()
                        + " runs");
            }
            if (s.min().isDefined() && s.max().isDefined() && s.min().value() == 0 && s.max().value() == 0) {
                // a bar of no height looks like a figure that failed to draw (a new user, Davies-Bouldin on the
                // 80 copies of four points, session 28)
                notes.add(barLabel(method) + ": 0 in every run" + (s.undefined() > 0 ? " where defined" : "")
                        + ", a bar of no height");
            }
            methods.add(s.undefined() > 0 ? barLabel(method) + " (" + (s.runs() - s.undefined()) + " of " + s.runs()
                    + " runs)" : barLabel(method));
            mean.add(s.mean().value());
            low.add(s.min().value());
            high.add(s.max().value());
        }
        if (methods.isEmpty()) {
            return null;
        }
        String caption = "Bars: mean over seeds " + seedText(r.seeds()) + "; error bars: the seeds' range (min to max)"
                + "; AE: the autoencoder's code."
                + (notes.isEmpty() ? "" : " " + capitalised(String.join("; ", notes)) + ".");
        return BarFigure.of(HEADLINE.get(metric), methods, List.of("mean over seeds"),
                        new double[][] {unbox(mean)}, axis(metric))
                .withCaption(caption)
                .withErrorBars(new double[][] {unbox(low)}, new double[][] {unbox(high)});
    }

    /** The notes begin a sentence of the caption: named as the bars are (session 21's new user read "autoencoder +
     * DBSCAN" in the notes beside "AE + DBSCAN" under the bars), the first word capitalised. */
    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The ceiling beside the majority baseline, or null when there is no ceiling. */
    public static BarFigure ceiling(GenreCeiling.Outcome outcome) {
        if (!outcome.isDefined()) {
            return null;
        }
        GenreCeiling.Result c = outcome.result();
        List<String> categories = List.of("accuracy", "balanced accuracy", "macro F1");
        List<List<GenreCeiling.Scores>> series = List.of(c.model(), c.baseline());
        double[][] mean = new double[2][3];
        double[][] low = new double[2][3];
        double[][] high = new double[2][3];
        for (int s = 0; s < 2; s++) {
            List<java.util.function.ToDoubleFunction<GenreCeiling.Scores>> metrics = List.of(
                    GenreCeiling.Scores::accuracy, GenreCeiling.Scores::balancedAccuracy, GenreCeiling.Scores::macroF1);
            for (int m = 0; m < 3; m++) {
                Spread spread = GenreCeiling.Result.spread(series.get(s), metrics.get(m));
                mean[s][m] = spread.mean().value();
                low[s][m] = spread.min().value();
                high[s][m] = spread.max().value();
            }
        }
        return BarFigure.of("Genre from the scaled features: supervised ceiling", categories,
                        List.of("logistic regression", "majority genre"), mean, "score")
                .withCaption("Stratified " + c.folds() + "-fold cross-validation (fold seed " + c.seed() + "), "
                        + c.tracks() + " tracks, " + c.genres() + " genres. Bars: mean over folds; error bars: the "
                        + "folds' range.")
                .withErrorBars(low, high);
    }

    /** Writes every figure as PNG and SVG into {@code folder}; returns the file names written. */
    public static List<String> writeAll(Comparison.Result r, Path folder) throws IOException {
        List<String> written = new ArrayList<>();
        for (String metric : HEADLINE.keySet()) {
            write(metric(r, metric), folder, metric, written);
        }
        write(ceiling(r.ceiling()), folder, CEILING_FILE, written);
        return written;
    }

    private static void write(BarFigure figure, Path folder, String name, List<String> written) throws IOException {
        if (figure == null) {
            return;
        }
        int w = WIDTH * DPI / PngExporter.BASE_DPI;
        int h = HEIGHT * DPI / PngExporter.BASE_DPI;
        PngExporter.write(figure, folder.resolve(name + ".png"), w, h, DPI);
        SvgExporter.write(figure, folder.resolve(name + ".svg"), WIDTH, HEIGHT);
        written.add(name + ".png");
        written.add(name + ".svg");
    }

    private static String seedText(List<Long> seeds) {
        return seeds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
