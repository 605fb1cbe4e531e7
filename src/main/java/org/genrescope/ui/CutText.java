package org.genrescope.ui;

/** Text cut to a number of wrapped lines, measured by a given function (no toolkit, so tested as plain values). */
final class CutText {
    private static final String ELLIPSIS = "\u2026";

    private CutText() { }

    /**
     * {@code item} as it fits {@code maxLines} lines of {@code lineHeight}: whole, or cut at the last word that
     * fits with an ellipsis. {@code height} gives a text's wrapped height.
     */
    static String fitted(String item, java.util.function.ToDoubleFunction<String> height, double lineHeight,
                         int maxLines) {
        double most = lineHeight * (maxLines + 0.5);
        if (height.applyAsDouble(item) <= most) {
            return item;
        }
        String[] words = item.split(" ");
        int low = 0;
        int high = words.length; // the most words kept that fit, found by halving
        while (low < high) {
            int mid = (low + high + 1) / 2;
            String candidate = String.join(" ", java.util.Arrays.asList(words).subList(0, mid)) + ELLIPSIS;
            if (height.applyAsDouble(candidate) <= most) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? ELLIPSIS : String.join(" ", java.util.Arrays.asList(words).subList(0, low)) + ELLIPSIS;
    }
}
