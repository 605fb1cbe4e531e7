package org.genrescope.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.genrescope.data.CsvSniffer.CsvPreview;
import org.genrescope.data.ImportOptions;

/** What the CSV dialog presets where neither the user nor a known layout decides: features, and the likeliest genre. */
final class ColumnGuesses {
    private ColumnGuesses() { }

    /** Those of the 8 audio features the header has, each by its name or a dot or underscore suffix. */
    static List<String> audioFeatures(List<String> header) {
        List<String> found = new ArrayList<>();
        for (String suffix : ImportOptions.AUDIO_FEATURES) {
            header.stream().filter(c -> c.equals(suffix) || c.endsWith("." + suffix) || c.endsWith("_" + suffix))
                    .findFirst().ifPresent(found::add);
        }
        return found;
    }

    /**
     * The loader's default when the file has none of the audio features: the columns whose cells are all numbers
     * (at least one) in the rows read, except the {@code chosen} id, genre, title and artist and identifier
     * columns (id, or ending in _id). The loader decides on every row; a later text cell makes the load say which.
     */
    static List<String> numericColumns(CsvPreview read, List<String> chosen) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < read.header().size(); i++) {
            String name = read.header().get(i);
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.isBlank() || chosen.contains(name) || lower.equals("id") || lower.endsWith("_id")) {
                continue;
            }
            int at = i;
            boolean numbers = read.features().stream().allMatch(r -> r.get(at).problem() == null);
            boolean some = read.features().stream().anyMatch(r -> !r.get(at).missing());
            if (numbers && some) {
                found.add(name);
            }
        }
        return found;
    }

    /**
     * Of several genre columns, the one most likely the genre: the fewest empty cells in the first rows, then
     * the fewest distinct values (a top genre is coarser than a sub-genre), then the header's order.
     */
    static String bestLabel(CsvPreview read) {
        List<String> candidates = read.labelCandidates();
        Comparator<String> order = Comparator.comparingLong((String c) -> -filled(read, c))
                .thenComparingLong(c -> distinct(read, c))
                .thenComparingInt(c -> read.header().indexOf(c));
        return candidates.stream().min(order).orElse("");
    }

    private static long filled(CsvPreview read, String column) {
        int at = read.header().indexOf(column);
        return read.features().stream().filter(r -> !r.get(at).missing()).count();
    }

    private static long distinct(CsvPreview read, String column) {
        int at = read.header().indexOf(column);
        return read.rows().stream().map(r -> r.get(at).strip().toLowerCase(Locale.ROOT)).distinct().count();
    }
}
