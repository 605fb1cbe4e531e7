package org.genrescope.analysis.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.genrescope.analysis.ClusterExplanation;
import org.genrescope.data.CsvText;

/**
 * {@code clusters.csv}: one row per cluster, {@code cluster,tracks,label,top_genres,representative_tracks} and then,
 * per feature in the data's order, {@code <feature>_difference_in_sd} (the members' mean minus all tracks' mean, over
 * all tracks' sample standard deviation; empty for a feature without spread or an empty cluster). {@code top_genres}
 * reads "Rock 67%; Electronic 33%" (shares of the members), {@code representative_tracks} "id title - artist" joined
 * by "; ", nearest the centre first. Text cells starting with {@code = + - @} get an apostrophe
 * ({@link CsvText#formulaSafe}); the label, a genre, a title may be anything.
 */
public final class ClustersCsv {
    /** The file's name. */
    public static final String FILE_NAME = "clusters.csv";

    private ClustersCsv() { }

    /**
     * Writes the header and one line per explanation.
     *
     * @param explanations every cluster's, in cluster order
     * @param features     the data's feature names (full names; the header uses their short names)
     */
    public static void write(List<ClusterExplanation> explanations, List<String> features, Writer out)
            throws IOException {
        StringBuilder line = new StringBuilder(256);
        line.append("cluster,tracks,label,top_genres,representative_tracks");
        for (String f : features) {
            line.append(',');
            CsvText.appendField(line, f.substring(f.lastIndexOf('.') + 1) + "_difference_in_sd");
        }
        out.write(line.append('\n').toString());
        for (ClusterExplanation e : explanations) {
            line.setLength(0);
            line.append(e.cluster()).append(',').append(e.size()).append(',');
            CsvText.appendField(line, CsvText.formulaSafe(e.label()));
            line.append(',');
            CsvText.appendField(line, CsvText.formulaSafe(String.join("; ", e.topGenres().stream()
                    .map(g -> String.format(Locale.ROOT, "%s %.0f%%", g.genre(), 100 * g.share())).toList())));
            line.append(',');
            CsvText.appendField(line, CsvText.formulaSafe(String.join("; ", e.representatives().stream()
                    .map(ClustersCsv::track).toList())));
            for (String f : features) {
                line.append(',');
                e.distinctions().stream().filter(d -> d.feature().equals(f)).findFirst()
                        .ifPresent(d -> line.append(Numbers.shortest(d.standardised())));
            }
            out.write(line.append('\n').toString());
        }
    }

    /** "id title - artist", "(untitled)" and "(unknown artist)" where the data has none. */
    static String track(ClusterExplanation.Representative r) {
        return r.id() + " " + (r.title() == null ? "(untitled)" : r.title()) + " - "
                + (r.artist() == null ? "(unknown artist)" : r.artist());
    }
}
