package org.genrescope.data;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * The Data tab's order of text written plainly, for tests to check {@link RowOrder}'s ranks against: without case
 * and accents first (each code point's combining marks dropped after Unicode's canonical decomposition, then lower
 * case by the root locale), ties by {@code String.compareTo}.
 */
public final class DataTabTextOrder {
    private DataTabTextOrder() { }

    public static final Comparator<String> ORDER = Comparator.comparing(DataTabTextOrder::withoutCaseOrAccents)
            .thenComparing(Comparator.naturalOrder());

    public static String withoutCaseOrAccents(String s) {
        StringBuilder kept = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFD).codePoints().filter(c -> {
            int type = Character.getType(c);
            return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK;
        }).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }
}
