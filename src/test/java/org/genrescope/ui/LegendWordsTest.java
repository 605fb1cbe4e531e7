package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.plot.BarFigure;
import org.genrescope.plot.ScatterFigure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The legends name clusters in one form whatever the data's size: the plot's legend leaves out a first word that
 * every name shares when the labels and their counts do not fit, so "Cluster 0: Hip-Hop 33% (691)" on the real FMA
 * data was "0: Rock 32% (111,009)" on a million tracks in the same window (session 13's new user). The names start
 * with the cluster's number, which no two share.
 */
class LegendWordsTest {
    private static AnalysisResult result;

    @BeforeAll
    static void trainOnTheSample() {
        WorkbenchViewModel vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        vm.startUp();
        result = vm.resultProperty().get();
    }

    @Test
    void theScattersClustersAreTheirNumberAndLabel() {
        ScatterFigure f = ResultFigures.scatter(result, ResultFigures.ColourBy.CLUSTER, "");
        List<ExplainedRows.Row> rows = ExplainedRows.of(result); // the profiles table's label of each cluster
        List<String> expected = new ArrayList<>();
        for (ExplainedRows.Row row : rows) {
            expected.add(row.cluster() + ": " + row.label());
        }
        assertEquals(expected, f.categoryNames());
        assertNoSharedFirstWord(f.categoryNames());
        assertEquals(String.format(Locale.ROOT, "K-Means, k = %d, %s projection, coloured by cluster",
                result.config().k(), result.projection().method().toUpperCase(Locale.ROOT)), f.title());
    }

    @Test
    void theProfilesSeriesAreTheClustersNumberAndSize() {
        int[] sizes = new int[result.clustering().clusterCount()];
        for (int label : result.clustering().labels()) {
            sizes[label]++; // counted here, not read from the clustering's own sizes
        }
        List<String> expected = new ArrayList<>();
        for (int c = 0; c < sizes.length; c++) {
            expected.add(String.format(Locale.ROOT, "%d (%,d)", c, sizes[c]));
        }
        for (BarFigure bars : ResultFigures.profiles(result, "")) {
            assertEquals(expected, bars.seriesNames(), bars.title());
            assertNoSharedFirstWord(bars.seriesNames());
        }
    }

    private static void assertNoSharedFirstWord(List<String> names) {
        String first = names.get(0).split(" ")[0];
        assertFalse(names.stream().allMatch(n -> n.split(" ")[0].equals(first)), "a first word every name shares, "
                + "which the legend leaves out only when short of room: " + names);
    }
}
