package org.genrescope.model.metrics;

/**
 * A silhouette score and how it was obtained.
 *
 * @param value        mean silhouette over the points scored, in [-1, 1]
 * @param pointsScored how many points entered the mean
 * @param sampled      true when a seeded random sample of the points was scored instead of all
 */
public record Silhouette(double value, int pointsScored, boolean sampled) {
}
