package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genrescope.data.FeatureSummaries;
import org.genrescope.data.FeatureSummary;

/**
 * The Distributions tab's summary table: one row per feature over all tracks, followed (when split by genre)
 * by one row per genre, every statistic as text in the figures' number format.
 */
final class SummaryRows {

    /** One row of the table; {@code group} is "all" or the genre; {@code imputed} blank where unknown. */
    record Row(String feature, String group, String count, String missing, String imputed, String mean, String sd,
               String min, String q05, String q25, String median, String q75, String q95, String max) { }

    private SummaryRows() { }

    /**
     * @param imputed values cleaning imputed per full feature name (shown on the "all" rows only)
     * @param byGenre whether to add the per-genre rows
     */
    static List<Row> of(FeatureSummaries summaries, Map<String, Long> imputed, boolean byGenre) {
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < summaries.overall().size(); j++) {
            FeatureSummary all = summaries.overall().get(j);
            rows.add(row(all, String.format(Locale.ROOT, "%,d", imputed.getOrDefault(all.feature(), 0L))));
            if (byGenre) {
                for (List<FeatureSummary> genre : summaries.byGenre().values()) {
                    rows.add(row(genre.get(j), ""));
                }
            }
        }
        return rows;
    }

    private static Row row(FeatureSummary s, String imputed) {
        return new Row(DataSet.shortName(s.feature()), s.group() == null ? "all" : s.group(),
                String.format(Locale.ROOT, "%,d", s.count()), String.format(Locale.ROOT, "%,d", s.missing()), imputed,
                ResultFigures.fmt(s.mean()), ResultFigures.fmt(s.sd()), ResultFigures.fmt(s.min()),
                ResultFigures.fmt(s.q05()), ResultFigures.fmt(s.q25()), ResultFigures.fmt(s.median()),
                ResultFigures.fmt(s.q75()), ResultFigures.fmt(s.q95()), ResultFigures.fmt(s.max()));
    }
}
