package org.genrescope.analysis.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.SweepCell;
import org.genrescope.analysis.SweepMetric;
import org.genrescope.analysis.SweepSummary;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.settings.InvalidSettingException;

/**
 * {@code sweep.csv} (one row per latent size x k x seed: {@code latent,k,seed}, then every {@link SweepMetric} by
 * its report.json key) and {@code sweep-summary.csv} (one row per latent size x k: {@code latent,k,seeds}, then
 * {@code <key>_mean} and {@code <key>_sd} of each metric over the seeds). Numbers in their shortest round-trip
 * form, so a cell read back is the cell written; an undefined value is an empty field.
 */
public final class SweepCsv {
    public static final String CELLS = "sweep.csv";
    public static final String SUMMARY = "sweep-summary.csv";
    /** Why a value read back from an empty field is undefined (the reason itself is in the cell's run). */
    static final String READ_BACK_UNDEFINED = "undefined in this cell";

    private SweepCsv() { }

    /** The header of sweep.csv. */
    public static List<String> cellColumns() {
        List<String> columns = new ArrayList<>(List.of("latent", "k", "seed"));
        for (SweepMetric m : SweepMetric.values()) {
            columns.add(m.key());
        }
        return columns;
    }

    /** The header of sweep-summary.csv. */
    public static List<String> summaryColumns() {
        List<String> columns = new ArrayList<>(List.of("latent", "k", "seeds"));
        for (SweepMetric m : SweepMetric.values()) {
            columns.add(m.key() + "_mean");
            columns.add(m.key() + "_sd");
        }
        return columns;
    }

    public static void writeCells(List<SweepCell> cells, Writer out) throws IOException {
        out.write(String.join(",", cellColumns()));
        out.write('\n');
        for (SweepCell c : cells) {
            StringBuilder row = new StringBuilder().append(c.latent()).append(',').append(c.k()).append(',')
                    .append(c.seed());
            for (SweepMetric m : SweepMetric.values()) {
                MetricValue v = c.metric(m);
                row.append(',').append(m.isCount() && v.isDefined() ? Long.toString((long) v.value()) : field(v));
            }
            out.write(row.append('\n').toString());
        }
    }

    public static void writeSummary(List<SweepSummary.Row> rows, Writer out) throws IOException {
        out.write(String.join(",", summaryColumns()));
        out.write('\n');
        for (SweepSummary.Row r : rows) {
            StringBuilder row = new StringBuilder().append(r.latent()).append(',').append(r.k()).append(',')
                    .append(r.seeds());
            for (SweepMetric m : SweepMetric.values()) {
                row.append(',').append(field(r.stat(m).mean())).append(',').append(field(r.stat(m).sd()));
            }
            out.write(row.append('\n').toString());
        }
    }

    private static String field(MetricValue v) {
        return v.isDefined() ? Numbers.shortest(v.value()) : "";
    }

    /**
     * The cells of a sweep.csv this version wrote, by position.
     *
     * @throws InvalidSettingException naming {@code --out} when the file has other columns or a field is not a
     *                                 number (with the line and column)
     */
    public static Map<SweepCell.Position, SweepCell> readCells(Path file) throws IOException {
        Map<SweepCell.Position, SweepCell> cells = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !List.of(header.split(",", -1)).equals(cellColumns())) {
                throw new InvalidSettingException("--out", file + " has other columns than a sweep of this version "
                        + "writes; choose another folder or delete it");
            }
            int line = 1;
            List<SweepMetric> metrics = List.of(SweepMetric.values());
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (text.isEmpty()) {
                    continue;
                }
                String[] f = text.split(",", -1);
                if (f.length != 3 + metrics.size()) {
                    throw new InvalidSettingException("--out", file + " line " + line + " has " + f.length
                            + " fields, expected " + (3 + metrics.size()) + "; choose another folder or delete it");
                }
                Map<SweepMetric, MetricValue> values = new EnumMap<>(SweepMetric.class);
                for (int j = 0; j < metrics.size(); j++) {
                    values.put(metrics.get(j), f[3 + j].isEmpty() ? MetricValue.undefined(READ_BACK_UNDEFINED)
                            : MetricValue.of(number(f[3 + j], file, line, 4 + j)));
                }
                SweepCell cell = new SweepCell((int) whole(f[0], file, line, 1), (int) whole(f[1], file, line, 2),
                        whole(f[2], file, line, 3), values);
                cells.put(cell.position(), cell);
            }
        }
        return cells;
    }

    private static long whole(String text, Path file, int line, int column) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("--out", file + " line " + line + ", column " + column + " is not a "
                    + "whole number ('" + text + "'); choose another folder or delete it");
        }
    }

    private static double number(String text, Path file, int line, int column) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidSettingException("--out", file + " line " + line + ", column " + column + " is not a "
                + "number ('" + text + "'); choose another folder or delete it");
    }
}
