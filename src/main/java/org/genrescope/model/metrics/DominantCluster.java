package org.genrescope.model.metrics;

/**
 * The cluster most members of one truth class fall in.
 *
 * @param truthClass       the class label (e.g. a genre code)
 * @param cluster          the cluster label holding the most of its members (smallest label on ties)
 * @param classSize        members of the class
 * @param membersInCluster members of the class in that cluster
 */
public record DominantCluster(int truthClass, int cluster, int classSize, int membersInCluster) {

    /** Share of the class that falls in its dominant cluster, in [0, 1]. */
    public double share() {
        return (double) membersInCluster / classSize;
    }
}
