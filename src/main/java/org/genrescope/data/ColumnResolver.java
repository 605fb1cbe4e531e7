package org.genrescope.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the column a user means. A name matches a column when it equals the column's full dotted name
 * or is a dot-suffix of it ({@code tempo} and {@code audio_features.tempo} both match
 * {@code echonest.audio_features.tempo}). An exact match wins over suffix matches, so a flat table's
 * {@code tempo} column can always be named even when {@code x.tempo} exists too. Matching is case-sensitive,
 * as pandas and FMA are.
 */
final class ColumnResolver {

    private static final int CANDIDATES_SHOWN = 5;

    private final List<String> columns;

    /** @param columns full column names; null entries are skipped (columns that cannot be chosen) */
    ColumnResolver(List<String> columns) {
        this.columns = columns;
    }

    /** Index of the column {@code name} means, or -1 when none matches. Ambiguity is an error. */
    int find(String name) throws AmbiguousName {
        List<Integer> matches = matches(name);
        if (matches.isEmpty()) {
            return -1;
        }
        for (int index : matches) {
            if (columns.get(index).equals(name)) {
                return index;
            }
        }
        if (matches.size() > 1) {
            throw new AmbiguousName(name, listed(matches.stream().map(columns::get).toList()));
        }
        return matches.get(0);
    }

    /**
     * Index of the column {@code name} means; an unknown or ambiguous name is a
     * {@link DataLoadException} naming the setting and a few candidates.
     *
     * @param where the file or folder the message names
     * @param hint  extra advice for an unknown name, or null
     */
    int resolve(String name, String setting, Path where, String hint) throws DataLoadException {
        try {
            int index = find(name);
            if (index < 0) {
                throw new DataLoadException(where, 0, null, String.format(Locale.ROOT,
                        "setting '%s': '%s' matches no column%s%s", setting, name, similarHint(name),
                        hint == null ? "" : "; " + hint));
            }
            return index;
        } catch (AmbiguousName e) {
            throw new DataLoadException(where, 0, null, String.format(Locale.ROOT,
                    "setting '%s': '%s' is ambiguous, it matches %s; give more of the name",
                    setting, name, e.candidates));
        }
    }

    private List<Integer> matches(String name) {
        List<Integer> found = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            return found;
        }
        String suffix = "." + name;
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (column != null && (column.equals(name) || column.endsWith(suffix))) {
                found.add(i);
            }
        }
        return found;
    }

    /** Columns containing the name, case-insensitively, or else the first few columns. */
    private String similarHint(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> similar = columns.stream()
                .filter(c -> c != null && !c.isEmpty() && c.toLowerCase(Locale.ROOT).contains(lower))
                .toList();
        if (!similar.isEmpty()) {
            return " (similar: " + listed(similar) + ")";
        }
        List<String> any = columns.stream().filter(c -> c != null && !c.isEmpty()).toList();
        return any.isEmpty() ? "" : " (columns are " + listed(any) + ")";
    }

    /** At most a few names, then how many more. */
    static String listed(List<String> names) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(names.size(), CANDIDATES_SHOWN);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(names.get(i));
        }
        if (names.size() > shown) {
            text.append(String.format(Locale.ROOT, " and %,d more", names.size() - shown));
        }
        return text.toString();
    }

    /** A name matching several columns, none exactly. */
    static final class AmbiguousName extends Exception {
        private static final long serialVersionUID = 1L;
        final String candidates;

        AmbiguousName(String name, String candidates) {
            super("'" + name + "' matches " + candidates, null, false, false);
            this.candidates = candidates;
        }
    }
}
