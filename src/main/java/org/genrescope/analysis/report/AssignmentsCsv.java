package org.genrescope.analysis.report;

import java.io.IOException;
import java.io.Writer;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.data.CsvText;
import org.genrescope.task.CancellationToken;

/**
 * {@code assignments.csv}: {@code track_id,genre,cluster,z0..z{L-1},x,y}, one row per kept track in input
 * order (the track id as the input writes it, a text id included);
 * order; genre after grouping (empty when unlabelled), cluster -1 for noise, x and y empty without a projection.
 * A genre starting with {@code = + - @} is written with a leading apostrophe against spreadsheet formula injection
 * ({@link CsvText#formulaSafe}); the numbers are written as they are.
 */
public final class AssignmentsCsv {
    private AssignmentsCsv() { }

    public static void write(AnalysisResult r, Writer out, CancellationToken cancel) throws IOException {
        int latent = r.representation().columns();
        StringBuilder line = new StringBuilder(256);
        line.append("track_id,genre,cluster");
        for (int j = 0; j < latent; j++) {
            line.append(",z").append(j);
        }
        line.append(",x,y\n");
        out.write(line.toString());
        double[] z = r.representation().values();
        double[] xy = r.projection() == null ? null : r.projection().xy();
        int[] labels = r.clustering().labels();
        for (int i = 0; i < r.rows(); i++) {
            if ((i & 4095) == 0) {
                cancel.throwIfCancelled();
            }
            line.setLength(0);
            CsvText.appendField(line, r.tracks().idText(i)); // text ids (Spotify's) as the input wrote them
            line.append(',');
            String genre = r.tracks().genres()[i];
            if (genre != null) {
                CsvText.appendField(line, CsvText.formulaSafe(genre));
            }
            line.append(',').append(labels[i]);
            for (int j = 0; j < latent; j++) {
                line.append(',').append(Numbers.shortest(z[i * latent + j]));
            }
            if (xy != null) {
                line.append(',').append(Numbers.shortest(xy[2 * i])).append(',').append(Numbers.shortest(xy[2 * i + 1]));
            } else {
                line.append(",,");
            }
            line.append('\n');
            out.write(line.toString());
        }
    }
}
