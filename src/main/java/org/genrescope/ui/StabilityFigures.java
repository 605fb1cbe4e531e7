package org.genrescope.ui;

import java.util.List;
import java.util.Locale;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.SplitTree;
import org.genrescope.analysis.StabilitySummary;
import org.genrescope.figures.SplitTreeFigure;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.plot.TreeFigure;

/** The Stability tab's figures: the pairwise ARI between the runs and the split tree across k. */
final class StabilityFigures {
    private StabilityFigures() { }

    /** The kept runs' pairwise ARI as a heatmap, seeds on both axes; null with fewer than two kept runs. */
    static HeatmapFigure ari(StabilitySummary s, String caption) {
        List<Long> seeds = s.keptSeeds();
        if (seeds.size() < 2) {
            return null;
        }
        double[][] ari = s.pairwiseAri();
        List<String> labels = seeds.stream().map(String::valueOf).toList(); // "seed" once, on the axes: narrow cells
        String[][] text = new String[ari.length][ari.length];
        double low = 0;
        for (int i = 0; i < ari.length; i++) {
            for (int j = 0; j < ari.length; j++) {
                text[i][j] = String.format(Locale.ROOT, "%.3f", ari[i][j]);
                low = Math.min(low, ari[i][j]);
            }
        }
        return new HeatmapFigure("ARI between the runs' partitions", labels, labels, ari, low, 1,
                List.of(new HeatmapFigure.CellLabels("cells: ARI (1 = the same partition, 0 = chance agreement)", text)),
                "seed", "seed", "ARI", caption);
    }

    /** The split tree, as the stability command draws it in its files ({@link SplitTreeFigure}). */
    static TreeFigure tree(SplitTree tree, List<Long> seeds, AnalysisConfig config, String caption) {
        return SplitTreeFigure.of(tree, seeds, config, caption);
    }
}
