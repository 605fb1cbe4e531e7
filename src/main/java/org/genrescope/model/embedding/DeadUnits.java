package org.genrescope.model.embedding;

import java.util.Arrays;

/**
 * Units whose value is the same for every track although the tracks differ: they carry no information. A dead ReLU
 * unit outputs 0 everywhere and gets no gradient, so more training cannot revive it. "The same" means equal to
 * within {@link #TOLERANCE} of the unit's magnitude (the weights are float32, whose values agree to about 7
 * digits), so a saturated tanh unit counts too. Over data whose rows are all equal no unit is dead (there is
 * nothing to tell apart), and an output unit whose feature column is itself constant is not dead (it is right).
 *
 * @param code   indices (0-based) of the code units that are constant over all tracks
 * @param output indices (0-based, i.e. feature columns) of the reconstruction units that are constant over all tracks
 */
public record DeadUnits(int[] code, int[] output) {

    public DeadUnits {
        code = code.clone();
        output = output.clone();
    }

    @Override
    public int[] code() {
        return code.clone();
    }

    @Override
    public int[] output() {
        return output.clone();
    }

    /** Relative spread (max - min over max(1, max |value|)) at or below which a unit counts as constant. */
    public static final double TOLERANCE = 1e-6;

    /**
     * The dead units of a network over its data.
     *
     * @param x              n x d inputs, row-major
     * @param code           n x latent codes of x, row-major
     * @param reconstruction n x d reconstructions of x, row-major
     */
    public static DeadUnits find(double[] x, double[] code, double[] reconstruction, int n, int d, int latent) {
        return of(constant(x, n, d), constant(code, n, latent), constant(reconstruction, n, d));
    }

    /**
     * The dead units from which columns are constant ({@link ColumnRanges#constant()}) over the same rows: of the
     * inputs (d), the code (latent) and the reconstruction (d).
     */
    static DeadUnits of(boolean[] inputConstant, boolean[] codeConstant, boolean[] outputConstant) {
        boolean dataVaries = false;
        for (boolean c : inputConstant) {
            dataVaries |= !c;
        }
        if (!dataVaries) {
            return new DeadUnits(new int[0], new int[0]);
        }
        return new DeadUnits(java.util.stream.IntStream.range(0, codeConstant.length).filter(c -> codeConstant[c]).toArray(),
                java.util.stream.IntStream.range(0, outputConstant.length)
                        .filter(c -> outputConstant[c] && !inputConstant[c]).toArray());
    }

    private static boolean[] constant(double[] a, int n, int columns) {
        ColumnRanges ranges = new ColumnRanges(columns);
        ranges.add(a, 0, n);
        return ranges.constant();
    }

    /** At most this many dead outputs are named; a collapse at 518 features can kill hundreds. */
    private static final int NAMED_OUTPUTS = 8;

    /** True when no unit is constant. */
    public boolean none() {
        return code.length == 0 && output.length == 0;
    }

    /**
     * The dead units in words, features named by their last dotted part: "code unit z0; outputs acousticness,
     * liveness".
     *
     * @param features the feature names, one per output unit
     */
    public String describe(java.util.List<String> features) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (code.length > 0) {
            parts.add((code.length == 1 ? "code unit " : "code units ") + String.join(", ",
                    Arrays.stream(code).mapToObj(c -> "z" + c).toList()));
        }
        if (output.length > 0) {
            java.util.List<String> names = Arrays.stream(output).limit(NAMED_OUTPUTS)
                    .mapToObj(f -> shortName(features, f)).toList();
            String more = output.length > NAMED_OUTPUTS ? " and " + (output.length - NAMED_OUTPUTS) + " more" : "";
            parts.add((output.length == 1 ? "output " : "outputs ") + String.join(", ", names) + more);
        }
        return String.join("; ", parts);
    }

    /**
     * A feature's last dotted part when no other feature ends the same ("acousticness"), else its whole name: FMA's
     * 518 statistics end in "01", "02", ... and only the whole name ("mfcc.mean.01") tells them apart.
     */
    private static String shortName(java.util.List<String> features, int f) {
        String name = features.get(f);
        String last = name.substring(name.lastIndexOf('.') + 1);
        long sameEnding = features.stream().filter(g -> g.substring(g.lastIndexOf('.') + 1).equals(last)).count();
        return sameEnding == 1 ? last : name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadUnits other && Arrays.equals(code, other.code) && Arrays.equals(output, other.output);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(code) + Arrays.hashCode(output);
    }

    @Override
    public String toString() {
        return "DeadUnits[code=" + Arrays.toString(code) + ", output=" + Arrays.toString(output) + "]";
    }
}
