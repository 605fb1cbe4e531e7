package org.genrescope.ui;

import java.util.List;
import java.util.Map;
import org.genrescope.data.FeatureSummaries;
import org.genrescope.plot.HistogramFigure;

/**
 * What the Distributions tab shows for one choice of its controls: the histograms and the summaries' rows. Made off
 * the UI thread (the tab runs {@link Maker#make} on the workbench's runner): at a million tracks the summaries'
 * quantiles and the histograms' counts took seconds of the FX thread when data opened.
 *
 * @param figure the histograms
 * @param rows   the summary table's rows
 */
record DistributionsContent(HistogramFigure figure, List<SummaryRows.Row> rows) {

    /**
     * Makes the contents; keeps the last summaries, which depend on the data and the scaling only, not on the split
     * (so that changing the split or the share recounts only the histograms). Thread-safe: one make at a time.
     */
    static final class Maker {
        private DataSet summarised;
        private boolean summarisedScaled;
        private FeatureSummaries summaries;

        /**
         * The contents for {@code data} with these controls.
         *
         * @param feature the faceted feature's index when {@code split} is FACETED, else -1
         */
        synchronized DistributionsContent make(DataSet data, boolean scaled, ResultFigures.Split split, boolean share,
                                               int feature) {
            if (summaries == null || summarised != data || summarisedScaled != scaled) {
                summaries = ResultFigures.summaries(data, scaled);
                summarised = data;
                summarisedScaled = scaled;
            }
            HistogramFigure figure = DistributionFigures.of(data, summaries, scaled, split, share, feature,
                    data.caption());
            Map<String, Long> imputed = scaled ? Map.of() : data.cleaning().imputedByFeature();
            return new DistributionsContent(figure, SummaryRows.of(summaries, imputed,
                    split != ResultFigures.Split.NONE));
        }
    }
}
