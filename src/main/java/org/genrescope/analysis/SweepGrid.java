package org.genrescope.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.genrescope.settings.InvalidSettingException;

/**
 * The cells of a sweep: every latent size x k x seed. Each list is sorted and holds no value twice.
 *
 * @param latents latent sizes (code width or principal components), each at least 1
 * @param ks      cluster counts, each at least 2
 * @param seeds   seeds; each drives one training per latent size and the K-Means starts of its cells
 */
public record SweepGrid(List<Integer> latents, List<Integer> ks, List<Long> seeds) {
    /** The most values one range may hold: a bigger grid is a typo, not a plan (2..2000 for 2..20). */
    static final int MAX_VALUES = 1_000;

    public SweepGrid {
        latents = sortedDistinct(latents, "--latent", 1);
        ks = sortedDistinct(ks, "--k", 2);
        seeds = List.copyOf(new TreeSet<>(seeds));
        if (seeds.isEmpty()) {
            throw new InvalidSettingException("--seeds", "needs at least one seed");
        }
    }

    /** Cells in the grid: latents x ks x seeds. */
    public int cells() {
        return latents.size() * ks.size() * seeds.size();
    }

    /**
     * Whole numbers given as a range {@code a..b} (both ends included), a comma-separated list, or a mix
     * ({@code 2..4,8}).
     *
     * @param option the option the text came from, named in the error
     * @throws InvalidSettingException naming {@code option} when the text is not such a list, a range runs
     *                                 downwards or holds more than {@value #MAX_VALUES} values
     */
    public static List<Long> parse(String option, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidSettingException(option, "needs a range such as 2..7 or a list such as 2,4,8, got nothing");
        }
        List<Long> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            int dots = p.indexOf("..");
            try {
                if (dots < 0) {
                    out.add(Long.parseLong(p));
                } else {
                    long from = Long.parseLong(p.substring(0, dots).strip());
                    long to = Long.parseLong(p.substring(dots + 2).strip());
                    if (to < from) {
                        throw new InvalidSettingException(option, "the range " + p + " runs downwards; write it as "
                                + to + ".." + from);
                    }
                    if (to - from >= MAX_VALUES) {
                        throw new InvalidSettingException(option, "the range " + p + " holds more than " + MAX_VALUES
                                + " values");
                    }
                    for (long v = from; v <= to; v++) {
                        out.add(v);
                    }
                }
            } catch (NumberFormatException e) {
                throw new InvalidSettingException(option, "needs a range such as 2..7 or a list of whole numbers such "
                        + "as 2,4,8, got '" + text + "'");
            }
        }
        return out;
    }

    /** As {@link #parse}, for values that must be ints of at least {@code min}. */
    public static List<Integer> parseInts(String option, String text, int min) {
        List<Integer> out = new ArrayList<>();
        for (long v : parse(option, text)) {
            if (v < min || v > Integer.MAX_VALUE) {
                throw new InvalidSettingException(option, "every value must be at least " + min + ", got " + v);
            }
            out.add((int) v);
        }
        return out;
    }

    private static List<Integer> sortedDistinct(List<Integer> values, String option, int min) {
        TreeSet<Integer> set = new TreeSet<>(values);
        if (set.isEmpty()) {
            throw new InvalidSettingException(option, "needs at least one value");
        }
        if (set.first() < min) {
            throw new InvalidSettingException(option, "every value must be at least " + min + ", got " + set.first());
        }
        return List.copyOf(set);
    }
}
