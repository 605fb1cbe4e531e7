package org.genrescope.features;

import java.util.LinkedHashMap;
import java.util.Map;

/** A per-column {@code (x - offset) / scale} scaling: standard, min-max, or identity. */
final class ColumnAffineScaler implements FittedScaler {
    private final String kind;
    private final double[] offset;
    private final double[] scale;

    private ColumnAffineScaler(String kind, double[] offset, double[] scale) {
        this.kind = kind;
        this.offset = offset;
        this.scale = scale;
    }

    static ColumnAffineScaler identity(int columns) {
        double[] one = new double[columns];
        java.util.Arrays.fill(one, 1.0);
        return new ColumnAffineScaler("none", new double[columns], one);
    }

    /** Population standard deviation (ddof 0); a constant column keeps scale 1, as scikit-learn does. */
    static ColumnAffineScaler fitStandard(FeatureMatrix data) {
        int n = data.rows();
        int d = data.columns();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int j = 0; j < d; j++) {
            double[] column = data.column(j);
            double sum = 0;
            for (double v : column) {
                sum += v;
            }
            double m = sum / n;
            double ss = 0;
            for (double v : column) {
                ss += (v - m) * (v - m);
            }
            mean[j] = m;
            double s = Math.sqrt(ss / n);
            sd[j] = s == 0 ? 1.0 : s;
        }
        return new ColumnAffineScaler("standard", mean, sd);
    }

    /** Maps each column's range to [0, 1]; a constant column keeps scale 1, as scikit-learn does. */
    static ColumnAffineScaler fitMinMax(FeatureMatrix data) {
        int d = data.columns();
        double[] min = new double[d];
        double[] range = new double[d];
        for (int j = 0; j < d; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : data.column(j)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            min[j] = lo;
            range[j] = hi > lo ? hi - lo : 1.0;
        }
        return new ColumnAffineScaler("minmax", min, range);
    }

    @Override
    public FeatureMatrix transform(FeatureMatrix data) {
        double[] out = data.values(); // a copy
        int d = data.columns();
        for (int i = 0; i < out.length; i++) {
            int j = i % d;
            out[i] = (out[i] - offset[j]) / scale[j];
        }
        return data.withValues(out);
    }

    @Override
    public void transformRow(double[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] = (row[j] - offset[j]) / scale[j];
        }
    }

    @Override
    public void inverseRow(double[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] = row[j] * scale[j] + offset[j];
        }
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind);
        out.put("offset", offset.clone());
        out.put("scale", scale.clone());
        return out;
    }
}
