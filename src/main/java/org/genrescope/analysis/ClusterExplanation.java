package org.genrescope.analysis;

import java.util.List;

/**
 * One cluster in music terms: what sets it apart from all tracks, which genres it holds, which tracks stand for it,
 * and a short label built from those ("Rock 41% · high energy").
 *
 * @param cluster         the cluster's number
 * @param size            its members (0 for a cluster K-Means left empty: then every list is empty and the label
 *                        is {@link ClusterExplanations#EMPTY_LABEL})
 * @param distinctions    every feature with spread, ordered by how far the members' mean lies from the overall mean,
 *                        farthest first (by absolute value; ties in feature order)
 * @param topGenres       the members' most common genres, most common first (at most
 *                        {@link ClusterExplanations#TOP_GENRES}); empty when the data has no genre labels
 * @param representatives the members nearest the cluster's centre in the clustered space, nearest first (at most
 *                        {@link ClusterExplanations#REPRESENTATIVES})
 * @param label           the short label
 */
public record ClusterExplanation(int cluster, int size, List<Distinction> distinctions, List<GenreShare> topGenres,
                                 List<Representative> representatives, String label) {

    public ClusterExplanation {
        distinctions = List.copyOf(distinctions);
        topGenres = List.copyOf(topGenres);
        representatives = List.copyOf(representatives);
    }

    /**
     * How far a cluster's members lie from all tracks on one feature.
     *
     * @param feature        the feature's full name ("echonest.audio_features.energy")
     * @param clusterMean    the members' mean, in the feature's original units
     * @param overallMean    the mean over all tracks (noise included), original units
     * @param standardised   (clusterMean - overallMean) / the overall sample standard deviation (pandas' {@code std()},
     *                       n - 1): positive when the cluster is higher
     */
    public record Distinction(String feature, double clusterMean, double overallMean, double standardised) {

        /** The feature's last name part ("energy" for "echonest.audio_features.energy"). */
        public String shortName() {
            return feature.substring(feature.lastIndexOf('.') + 1);
        }

        /** "high energy" or "low energy". */
        public String words() {
            return (standardised > 0 ? "high " : "low ") + shortName();
        }
    }

    /**
     * A genre's share of a cluster.
     *
     * @param genre  the genre's name after grouping
     * @param tracks members with this genre
     * @param share  tracks / all members (unlabelled members count in the denominator), 0..1
     */
    public record GenreShare(String genre, int tracks, double share) { }

    /**
     * A member that stands for its cluster.
     *
     * @param row      the track's row in the result's tracks
     * @param id       the track's id as the input writes it
     * @param title    its title, null where the data has none
     * @param artist   its artist, null where the data has none
     * @param distance its Euclidean distance to the cluster's centre in the clustered space
     */
    public record Representative(int row, String id, String title, String artist, double distance) { }
}
