package org.genrescope.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.InternalScores;
import org.genrescope.analysis.report.ResultWriters;

/** A short human summary of a result on stdout; the files hold everything. */
final class Summary {
    private Summary() { }

    static void print(AnalysisResult r, Path out, PrintStream s) {
        s.printf(Locale.ROOT, "%,d tracks kept of %,d read; %d genres; %d clusters%s%n", r.rows(), r.input().rowsRead(),
                r.genreNames().size(), r.clustering().clusterCount(),
                r.clustering().noiseCount() > 0 ? String.format(Locale.ROOT, " and %,d noise points", r.clustering().noiseCount()) : "");
        if (r.autoencoder() != null) {
            s.printf(Locale.ROOT, "autoencoder: reconstruction MSE %.5f (predicting the mean: %.5f) after %d epochs%s%n",
                    r.autoencoder().reconstructionMse(), r.autoencoder().baselineMse(), r.autoencoder().epochsRun(),
                    r.autoencoder().collapsed() ? " -- COLLAPSED: these clusters are not a result" : "");
        }
        line(s, "clustered space", r.clusteringSpace());
        if (r.featureSpace() != r.clusteringSpace()) {
            line(s, "feature space", r.featureSpace());
        }
        if (r.vsGenre() != null) {
            s.printf(Locale.ROOT, "vs genre: ARI %.4f, NMI %.4f, AMI %.4f, V-measure %.4f, purity %.4f%n",
                    r.vsGenre().adjustedRand(), r.vsGenre().normalizedMutualInfo(), r.vsGenre().adjustedMutualInfo(),
                    r.vsGenre().vMeasure(), r.vsGenre().purity());
        }
        for (String w : r.warnings()) {
            s.println("note: " + w);
        }
        s.println("wrote " + out.resolve(ResultWriters.REPORT) + " and " + out.resolve(ResultWriters.ASSIGNMENTS));
    }

    private static void line(PrintStream s, String space, InternalScores i) {
        s.printf(Locale.ROOT, "%s: Davies-Bouldin %.4f, Calinski-Harabasz %.2f, silhouette %.4f%s%n", space,
                i.daviesBouldin(), i.calinskiHarabasz(), i.silhouette(), i.silhouetteSampled() ? " (sampled)" : "");
    }
}
