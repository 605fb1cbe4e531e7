package org.genrescope.features;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The study's scaling (SEED-PIPELINE §3): tempo min-max to [0, 1] (the other audio features already
 * lie in [0, 1]), then each row divided by its L2 norm, as scikit-learn's {@code Normalizer}.
 *
 * <p>Row normalisation forgets each row's length, so {@link #inverseRow} multiplies by the mean row
 * length seen in fitting before undoing the tempo scaling: exact in direction, typical in length only.
 * That is not original units, so the scaling reports itself not {@link #invertible()} and no decoded
 * centre is shown through it (issue 9: it showed acousticness 1.10 on a feature running from 0 to 1).
 */
final class SeedScaler implements FittedScaler {
    private final int tempoColumn;
    private final double tempoMin;
    private final double tempoRange;
    private final double meanRowNorm;
    /** A power of two the tempo column is computed in when its values are near the largest double, else 1. */
    private final double tempoUnit;

    /** A scaler with these parameters; {@link ScalerParameters#restore} checks them. */
    SeedScaler(int tempoColumn, double tempoMin, double tempoRange, double meanRowNorm, double tempoUnit) {
        this.tempoUnit = tempoUnit;
        this.tempoColumn = tempoColumn;
        this.tempoMin = tempoMin;
        this.tempoRange = tempoRange;
        this.meanRowNorm = meanRowNorm;
    }

    static SeedScaler fit(FeatureMatrix data) {
        int tempo = tempoColumn(data);
        double lo = 0;
        double range = 1;
        double unit = 1;
        if (tempo >= 0) {
            double[] column = data.column(tempo);
            // hi - lo overflows for tempi near +-1.5e308: min-max in units of a power of two (exact otherwise).
            unit = LargeValues.unitFor(LargeValues.maxAbs(column), 2);
            lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : column) {
                lo = Math.min(lo, v * unit);
                hi = Math.max(hi, v * unit);
            }
            range = hi > lo ? hi - lo : unit;
        }
        SeedScaler withoutNorm = new SeedScaler(tempo, lo, range, 1.0, unit);
        int d = data.columns();
        double[] row = new double[d];
        double normSum = 0;
        double[] values = data.sharedValues(); // only read
        for (int i = 0; i < data.rows(); i++) {
            System.arraycopy(values, i * d, row, 0, d);
            withoutNorm.minMaxTempo(row);
            normSum += norm(row);
        }
        double meanNorm = data.rows() == 0 ? 1.0 : normSum / data.rows();
        return new SeedScaler(tempo, lo, range, meanNorm, unit);
    }

    private static int tempoColumn(FeatureMatrix data) {
        for (int j = 0; j < data.columns(); j++) {
            String name = data.featureNames().get(j);
            if (name.equals("tempo") || name.endsWith(".tempo")) {
                return j;
            }
        }
        return -1;
    }

    private void minMaxTempo(double[] row) {
        if (tempoColumn >= 0) {
            row[tempoColumn] = (row[tempoColumn] * tempoUnit - tempoMin) / tempoRange;
        }
    }

    /** The L2 norm; rows with values near the largest double are measured without overflow. */
    private static double norm(double[] row) {
        double ss = 0;
        for (double v : row) {
            ss += v * v;
        }
        return Double.isFinite(ss) ? Math.sqrt(ss) : LargeValues.norm(row);
    }

    @Override
    public FeatureMatrix transform(FeatureMatrix data) {
        int d = data.columns();
        double[] in = data.sharedValues(); // only read
        double[] out = new double[in.length];
        double[] row = new double[d];
        for (int i = 0; i < data.rows(); i++) {
            System.arraycopy(in, i * d, row, 0, d);
            transformRow(row);
            System.arraycopy(row, 0, out, i * d, d);
        }
        return data.adoptValues(out); // the one scaled copy, not copied again
    }

    @Override
    public void transformRow(double[] row) {
        minMaxTempo(row);
        double n = norm(row);
        if (n > 0) { // scikit-learn's Normalizer leaves all-zero rows as they are
            for (int j = 0; j < row.length; j++) {
                row[j] /= n;
            }
        }
    }

    @Override
    public void inverseRow(double[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] *= meanRowNorm;
        }
        if (tempoColumn >= 0) {
            row[tempoColumn] = (row[tempoColumn] * tempoRange + tempoMin) / tempoUnit;
        }
    }

    /** Row normalisation forgets each track's length: the inverse is only typical in length. */
    @Override
    public boolean invertible() {
        return false;
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    @Override
    public ScalerParameters parameters() {
        return new ScalerParameters("seed", Map.of(ScalerParameters.TEMPO,
                new double[] {tempoColumn, tempoMin, tempoRange, tempoUnit, meanRowNorm}));
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "seed");
        out.put("tempo_column", tempoColumn);
        out.put("tempo_min", finiteOrNull(tempoMin / tempoUnit));
        out.put("tempo_range", finiteOrNull(tempoRange / tempoUnit));
        if (tempoUnit != 1.0) {
            out.put("tempo_unit", tempoUnit); // tempi near the largest double: min and range in these units
            out.put("tempo_min_in_units", tempoMin);
            out.put("tempo_range_in_units", tempoRange);
        }
        out.put("mean_row_norm_before_normalising", meanRowNorm);
        return out;
    }
}
