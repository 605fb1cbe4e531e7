package org.genrescope.ui;

/**
 * One line of the metrics panel.
 *
 * @param name         the metric
 * @param meaning      what it measures, in one line
 * @param better       "higher" or "lower" (is better)
 * @param clustered    its value in the clustered space (or against the genres), formatted
 * @param features     its value in the scaled feature space, formatted; empty where it has one value only
 * @param change       change since the previous result, formatted with a sign; empty when there is none
 * @param improved     whether that change is an improvement; null when there is no change to judge
 */
public record MetricRow(String name, String meaning, String better, String clustered, String features, String change,
                        Boolean improved) { }
