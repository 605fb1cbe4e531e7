package org.genrescope.plot;

/** How a scatter plot shows its points. */
public enum Shading {
    /** Each point a marker of the figure's size and opacity; where many overlap, the last drawn shows. */
    POINTS,
    /**
     * A two-dimensional histogram: each square bin of the plot coloured by how many points fall in it, on a log
     * scale from 1 to the busiest bin, in the mean colour of those points' categories (colours blended, weighted
     * by count): overlap is visible where markers would hide it. A bin is a device pixel when the points are many
     * and up to 8 logical pixels wide when they are few ({@code DensityPainter.binSide}).
     */
    DENSITY
}
