package org.genrescope.analysis.report;

import java.io.IOException;
import java.io.Writer;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.data.CsvText;
import org.genrescope.task.CancellationToken;

/**
 * {@code assignments.csv}: {@code track_id,genre,cluster,z0..z{L-1},x,y}, one row per kept track in input
 * order (the track id as the input writes it, a text id included);
 * genre after grouping (empty when unlabelled), cluster -1 for noise, x and y empty without a projection.
 * A genre starting with {@code = + - @} is written with a leading apostrophe against spreadsheet formula injection
 * ({@link CsvText#formulaSafe}); the numbers are written as they are. The cluster command writes it from a result,
 * the apply command row by row ({@link #header}, {@link #appendRow}), in the same format.
 */
public final class AssignmentsCsv {
    private AssignmentsCsv() { }

    public static void write(AnalysisResult r, Writer out, CancellationToken cancel) throws IOException {
        int latent = r.representation().columns();
        out.write(header(latent));
        double[] z = r.representation().sharedValues(); // read only
        double[] xy = r.projection() == null ? null : r.projection().xy();
        int[] labels = r.clustering().labels();
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < r.rows(); i++) {
            if ((i & 4095) == 0) {
                cancel.throwIfCancelled();
            }
            line.setLength(0);
            appendRow(line, r.tracks().idText(i), r.tracks().genres()[i], labels[i], z, i * latent, latent, xy, i);
            out.write(line.toString());
        }
    }

    /** The header line for codes of width {@code latent}, with its line break. */
    public static String header(int latent) {
        StringBuilder line = new StringBuilder(64);
        line.append("track_id,genre,cluster");
        for (int j = 0; j < latent; j++) {
            line.append(",z").append(j);
        }
        return line.append(",x,y\n").toString();
    }

    /**
     * Appends one track's line, with its line break.
     *
     * @param idText the id as the input writes it
     * @param genre  the genre after grouping, or null when unlabelled
     * @param label  the cluster, -1 for noise
     * @param z      codes, read from {@code offset} for {@code latent} values
     * @param xy     2-D layout (points x 2, row-major), or null without one; {@code point} indexes it
     */
    public static void appendRow(StringBuilder line, String idText, String genre, int label, double[] z, int offset,
                                 int latent, double[] xy, int point) throws IOException {
        CsvText.appendField(line, idText); // text ids (Spotify's) as the input wrote them
        line.append(',');
        if (genre != null) {
            CsvText.appendField(line, CsvText.formulaSafe(genre));
        }
        line.append(',').append(label);
        for (int j = 0; j < latent; j++) {
            line.append(',').append(Numbers.shortest(z[offset + j]));
        }
        if (xy != null) {
            line.append(',').append(Numbers.shortest(xy[2 * point])).append(',')
                    .append(Numbers.shortest(xy[2 * point + 1]));
        } else {
            line.append(",,");
        }
        line.append('\n');
    }
}
