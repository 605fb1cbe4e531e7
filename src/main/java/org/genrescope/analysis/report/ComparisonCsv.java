package org.genrescope.analysis.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.analysis.Comparison;
import org.genrescope.analysis.ComparisonMetrics;
import org.genrescope.model.metrics.MetricValue;

/**
 * {@code comparison.csv}: one row per method and seed, {@code method,seed,collapsed}, then every metric of
 * {@link ComparisonMetrics#NAMES}, then {@code undefined}. A metric the run leaves undefined is an empty cell (read
 * as missing by pandas and spreadsheets, never as a number) and its reason is in the {@code undefined} column as
 * {@code name: reason}, several joined by {@code "; "}. Numbers in shortest round-trip form.
 */
public final class ComparisonCsv {
    public static final String FILE_NAME = "comparison.csv";

    private ComparisonCsv() { }

    public static void write(Comparison.Result result, Writer out) throws IOException {
        StringBuilder line = new StringBuilder("method,seed,collapsed");
        for (String name : ComparisonMetrics.NAMES) {
            line.append(',').append(name);
        }
        out.write(line.append(",undefined\n").toString());
        for (Comparison.Run run : result.runs()) {
            line.setLength(0);
            line.append(run.method().id()).append(',').append(run.seed()).append(',').append(run.collapsed());
            List<String> undefined = new ArrayList<>();
            for (String name : ComparisonMetrics.NAMES) {
                MetricValue v = run.metrics().get(name);
                line.append(',');
                if (v.isDefined()) {
                    line.append(number(v.value()));
                } else {
                    undefined.add(name + ": " + v.undefinedReason());
                }
            }
            line.append(',');
            org.genrescope.data.CsvText.appendField(line, String.join("; ", undefined));
            out.write(line.append('\n').toString());
        }
    }

    /** Whole numbers (cluster counts) without a decimal point, others as {@link Double#toString}. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
