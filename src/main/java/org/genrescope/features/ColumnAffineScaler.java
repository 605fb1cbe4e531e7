package org.genrescope.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A per-column {@code (x - offset) / scale} scaling: standard, min-max, or identity.
 *
 * <p>Columns with values near the largest double (about 1.5e308, where a mean's sum or a range {@code hi - lo}
 * overflows) are fitted and applied in units of a power of two per column ({@link LargeValues#unitFor}): the
 * scaled values are then finite and correct. Other columns use unit 1, so their results are bit-identical to
 * scikit-learn's formulas.
 */
final class ColumnAffineScaler implements FittedScaler {
    private final String kind;
    /** Offset and scale each multiplied by the column's unit (an exact power of two, usually 1). */
    private final double[] offsetInUnits;
    private final double[] scaleInUnits;
    private final double[] unit;

    /** A scaler with these parameters; {@link ScalerParameters#restore} checks them. */
    ColumnAffineScaler(String kind, double[] offsetInUnits, double[] scaleInUnits, double[] unit) {
        this.kind = kind;
        this.offsetInUnits = offsetInUnits;
        this.scaleInUnits = scaleInUnits;
        this.unit = unit;
    }

    private static double[] ones(int columns) {
        double[] one = new double[columns];
        java.util.Arrays.fill(one, 1.0);
        return one;
    }

    /**
     * No scaling. Values too large for distances to stay finite are refused here, where the remedy (a scaling)
     * can still be named.
     *
     * @throws org.genrescope.settings.InvalidSettingException naming {@code --scaling}, the track and the feature
     */
    static ColumnAffineScaler identity(FeatureMatrix data) {
        LargeValues.checkClusterableUnscaled(data);
        int d = data.columns();
        return new ColumnAffineScaler("none", new double[d], ones(d), ones(d));
    }

    /** Population standard deviation (ddof 0); a constant column keeps scale 1, as scikit-learn does. */
    static ColumnAffineScaler fitStandard(FeatureMatrix data) {
        int n = data.rows();
        int d = data.columns();
        double[] mean = new double[d];
        double[] sd = new double[d];
        double[] unit = new double[d];
        for (int j = 0; j < d; j++) {
            double[] column = data.column(j);
            double u = LargeValues.unitFor(LargeValues.maxAbs(column), n);
            double sum = 0;
            for (double v : column) {
                sum += v * u;
            }
            double m = sum / n;
            double ss = 0;
            for (double v : column) {
                ss += (v * u - m) * (v * u - m);
            }
            mean[j] = m;
            double s = Math.sqrt(ss / n);
            sd[j] = s == 0 ? u : s; // scale 1 in original units
            unit[j] = u;
        }
        return new ColumnAffineScaler("standard", mean, sd, unit);
    }

    /** Maps each column's range to [0, 1]; a constant column keeps scale 1, as scikit-learn does. */
    static ColumnAffineScaler fitMinMax(FeatureMatrix data) {
        int d = data.columns();
        double[] min = new double[d];
        double[] range = new double[d];
        double[] unit = new double[d];
        for (int j = 0; j < d; j++) {
            double[] column = data.column(j);
            double u = LargeValues.unitFor(LargeValues.maxAbs(column), 2);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : column) {
                lo = Math.min(lo, v * u);
                hi = Math.max(hi, v * u);
            }
            min[j] = lo;
            range[j] = hi > lo ? hi - lo : u;
            unit[j] = u;
        }
        return new ColumnAffineScaler("minmax", min, range, unit);
    }

    @Override
    public FeatureMatrix transform(FeatureMatrix data) {
        double[] in = data.sharedValues(); // only read
        double[] out = new double[in.length];
        int d = data.columns();
        for (int i = 0; i < out.length; i++) {
            int j = i % d;
            out[i] = (in[i] * unit[j] - offsetInUnits[j]) / scaleInUnits[j];
        }
        return data.adoptValues(out); // the one scaled copy, not copied again
    }

    @Override
    public void transformRow(double[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] = (row[j] * unit[j] - offsetInUnits[j]) / scaleInUnits[j];
        }
    }

    @Override
    public void inverseRow(double[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] = (row[j] * scaleInUnits[j] + offsetInUnits[j]) / unit[j];
        }
    }

    /** Per-column affine maps are invertible: a decoded point maps back exactly. */
    @Override
    public boolean invertible() {
        return true;
    }

    @Override
    public ScalerParameters parameters() {
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put(ScalerParameters.OFFSET, offsetInUnits);
        values.put(ScalerParameters.SCALE, scaleInUnits);
        values.put(ScalerParameters.UNIT, unit);
        return new ScalerParameters(kind, values);
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind);
        out.put("offset", inOriginalUnits(offsetInUnits));
        out.put("scale", inOriginalUnits(scaleInUnits));
        boolean anyUnit = false;
        for (double u : unit) {
            anyUnit |= u != 1.0;
        }
        if (anyUnit) {
            // Columns near the largest double: their offset and scale may not be representable (the range of
            // -1.2e308 to 1.5e308 is not), so the report also gives them in these units.
            out.put("column_units", unit.clone());
            out.put("offset_in_units", offsetInUnits.clone());
            out.put("scale_in_units", scaleInUnits.clone());
        }
        return out;
    }

    /** Offsets or scales in original units; null where the value is beyond the largest double. */
    private List<Double> inOriginalUnits(double[] inUnits) {
        List<Double> out = new ArrayList<>(inUnits.length);
        for (int j = 0; j < inUnits.length; j++) {
            double v = inUnits[j] / unit[j];
            out.add(Double.isFinite(v) ? v : null);
        }
        return out;
    }
}
