package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genrescope.data.FeatureSummaries;
import org.genrescope.data.FeatureSummary;

/**
 * The Distributions tab's summary table: one row per feature over all tracks, followed (when split by genre)
 * by one row per genre, every statistic as text. All numbers of one feature share one {@link ColumnFormat}, chosen
 * by its overall range, so a feature's rows line up (tempo with one decimal, a 0..1 score with four) and no column
 * switches between fixed and scientific notation; counts carry thousands separators, as the numbers do.
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
            ColumnFormat format = formatOf(all);
            rows.add(row(all, String.format(Locale.ROOT, "%,d", imputed.getOrDefault(all.feature(), 0L)), format));
            if (byGenre) {
                for (List<FeatureSummary> genre : summaries.byGenre().values()) {
                    rows.add(row(genre.get(j), "", format));
                }
            }
        }
        return rows;
    }

    /** The format of every number of one feature: from its overall extremes, mean and sd. */
    static ColumnFormat formatOf(FeatureSummary all) {
        return ColumnFormat.of(all.min(), all.max(), all.mean(), all.sd());
    }

    private static Row row(FeatureSummary s, String imputed, ColumnFormat f) {
        return new Row(DataSet.shortName(s.feature()), s.group() == null ? "all" : s.group(),
                String.format(Locale.ROOT, "%,d", s.count()), String.format(Locale.ROOT, "%,d", s.missing()), imputed,
                f.format(s.mean()), f.format(s.sd()), f.format(s.min()), f.format(s.q05()), f.format(s.q25()),
                f.format(s.median()), f.format(s.q75()), f.format(s.q95()), f.format(s.max()));
    }
}
