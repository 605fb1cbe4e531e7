package org.genrescope.plot;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a scatter's direct labels to draw so that none covers another: the labels are taken in order of
 * priority (the category with the most points first) and one whose box would overlap a box already taken, with
 * {@link #MARGIN} to spare, is left out; its category stays in the legend. At 16 clusters in a 1024 x 700 window
 * the labels of neighbouring clusters were drawn over each other.
 */
final class LabelPlacement {
    /** Room kept between two labels' boxes, in pixels. */
    static final double MARGIN = 2;

    private LabelPlacement() {
    }

    /**
     * The indexes of the {@code boxes} to draw (null boxes are not drawn), in {@code priority} order: each box that
     * overlaps none of those before it.
     *
     * @param boxes    each label's box, in pixels, or null where the label is not shown at all
     * @param priority the labels' indexes, most important first
     */
    static List<Integer> place(List<Rectangle2D> boxes, int[] priority) {
        List<Integer> kept = new ArrayList<>();
        for (int i : priority) {
            Rectangle2D box = boxes.get(i);
            if (box == null) {
                continue;
            }
            Rectangle2D grown = new Rectangle2D.Double(box.getMinX() - MARGIN, box.getMinY() - MARGIN,
                    box.getWidth() + 2 * MARGIN, box.getHeight() + 2 * MARGIN);
            boolean free = true;
            for (int k : kept) {
                if (grown.intersects(boxes.get(k))) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(i);
            }
        }
        return kept;
    }

    /** The indexes 0..counts.length-1 by count, largest first (ties by index). */
    static int[] byCount(int[] counts) {
        return java.util.stream.IntStream.range(0, counts.length).boxed()
                .sorted((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }
}
