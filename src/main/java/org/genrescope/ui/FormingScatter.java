package org.genrescope.ui;

import java.util.List;
import java.util.function.Supplier;
import org.genrescope.analysis.FormingLayout;
import org.genrescope.plot.Palette;
import org.genrescope.plot.ScatterData;
import org.genrescope.plot.ScatterFigure;
import org.genrescope.plot.Shading;

/**
 * The Clusters plot while t-SNE or UMAP forms its layout: each layout handed over is drawn, coloured by the clusters
 * the run already found, its title saying which iteration it is, until the result (or, after a cancel, the result
 * that stays) replaces it. A forming layout is never a result: while one is shown the plot's export is disabled,
 * its points select nothing and the hover names no track (its points are not the shown result's tracks).
 */
final class FormingScatter {
    /** What the hover says over a forming layout's point. */
    static final String HOVER = "The layout is still forming: tracks are named once it is done.";

    private boolean showing;

    /** Whether the plot shows a forming layout now. */
    boolean showing() {
        return showing;
    }

    /**
     * Draws {@code vm}'s forming layouts on {@code canvas}; when they stop (the run ended or was cancelled) runs
     * {@code showResult}, which must call {@link #resultShown()}.
     */
    void attach(WorkbenchViewModel vm, ScatterCanvas canvas, Supplier<String> caption,
                Supplier<Shading> shading, Runnable showResult) {
        vm.progress().forming().layoutProperty().addListener((o, was, now) -> {
            if (now != null) {
                showing = true;
                canvas.setFigure(figure(now, caption.get()).withShading(shading.get()), false);
            } else if (showing) {
                showResult.run();
            }
        });
        canvas.menu().setOnShowing(e -> canvas.menu().getItems().forEach(item -> item.setDisable(showing)));
    }

    /** The plot shows a result (or nothing) again. */
    void resultShown() {
        showing = false;
    }

    /**
     * The scatter of a forming layout: its points in their clusters' colours, "forming" in the title. Its data are
     * {@link ScatterData#passing}: the next layout replaces it within 400 ms, so no hover index or drag sample is
     * built for it ahead (the hover over it finds a point, to say the layout is forming, through an index built
     * then).
     */
    static ScatterFigure figure(FormingLayout layout, String caption) {
        int m = layout.size();
        double[] x = new double[m];
        double[] y = new double[m];
        int[] categories = new int[m];
        for (int i = 0; i < m; i++) {
            x[i] = layout.x(i);
            y[i] = layout.y(i);
            categories[i] = layout.cluster(i);
        }
        List<String> names = ResultFigures.clusterNames(layout.clusterCount());
        if (names.isEmpty()) {
            names = List.of("Noise"); // DBSCAN found no cluster: every point is noise (category -1)
        }
        String note = "Still forming: this layout is not a result and cannot be exported.";
        ScatterFigure figure = ScatterFigure.of(ScatterData.passing(x, y, categories), names)
                .withTitle(layout.describe())
                .withAxisLabels(layout.method() + " 1", layout.method() + " 2")
                .withCaption(caption == null || caption.isEmpty() ? note : note + " " + caption);
        if (m > ResultFigures.LARGE_SCATTER) {
            figure = figure.withPointStyle(2, 0.5);
        }
        if (names.size() > Palette.SAFE_CATEGORICAL_COUNT) {
            figure = figure.withDirectLabels(java.util.stream.IntStream.range(0, names.size())
                    .mapToObj(Integer::toString).toList());
        }
        return figure;
    }
}
