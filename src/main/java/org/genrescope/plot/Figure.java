package org.genrescope.plot;

/**
 * Something the {@link FigureRenderer} can draw: a value that holds plain arrays, names and colours, never
 * analysis results, so the plot layer stays independent of the pipeline.
 */
public sealed interface Figure permits ScatterFigure, HistogramFigure, HeatmapFigure, BarFigure, LineFigure,
        TreeFigure {

    /** The title drawn at the top; empty for none. */
    String title();

    /** A line of small print at the bottom, such as a data credit; empty for none. */
    String caption();
}
