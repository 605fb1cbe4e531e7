package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.genrescope.analysis.StabilitySummary;
import org.genrescope.data.TrackTable;
import org.genrescope.model.metrics.MetricNames;

/** The Stability tab's table rows and sentences, as text, from a {@link StabilitySummary}. Never touches a toolkit. */
final class StabilityRows {
    private StabilityRows() { }

    /**
     * One metric over the runs kept.
     *
     * @param space  where it was measured ({@link #space}: report.json's block in the window's words)
     * @param metric its report.json name
     * @param n      runs where it is defined, of the runs kept ("4 of 5")
     */
    record Metric(String space, String metric, String n, String mean, String sd, String min, String max) {
        /**
         * The metric as the Clusters tab's metrics table names it, with the direction that is better ("Davies-Bouldin
         * \u2193", not "davies_bouldin"); the key itself for one the window does not name.
         */
        String name() {
            return MetricNames.find(metric).map(MetricNames.Name::withArrow).orElse(metric);
        }
    }

    /**
     * One of the tracks that change cluster most.
     *
     * @param clusters its matched cluster in each kept run, in seed order ("0 0 2 0 1"; "noise" for -1)
     */
    record Track(String track, String title, String artist, String modal, String share, String clusters) {
        /** The row's tooltip: the track's whole title and artist (their columns cut long ones) and its clusters. */
        String details() {
            return String.format(Locale.ROOT, "Track %s: %s - %s%nCluster per run: %s; most often %s (%s runs)", track,
                    title, artist, clusters, modal, share);
        }
    }

    /** Each metric's mean, sd and range over the runs kept, in report.json's order. */
    static List<Metric> metrics(StabilitySummary s) {
        List<Metric> out = new ArrayList<>();
        int kept = s.keptSeeds().size();
        for (Map.Entry<String, StabilitySummary.MetricStats> e : s.metrics().entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            StabilitySummary.MetricStats m = e.getValue();
            out.add(new Metric(dot < 0 ? "" : space(key.substring(0, dot)), key.substring(dot + 1), m.n() + " of " + kept,
                    number(m.mean()), number(m.sd()), number(m.min()), number(m.max())));
        }
        return out;
    }

    /** The tracks that change cluster most, least stable first, with title and artist where the data has them. */
    static List<Track> tracks(StabilitySummary s, TrackTable table) {
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < s.runs().size(); r++) {
            if (!s.runs().get(r).collapsed()) {
                kept.add(r);
            }
        }
        List<int[]> matched = kept.stream().map(s::matchedLabels).toList();
        List<Track> out = new ArrayList<>();
        for (int i : s.leastStableTracks()) {
            int modal = s.modalCluster(i);
            long inModal = Math.round(s.modalShare(i) * kept.size());
            String clusters = matched.stream().map(labels -> cluster(labels[i])).collect(Collectors.joining(" "));
            // a tie has no most common cluster: "most often 0" on a track that every run put elsewhere read as a
            // finding (a new user, session 23)
            boolean tied = s.modalTied(i);
            out.add(new Track(table.idText(i), blankAsDash(table.title(i)), blankAsDash(table.artist(i)),
                    tied ? "tie" : cluster(modal), inModal + " of " + kept.size() + (tied ? " each" : ""), clusters));
        }
        return out;
    }

    /** What the runs were, how many collapsed and what was left out, and how alike the kept partitions are. */
    static String summary(StabilitySummary s) {
        List<Long> collapsed = s.collapsedSeeds();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d runs (seeds %s), %d kept. ", s.runs().size(),
                seeds(s.runs().stream().map(StabilitySummary.Run::seed).toList()), s.keptSeeds().size()));
        if (collapsed.isEmpty()) {
            b.append("No run collapsed. ");
        } else if (s.keptSeeds().isEmpty()) {
            return b.append("Every run collapsed: there is nothing to summarise; train with another activation or other "
                    + "seeds.").toString();
        } else {
            b.append(collapsed.size()).append(collapsed.size() == 1 ? " run collapsed (seed " : " runs collapsed (seeds ")
                    .append(seeds(collapsed)).append("): counted, and left out of the means, deviations, ranges, the ARI "
                    + "and the track figures. ");
        }
        if (s.keptSeeds().size() >= 2) {
            b.append(String.format(Locale.ROOT, "Mean pairwise ARI %.3f. ", s.meanPairwiseAri()));
        }
        b.append(String.format(Locale.ROOT, "%.1f %% of tracks stay in one (matched) cluster in every kept run; "
                + "clusters numbered as in seed %d.", 100 * s.shareOfTracksAlwaysTogether(), s.referenceSeed()));
        return b.toString();
    }

    /**
     * Four significant digits (0.2247, 615.1, 0.002006), enough to compare runs and narrow enough for seven columns
     * beside the figures; a dash for none.
     */
    static String number(double v) {
        return Double.isNaN(v) ? "\u2013" : String.format(Locale.ROOT, "%.4g", v);
    }

    /** report.json's block names in the window's words: the clustered space, the scaled features, the genres. */
    static String space(String block) {
        return switch (block) {
            case "clustering_space" -> "clustered";
            case "feature_space" -> "features";
            case "vs_genre" -> "vs genres";
            default -> block;
        };
    }

    private static String cluster(int label) {
        return label < 0 ? "noise" : Integer.toString(label);
    }

    private static String blankAsDash(String s) {
        return s == null || s.isBlank() ? "\u2013" : s;
    }

    private static String seeds(List<Long> seeds) {
        return seeds.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
