package org.genrescope.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.table.TableSliceGroup;

/** The reference {@link GenreMeans} is checked against (GenreMeansTest) and timed beside (TableWorkBenchmark). */
final class TablesawGenreMeans {
    private TablesawGenreMeans() { }

    /**
     * The library's answer: Tablesaw's {@code summarize(features, mean).by(genre)}, sorted by genre, as GenreMeans
     * computed the means until session 27 (its mean is commons-math's two-pass StatUtils.mean over the present
     * values). Returns each genre, in that order, with its row of means.
     */
    static Map<String, double[]> of(TrackTable t, boolean[] keep) {
        int d = t.featureNames().size();
        StringColumn genre = StringColumn.create("genre");
        List<DoubleColumn> columns = new ArrayList<>();
        for (String name : t.featureNames()) {
            columns.add(DoubleColumn.create(name));
        }
        for (int i = 0; i < t.rows(); i++) {
            if (keep[i] && t.genres()[i] != null) {
                genre.append(t.genres()[i]);
                for (int j = 0; j < d; j++) {
                    columns.get(j).append(t.features()[i * d + j]);
                }
            }
        }
        Table table = Table.create("tracks", genre);
        columns.forEach(table::addColumns);
        Table grouped = table.summarize(t.featureNames(), AggregateFunctions.mean).by("genre")
                .sortAscendingOn("genre");
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int r = 0; r < grouped.rowCount(); r++) {
            double[] means = new double[d];
            for (int j = 0; j < d; j++) {
                means[j] = grouped.numberColumn(TableSliceGroup.aggregateColumnName(t.featureNames().get(j),
                        AggregateFunctions.mean.functionName())).getDouble(r);
            }
            out.put(grouped.stringColumn("genre").get(r), means);
        }
        return out;
    }
}
