package org.genrescope.ui;

/**
 * One line of the metrics panel. A cell holds a number, a number with {@link MetricRows#DEGENERATE} after it, or
 * {@link MetricRows#UNDEFINED}: never a sentence, which would widen its column past the window; the reason is in
 * {@code note}, shown in the row's tooltip (and, as a warning of the result, in the notes).
 *
 * @param name         the metric
 * @param meaning      what it measures, in one line
 * @param better       "higher" or "lower" (is better)
 * @param clustered    its value in the clustered space (or against the genres), formatted
 * @param features     its value in the scaled feature space, formatted; empty where it has one value only
 * @param change       change since the previous result, formatted with a sign; empty when there is none
 * @param improved     whether that change is an improvement; null when there is no change to judge
 * @param note         why a value is undefined or degenerate, one sentence per space, and how a sampled value was
 *                     computed; empty when every value is plain
 */
public record MetricRow(String name, String meaning, String better, String clustered, String features, String change,
                        Boolean improved, String note) {

    /** This row with {@code more} (a sentence) after its note. */
    MetricRow withNote(String more) {
        return new MetricRow(name, meaning, better, clustered, features, change, improved,
                note.isEmpty() ? more : note + "\n" + more);
    }

    /** The row's tooltip: the metric, its meaning, which way is better and, where there is one, the note. */
    public String tooltip() {
        return name + ": " + meaning + "; " + better + " is better." + (note.isEmpty() ? "" : "\n" + note);
    }
}
