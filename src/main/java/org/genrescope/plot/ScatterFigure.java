package org.genrescope.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A scatter plot of categorised points (for example a 2-D projection coloured by cluster or genre).
 *
 * <p>Build one with {@link #of(ScatterData, List)} and the {@code with...} methods; each returns a new
 * figure sharing the same {@link ScatterData}, so zooming 100,000 points copies no arrays.
 *
 * @param data           the points
 * @param categoryNames  one name per category (at least as many as the data use)
 * @param categoryColors one colour per category, same length as the names; noise is always {@link Palette#NOISE}
 * @param title          drawn at the top; empty for none
 * @param xLabel         the horizontal axis' label; empty for none
 * @param yLabel         the vertical axis' label; empty for none
 * @param caption        small print at the bottom (a data credit); empty for none
 * @param pointSize      diameter of a point in pixels at scale 1, from 1 to 40
 * @param opacity        of a point, above 0 and at most 1; overlapping points blend
 * @param highlighted    ids of points drawn on top with a dark ring (selection); sorted, distinct
 * @param view           the part of data space shown; {@code null} means {@link ScatterData#defaultView()}
 * @param directLabels   one short label per category, drawn beside the category's central point (for many
 *                       categories, whose colours repeat); an empty list for none
 * @param shading        points as markers, or as a binned density ({@link Shading}); {@code null} means markers
 *
 * <p>When some points are highlighted (a selection), the others are drawn in {@link #UNSELECTED} grey
 * beneath them, so the selection stands out and the rest stays visible.
 */
public record ScatterFigure(ScatterData data, List<String> categoryNames, List<Color> categoryColors,
                            String title, String xLabel, String yLabel, String caption,
                            double pointSize, double opacity, int[] highlighted, ViewWindow view,
                            List<String> directLabels, Shading shading) implements Figure {

    /** The colour of points outside a selection: lighter than the noise grey, so both stay told apart. */
    public static final Color UNSELECTED = new Color(0xD4D4D4);

    /** The name of the noise entry in the legend. */
    public static final String NOISE_NAME = "Noise";

    public ScatterFigure {
        Objects.requireNonNull(data, "data");
        categoryNames = List.copyOf(categoryNames);
        categoryColors = List.copyOf(categoryColors);
        title = Objects.requireNonNullElse(title, "");
        xLabel = Objects.requireNonNullElse(xLabel, "");
        yLabel = Objects.requireNonNullElse(yLabel, "");
        caption = Objects.requireNonNullElse(caption, "");
        if (categoryNames.size() != categoryColors.size()) {
            throw new IllegalArgumentException(categoryNames.size() + " category names but "
                    + categoryColors.size() + " colours");
        }
        if (data.categoryCount() > categoryNames.size()) {
            throw new IllegalArgumentException("the points use " + data.categoryCount() + " categories but only "
                    + categoryNames.size() + " are named");
        }
        if (!(pointSize >= 1 && pointSize <= 40)) {
            throw new IllegalArgumentException("point size must be between 1 and 40 pixels, got " + pointSize);
        }
        if (!(opacity > 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be above 0 and at most 1, got " + opacity);
        }
        highlighted = sortedDistinct(highlighted == null ? new int[0] : highlighted, data.size());
        view = view == null ? data.defaultView() : view;
        directLabels = directLabels == null ? List.of() : List.copyOf(directLabels);
        shading = shading == null ? Shading.POINTS : shading;
        if (!directLabels.isEmpty() && directLabels.size() != categoryNames.size()) {
            throw new IllegalArgumentException(directLabels.size() + " direct labels for " + categoryNames.size()
                    + " categories");
        }
    }

    /** A figure without direct labels. */
    public ScatterFigure(ScatterData data, List<String> categoryNames, List<Color> categoryColors, String title,
                         String xLabel, String yLabel, String caption, double pointSize, double opacity,
                         int[] highlighted, ViewWindow view) {
        this(data, categoryNames, categoryColors, title, xLabel, yLabel, caption, pointSize, opacity, highlighted,
                view, List.of(), Shading.POINTS);
    }

    /** A figure drawn as markers. */
    public ScatterFigure(ScatterData data, List<String> categoryNames, List<Color> categoryColors, String title,
                         String xLabel, String yLabel, String caption, double pointSize, double opacity,
                         int[] highlighted, ViewWindow view, List<String> directLabels) {
        this(data, categoryNames, categoryColors, title, xLabel, yLabel, caption, pointSize, opacity, highlighted,
                view, directLabels, Shading.POINTS);
    }

    /** A figure with the {@link Palette}'s colours and markers, no title or labels, 5-pixel points at 75% opacity, the default view. */
    public static ScatterFigure of(ScatterData data, List<String> categoryNames) {
        return new ScatterFigure(data, categoryNames, Palette.categoricalList(categoryNames.size()),
                "", "", "", "", 5, 0.75, new int[0], null);
    }

    public ScatterFigure withTitle(String newTitle) {
        return new ScatterFigure(data, categoryNames, categoryColors, newTitle, xLabel, yLabel, caption,
                pointSize, opacity, highlighted, view, directLabels, shading);
    }

    public ScatterFigure withAxisLabels(String newXLabel, String newYLabel) {
        return new ScatterFigure(data, categoryNames, categoryColors, title, newXLabel, newYLabel, caption,
                pointSize, opacity, highlighted, view, directLabels, shading);
    }

    public ScatterFigure withCaption(String newCaption) {
        return new ScatterFigure(data, categoryNames, categoryColors, title, xLabel, yLabel, newCaption,
                pointSize, opacity, highlighted, view, directLabels, shading);
    }

    public ScatterFigure withColors(List<Color> newColors) {
        return new ScatterFigure(data, categoryNames, newColors, title, xLabel, yLabel, caption,
                pointSize, opacity, highlighted, view, directLabels, shading);
    }

    public ScatterFigure withPointStyle(double newPointSize, double newOpacity) {
        return new ScatterFigure(data, categoryNames, categoryColors, title, xLabel, yLabel, caption,
                newPointSize, newOpacity, highlighted, view, directLabels, shading);
    }

    public ScatterFigure withHighlighted(int[] newHighlighted) {
        return new ScatterFigure(data, categoryNames, categoryColors, title, xLabel, yLabel, caption,
                pointSize, opacity, newHighlighted, view, directLabels, shading);
    }

    public ScatterFigure withView(ViewWindow newView) {
        return new ScatterFigure(data, categoryNames, categoryColors, title, xLabel, yLabel, caption,
                pointSize, opacity, highlighted, newView, directLabels, shading);
    }

    /** The same figure with a short label per category drawn at its central point; an empty list for none. */
    public ScatterFigure withDirectLabels(List<String> labels) {
        return new ScatterFigure(data, categoryNames, categoryColors, title, xLabel, yLabel, caption,
                pointSize, opacity, highlighted, view, labels, shading);
    }

    /** The same figure shaded as markers or as a binned density. */
    public ScatterFigure withShading(Shading newShading) {
        return new ScatterFigure(data, categoryNames, categoryColors, title, xLabel, yLabel, caption,
                pointSize, opacity, highlighted, view, directLabels, newShading);
    }

    /** How many points are highlighted (selected). */
    public int highlightedCount() {
        return highlighted.length;
    }

    /** The highlighted ids as a mask of {@code data().size()} flags (for drawing loops; a new array). */
    boolean[] highlightMask() {
        boolean[] mask = new boolean[data.size()];
        for (int i : highlighted) {
            mask[i] = true;
        }
        return mask;
    }

    @Override
    public int[] highlighted() {
        return highlighted.clone();
    }

    /** The highlighted ids, sorted (the figure's own array, for drawing loops: callers must not write to it). */
    int[] highlightedIds() {
        return highlighted;
    }

    /** Whether point {@code i} is highlighted (binary search). */
    public boolean isHighlighted(int i) {
        return Arrays.binarySearch(highlighted, i) >= 0;
    }

    /** The colour points of category {@code c} are drawn in; -1 gives the noise grey. */
    public Color colorOf(int c) {
        return c == -1 ? Palette.NOISE : categoryColors.get(c);
    }

    /** The marker points of category {@code c} are drawn with ({@link Palette#marker}); -1 (noise) gives a disc. */
    public Marker markerOf(int c) {
        return c == -1 ? Marker.DISC : Palette.marker(c);
    }

    /** One entry per named category with its point count, then "Noise" if any point has none. */
    public List<LegendEntry> legendEntries() {
        List<LegendEntry> entries = new ArrayList<>();
        for (int c = 0; c < categoryNames.size(); c++) {
            entries.add(new LegendEntry(categoryNames.get(c), categoryColors.get(c), data.count(c), markerOf(c)));
        }
        if (data.count(-1) > 0) {
            entries.add(new LegendEntry(NOISE_NAME, Palette.NOISE, data.count(-1), Marker.DISC));
        }
        return List.copyOf(entries);
    }

    private static int[] sortedDistinct(int[] ids, int size) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < 0 || sorted[i] >= size) {
                throw new IllegalArgumentException("highlighted point " + sorted[i] + " is outside 0.." + (size - 1));
            }
            if (kept == 0 || sorted[kept - 1] != sorted[i]) {
                sorted[kept++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, kept);
    }
}
