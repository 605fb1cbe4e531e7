package org.genrescope.features;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fitted scaling's exact parameters, so that a saved session scales new tracks as the fitted data was scaled
 * (issue 12's {@code apply}; never refitted). Unlike {@link FittedScaler#describe()} (for reading, in original units,
 * null where a value is beyond the largest double) these are the numbers the scaler computes with, so a restored
 * scaler gives the same doubles to the bit.
 *
 * <p>{@code kind} "standard", "minmax" or "none": {@code offset_in_units}, {@code scale_in_units} and
 * {@code column_units}, each one value per feature (a row maps to {@code (x * unit - offset) / scale}). Kind "seed":
 * {@code tempo} holding {tempo column (-1 for none), tempo min, tempo range, tempo unit, mean row norm}.
 *
 * @param kind   the scaling's id
 * @param values named arrays as above (copied)
 */
public record ScalerParameters(String kind, Map<String, double[]> values) {
    static final String OFFSET = "offset_in_units";
    static final String SCALE = "scale_in_units";
    static final String UNIT = "column_units";
    static final String TEMPO = "tempo";

    public ScalerParameters {
        Map<String, double[]> copy = new LinkedHashMap<>();
        values.forEach((name, v) -> copy.put(name, v.clone()));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** The array named {@code name}, a copy; null when there is none. */
    public double[] get(String name) {
        double[] v = values.get(name);
        return v == null ? null : v.clone();
    }

    /**
     * The scaler these parameters describe, for rows of {@code columns} features.
     *
     * @throws IllegalArgumentException in one sentence when the kind is unknown or an array is missing, of another
     *                                  length than the features, or holds a value no fit could give (a scale of 0)
     */
    public FittedScaler restore(int columns) {
        return switch (kind) {
            case "standard", "minmax", "none" -> {
                double[] offset = perFeature(OFFSET, columns);
                double[] scale = perFeature(SCALE, columns);
                double[] unit = perFeature(UNIT, columns);
                for (int j = 0; j < columns; j++) {
                    if (!(scale[j] != 0) || !Double.isFinite(scale[j]) || !(unit[j] > 0) || !Double.isFinite(offset[j])) {
                        throw new IllegalArgumentException("the " + kind + " scaling of feature " + j
                                + " has offset " + offset[j] + ", scale " + scale[j] + " and unit " + unit[j]
                                + ", which no fit gives");
                    }
                }
                yield new ColumnAffineScaler(kind, offset, scale, unit);
            }
            case "seed" -> {
                double[] t = values.get(TEMPO);
                if (t == null || t.length != 5) {
                    throw new IllegalArgumentException("the seed scaling needs 'tempo' with 5 numbers");
                }
                int column = (int) t[0];
                if (column != t[0] || column < -1 || column >= columns || !(t[2] != 0) || !(t[3] > 0)
                        || !Double.isFinite(t[1]) || !Double.isFinite(t[2]) || !(t[4] > 0)) {
                    throw new IllegalArgumentException("the seed scaling's tempo parameters " + Arrays.toString(t)
                            + " are not ones a fit over " + columns + " features gives");
                }
                yield new SeedScaler(column, t[1], t[2], t[4], t[3]);
            }
            default -> throw new IllegalArgumentException("the scaling '" + kind
                    + "' is not one of seed, standard, minmax, none");
        };
    }

    private double[] perFeature(String name, int columns) {
        double[] v = values.get(name);
        if (v == null || v.length != columns) {
            throw new IllegalArgumentException("the " + kind + " scaling's " + name + " holds "
                    + (v == null ? "nothing" : v.length + " values") + " for " + columns + " features");
        }
        return v.clone();
    }
}
