package org.genrescope.session;

import java.util.List;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.Representation;
import org.genrescope.features.FittedScaler;
import org.genrescope.model.clustering.Clustering;
import org.genrescope.model.embedding.TrainedAutoencoder;

/**
 * A saved session's fitted model, ready to assign new tracks to its clusters (issue 12's {@code apply}): the saved
 * scaler (never refitted), the saved encoder, and K-Means' nearest centre or DBSCAN's core points within eps. It
 * works on chunks of rows, so a caller can stream any number of tracks through it holding one chunk at a time; it
 * holds only the model (weights, centres, core points). The same rows give the same codes and labels to the bit as
 * the run that fitted it (the same double arithmetic on the same parameters).
 */
public final class AppliedModel {
    /** One chunk's result: m x {@link #width()} codes, row-major, and m labels (-1 noise). */
    public record Applied(double[] codes, int[] labels) { }

    private final List<String> features;
    private final FittedScaler scaler;
    private final TrainedAutoencoder encoder;
    private final int width;
    private final Assigner assigner;

    private AppliedModel(List<String> features, FittedScaler scaler, TrainedAutoencoder encoder, int width,
                         Assigner assigner) {
        this.features = features;
        this.scaler = scaler;
        this.encoder = encoder;
        this.width = width;
        this.assigner = assigner;
    }

    /**
     * The model of {@code s}.
     *
     * @throws SessionFormatException in one sentence when the session cannot assign tracks: written before sessions
     *                                kept the fitted model, clustered on PCA (its axes are not kept), or its parts
     *                                do not fit together
     */
    public static AppliedModel of(Session s) throws SessionFormatException {
        FittedModel m = s.model();
        if (m == null) {
            throw new SessionFormatException("it holds no fitted model (scaler, features), as sessions written before "
                    + "issue 12 do; run cluster again to write one that does");
        }
        AnalysisConfig config = s.config();
        int d = m.features().size();
        FittedScaler scaler;
        try {
            scaler = m.scaler().restore(d);
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException("model.scaler: " + e.getMessage(), e);
        }
        TrainedAutoencoder encoder = null;
        int width;
        switch (config.representation()) {
            case AUTOENCODER -> {
                TrainedAutoencoder.Weights w = s.stages().autoencoder();
                if (w == null) {
                    throw new SessionFormatException("it was clustered on an autoencoder's codes but holds no weights");
                }
                try {
                    // restore measures the reconstruction on the x it is given; one row of zeros serves, as
                    // only encode is used here
                    encoder = TrainedAutoencoder.restore(config.autoencoderConfig(), w, new double[d], 1);
                } catch (IllegalArgumentException e) {
                    throw new SessionFormatException("model.autoencoder: " + e.getMessage(), e);
                }
                width = encoder.latentSize();
            }
            case FEATURES -> width = d;
            default -> throw new SessionFormatException("it was clustered on " + config.representation().id()
                    + ", whose fitted axes sessions do not keep; apply works with the autoencoder or the features");
        }
        Clustering clustering = s.stages().clustering();
        if (clustering == null) {
            throw new SessionFormatException("it holds no clustering (model.clustering is null)");
        }
        Assigner assigner;
        if (config.algorithm() == ClusteringAlgorithm.KMEANS) {
            double[] centres = clustering.centroidsOrNull();
            if (centres == null || centres.length != (long) clustering.clusterCount() * width) {
                throw new SessionFormatException("its K-Means clustering holds "
                        + (centres == null ? "no centroids" : centres.length + " centroid values")
                        + " for " + clustering.clusterCount() + " clusters of width " + width);
            }
            assigner = new NearestCentre(centres, clustering.clusterCount(), width);
        } else {
            FittedModel.CorePoints cores = m.corePoints();
            if (cores == null || (cores.size() > 0 && cores.width() != width)) {
                throw new SessionFormatException("its DBSCAN clustering holds "
                        + (cores == null ? "no core points" : "core points of width " + cores.width())
                        + " for codes of width " + width);
            }
            assigner = new CoreReach(cores, config.eps());
        }
        return new AppliedModel(m.features(), scaler, encoder, width, assigner);
    }

    /** The features the model reads, in the order {@link #apply} expects their columns. */
    public List<String> features() {
        return features;
    }

    /** The width of the codes (the clustered space). */
    public int width() {
        return width;
    }

    /**
     * Scales, encodes and assigns m tracks.
     *
     * @param raw m x features().size() values in original units, row-major; scaled in place
     */
    public Applied apply(double[] raw, int m) {
        int d = features.size();
        if (raw.length != (long) m * d) {
            throw new IllegalArgumentException("raw must hold " + m + " x " + d + " values, got " + raw.length);
        }
        double[] row = new double[d];
        for (int i = 0; i < m; i++) {
            System.arraycopy(raw, i * d, row, 0, d);
            scaler.transformRow(row);
            System.arraycopy(row, 0, raw, i * d, d);
        }
        double[] codes = encoder == null ? raw : encoder.encode(raw, m);
        return new Applied(codes, assigner.assign(codes, m));
    }
}
