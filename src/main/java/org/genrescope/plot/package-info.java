/**
 * Figures and the one Java2D renderer that draws them for the screen, PNG and SVG.
 *
 * <p>A figure ({@link org.genrescope.plot.ScatterFigure}, {@link org.genrescope.plot.HistogramFigure},
 * {@link org.genrescope.plot.HeatmapFigure}, {@link org.genrescope.plot.BarFigure},
 * {@link org.genrescope.plot.LineFigure}) is an immutable value of plain arrays, names and colours; the
 * plot layer knows nothing of the analysis (a ui adapter builds figures from results).
 * {@link org.genrescope.plot.FigureRenderer} draws it; {@link org.genrescope.plot.PngExporter} and
 * {@link org.genrescope.plot.SvgExporter} write files; {@link org.genrescope.plot.ScatterView} maps
 * mouse pixels to data for zoom, pan, hover and box selection.
 *
 * <p>Decisions worth keeping:
 * <ul>
 *   <li>One renderer for all outputs, so an exported file looks like the screen. Only the scatter points
 *       differ in how they are drawn: into the image's int pixel buffer for the screen and PNG (fast: 100k
 *       points in milliseconds), as circle shapes for SVG, from the same computed centres and radii.</li>
 *   <li>Layout is measured with a fixed FontRenderContext, not a Graphics, so the hit test
 *       ({@link org.genrescope.plot.ScatterView}) and the renderer agree on the plot area; the y tick
 *       label room is fixed so zooming never moves the plot area.</li>
 *   <li>No JavaFX here: the workbench shows the rendered image in an ImageView.</li>
 * </ul>
 */
package org.genrescope.plot;
