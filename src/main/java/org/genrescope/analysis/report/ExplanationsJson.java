package org.genrescope.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.ClusterExplanation;

/**
 * report.json's {@code clusters.explained}: one object per cluster, in cluster order, with {@code cluster},
 * {@code tracks}, {@code label}, {@code distinguishing_features} (every feature with spread, farthest first:
 * {@code feature} by its short name, {@code cluster_mean} and {@code overall_mean} in original units,
 * {@code difference_in_sd} = their difference over all tracks' sample standard deviation), {@code top_genres}
 * ({@code genre}, {@code tracks}, {@code share} of the cluster's members, 0..1; empty without genres) and
 * {@code representative_tracks} (nearest the centre in the clustered space: {@code track_id} as the input writes it,
 * {@code title} and {@code artist} or null, {@code distance}).
 */
final class ExplanationsJson {
    private ExplanationsJson() { }

    static List<Map<String, Object>> of(List<ClusterExplanation> explanations) {
        List<Map<String, Object>> out = new ArrayList<>(explanations.size());
        for (ClusterExplanation e : explanations) {
            Map<String, Object> cluster = new LinkedHashMap<>();
            cluster.put("cluster", e.cluster());
            cluster.put("tracks", e.size());
            cluster.put("label", e.label());
            List<Map<String, Object>> features = new ArrayList<>();
            for (ClusterExplanation.Distinction d : e.distinctions()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("feature", d.shortName());
                f.put("cluster_mean", d.clusterMean());
                f.put("overall_mean", d.overallMean());
                f.put("difference_in_sd", d.standardised());
                features.add(f);
            }
            cluster.put("distinguishing_features", features);
            List<Map<String, Object>> genres = new ArrayList<>();
            for (ClusterExplanation.GenreShare g : e.topGenres()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("genre", g.genre());
                f.put("tracks", g.tracks());
                f.put("share", g.share());
                genres.add(f);
            }
            cluster.put("top_genres", genres);
            List<Map<String, Object>> tracks = new ArrayList<>();
            for (ClusterExplanation.Representative r : e.representatives()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("track_id", r.id());
                f.put("title", r.title());
                f.put("artist", r.artist());
                f.put("distance", r.distance());
                tracks.add(f);
            }
            cluster.put("representative_tracks", tracks);
            out.add(cluster);
        }
        return out;
    }
}
