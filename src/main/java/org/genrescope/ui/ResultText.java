package org.genrescope.ui;

import java.util.Locale;
import java.util.Map;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.model.metrics.DominantCluster;

/** A plain-text summary of a result for the minimal window. */
final class ResultText {
    private ResultText() { }

    static String of(AnalysisResult r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%,d tracks, %d genres, %d clusters (%s on the %s, %s scaling)%n%n",
                r.rows(), r.genreNames().size(), r.clustering().clusterCount(), r.config().algorithm().id(),
                switch (r.config().representation()) {
                    case PCA -> "PCA of the scaled features";
                    case AUTOENCODER -> "autoencoder's code";
                    case FEATURES -> "scaled features";
                }, r.config().scaling().id()));
        if (r.autoencoder() != null) {
            if (r.autoencoder().collapsed()) {
                s.append("THE AUTOENCODER COLLAPSED: these clusters are not a result. Train again with another seed.\n\n");
            }
            s.append(String.format(Locale.ROOT, "Autoencoder reconstruction MSE %.5f (predicting the mean: %.5f)%n%n",
                    r.autoencoder().reconstructionMse(), r.autoencoder().baselineMse()));
        }
        s.append(String.format(Locale.ROOT, "Davies-Bouldin (lower is better)      %.4f%n", r.clusteringSpace().daviesBouldin()));
        s.append(String.format(Locale.ROOT, "Calinski-Harabasz (higher is better)  %.2f%n", r.clusteringSpace().calinskiHarabasz()));
        s.append(String.format(Locale.ROOT, "Silhouette (higher is better)         %.4f%n", r.clusteringSpace().silhouette()));
        if (r.vsGenre() != null) {
            s.append(String.format(Locale.ROOT, "%nAgreement with genres: ARI %.4f, NMI %.4f, AMI %.4f, V-measure %.4f, purity %.4f%n",
                    r.vsGenre().adjustedRand(), r.vsGenre().normalizedMutualInfo(), r.vsGenre().adjustedMutualInfo(),
                    r.vsGenre().vMeasure(), r.vsGenre().purity()));
            s.append(String.format(Locale.ROOT, "%nGenre counts after grouping: %s%n", format(r.grouping().countsAfter())));
            s.append("\nEach genre's most common cluster:\n");
            for (DominantCluster dc : r.contingency().dominantClusters()) {
                s.append(String.format(Locale.ROOT, "  %-22s cluster %d (%,d of %,d tracks)%n",
                        r.genreNames().get(dc.truthClass()), dc.cluster(), dc.membersInCluster(), dc.classSize()));
            }
        }
        for (String w : r.warnings()) {
            s.append("\nNote: ").append(w);
        }
        return s.toString();
    }

    private static String format(Map<String, Long> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((g, c) -> s.append(s.length() == 0 ? "" : ", ").append(g).append(' ').append(String.format(Locale.ROOT, "%,d", c)));
        return s.toString();
    }
}
