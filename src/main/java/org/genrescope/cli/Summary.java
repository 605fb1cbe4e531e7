package org.genrescope.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.InternalScores;
import org.genrescope.analysis.report.ResultWriters;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.metrics.MetricValue;

/**
 * A short human summary of a result on stdout; the files hold everything. A metric the data leaves undefined
 * is printed as "undefined (reason)", never as NaN, and a degenerate one carries its warning.
 */
final class Summary {
    private Summary() { }

    static void print(AnalysisResult r, Path out, PrintStream s) {
        s.printf(Locale.ROOT, "%,d tracks kept of %,d read; %d genres; %s%s%n", r.rows(), r.input().rowsRead(),
                r.genreNames().size(), clusters(r.clustering()),
                r.clustering().noiseCount() > 0 ? String.format(Locale.ROOT, " and %,d noise points", r.clustering().noiseCount()) : "");
        if (r.autoencoder() != null) {
            s.printf(Locale.ROOT, "autoencoder: reconstruction MSE %s (predicting the mean: %s) after %d epochs%s%n",
                    number(r.autoencoder().reconstructionMse(), "%.5f"), number(r.autoencoder().baselineMse(), "%.5f"),
                    r.autoencoder().epochsRun(),
                    r.autoencoder().collapsed() ? " -- COLLAPSED: these clusters are not a result (note below)"
                            : r.autoencoder().reconstructsPoorly() && r.autoencoder().lossStillFalling()
                            ? " -- loss still falling: under-trained, not collapsed (note below)" : "");
        }
        line(s, "clustered space", r.clusteringSpace());
        if (r.featureSpace() != r.clusteringSpace()) {
            line(s, "feature space", r.featureSpace());
        }
        if (r.vsGenre() != null) {
            s.printf(Locale.ROOT, "vs genre: ARI %s, NMI %s, AMI %s, V-measure %s, purity %s%n",
                    number(r.vsGenre().adjustedRand(), "%.4f"), number(r.vsGenre().normalizedMutualInfo(), "%.4f"),
                    number(r.vsGenre().adjustedMutualInfo(), "%.4f"), number(r.vsGenre().vMeasure(), "%.4f"),
                    number(r.vsGenre().purity(), "%.4f"));
        }
        for (String w : r.warnings()) {
            s.println("note: " + w);
        }
        s.println("wrote " + out.resolve(ResultWriters.REPORT) + ", " + out.resolve(ResultWriters.ASSIGNMENTS) + ", "
                + out.resolve(ResultWriters.CLUSTERS) + " and "
                + out.resolve(ResultWriters.SESSION));
    }

    /** "5 clusters", or "3 non-empty clusters of k = 5" when some are empty. */
    static String clusters(Clustering c) {
        int nonEmpty = c.nonEmptyClusterCount();
        if (nonEmpty == c.clusterCount()) {
            return c.clusterCount() + (c.clusterCount() == 1 ? " cluster" : " clusters");
        }
        return nonEmpty + " non-empty " + (nonEmpty == 1 ? "cluster" : "clusters") + " of k = " + c.clusterCount();
    }

    private static void line(PrintStream s, String space, InternalScores i) {
        s.printf(Locale.ROOT, "%s: Davies-Bouldin %s, Calinski-Harabasz %s, silhouette %s%s%n", space,
                metric(i.daviesBouldinMetric(), "%.4f"), metric(i.calinskiHarabaszMetric(), chPattern(i)),
                metric(i.silhouetteMetric(), "%.4f"), i.silhouetteSampled() ? " (sampled)" : "");
    }

    /** A metric, its warning pointing to the note that spells it out (the scoring adds one per warning). */
    private static String metric(MetricValue value, String pattern) {
        if (value.warningIfAny().isEmpty()) {
            return value.format(pattern);
        }
        return (value.meaningless() ? MetricValue.MEANINGLESS : MetricValue.of(value.value()).format(pattern))
                + " (warning below)";
    }

    /** Calinski-Harabasz is unbounded: a huge value in fixed notation would print dozens of digits. */
    private static String chPattern(InternalScores i) {
        return Math.abs(i.calinskiHarabasz()) >= 1e7 ? "%.4g" : "%.2f";
    }

    /** A value that may be NaN (such as a loss) as "undefined" rather than "NaN". */
    private static String number(double v, String pattern) {
        return Double.isFinite(v) ? MetricValue.of(v).format(pattern) : "undefined";
    }
}
