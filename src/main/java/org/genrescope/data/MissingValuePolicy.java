package org.genrescope.data;

/** What to do with a missing value in a feature column. */
public enum MissingValuePolicy {
    /** Drop the row (the study's choice). */
    DROP,
    /** Replace with the column mean over the rows that have a value. */
    MEAN,
    /** Replace with the column median over the rows that have a value. */
    MEDIAN
}
