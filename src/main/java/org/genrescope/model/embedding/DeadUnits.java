package org.genrescope.model.embedding;

import java.util.Arrays;

/**
 * Units whose value is the same for every track: they carry no information. A dead ReLU unit outputs 0 everywhere.
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

    /** True when no unit is constant. */
    public boolean none() {
        return code.length == 0 && output.length == 0;
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
