package org.genrescope.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Sweep;
import org.genrescope.analysis.SweepCell;
import org.genrescope.analysis.SweepGrid;
import org.genrescope.analysis.SweepMetric;
import org.genrescope.analysis.SweepMetricGrid;
import org.genrescope.analysis.SweepSummary;
import org.genrescope.plot.HeatmapFigure;
import org.genrescope.plot.SweepHeatmap;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;

/**
 * The Sweep tab's state: a grid of latent sizes x k x seeds run in the background on the open data with the
 * workbench's settings ({@link Sweep}, as the {@code sweep} command runs it), cancellable, and resumable: the
 * finished cells are kept, and running the same grid (or one sharing cells with it) on the same data with the same
 * settings runs only the cells not finished yet (the same data: the same file, while the window is open). Shows the chosen metric's heatmap ({@link SweepHeatmap}, the
 * command's figure), an internal metric in the scaled features beside the same metric in the clustered space.
 * Choosing a cell loads its latent size and k into the settings.
 */
public final class SweepViewModel {
    /** Runs a sweep: {@link Sweep#run}'s signature, so tests can stand in for the trainings. */
    @FunctionalInterface
    public interface Engine {
        List<SweepCell> run(AnalysisConfig base, SweepGrid grid, Map<SweepCell.Position, SweepCell> finished,
                            Consumer<SweepCell> onCell, ProgressListener progress, CancellationToken cancel)
                throws Exception;
    }

    /** The metrics the chooser offers: an internal metric of the clustered space comes beside its common one. */
    public static final List<SweepMetric> CHOICES = java.util.Arrays.stream(SweepMetric.values())
            .filter(m -> !m.key().startsWith("clustering_space.")).toList();

    private final BackgroundRunner runner;
    private final SettingsViewModel settings;
    private final ObservableValue<DataSet> data;
    private final Engine engine;
    private final StringProperty latents = new SimpleStringProperty("2..4");
    private final StringProperty ks = new SimpleStringProperty("2..8");
    private final StringProperty seeds = new SimpleStringProperty("1..2");
    private final ObjectProperty<SweepMetric> metric = new SimpleObjectProperty<>(SweepMetric.FEATURE_SILHOUETTE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<HeatmapFigure> figure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<HeatmapFigure> besideFigure = new ReadOnlyObjectWrapper<>();
    /** Finished cells of the kept settings and data, by position; a sweep of other settings or data starts anew. */
    private final Map<SweepCell.Position, SweepCell> cells = new LinkedHashMap<>();
    private AnalysisConfig keptSettings;
    private DataSet keptData;
    private SweepGrid grid;
    private List<SweepSummary.Row> rows = List.of();
    private CancellationSource cancel = new CancellationSource();
    private long generation;

    /**
     * @param data   the open data; another file stops a running sweep and forgets the cells
     * @param engine runs the cells, normally {@code new Sweep(pipeline, threads)::run} with a pipeline of its own
     */
    public SweepViewModel(BackgroundRunner runner, SettingsViewModel settings, ObservableValue<DataSet> data,
                          Engine engine) {
        this.runner = runner;
        this.settings = settings;
        this.data = data;
        this.engine = engine;
        metric.addListener(x -> refresh());
        // A training that re-scales hands the window a new data set of the same file: the sweep (which captured its
        // settings when it started) goes on; another file stops it.
        data.addListener((o, old, now) -> {
            if (now == null || old == null || !now.path().equals(old.path())) {
                forget();
            }
        });
    }

    /** Runs the grid the fields ask for on the open data; the cells already finished for it are not run again. */
    public void run() {
        DataSet d = data.getValue();
        if (running.get()) {
            return;
        }
        if (d == null) {
            error.set("Open data before running a sweep.");
            return;
        }
        SweepGrid asked;
        AnalysisConfig base;
        try {
            asked = new SweepGrid(SweepGrid.parseInts("Latent sizes", latents.get(), 1),
                    SweepGrid.parseInts("k", ks.get(), 2), SweepGrid.parse("Seeds", seeds.get()));
            base = Sweep.baseConfig(settings.config(d.path()));
        } catch (InvalidSettingException e) {
            error.set(WindowWords.of(SettingsViewModel.describe(e)));
            return;
        }
        AnalysisConfig sameSettings = base.with("latent", 1).with("k", 2).with("seed", 0L);
        if (keptData == null || !d.path().equals(keptData.path()) || !sameSettings.equals(keptSettings)) {
            cells.clear();
            keptSettings = sameSettings;
        }
        keptData = d;
        Map<SweepCell.Position, SweepCell> finished = new LinkedHashMap<>();
        cells.forEach((p, c) -> {
            if (asked.latents().contains(p.latent()) && asked.ks().contains(p.k()) && asked.seeds().contains(p.seed())) {
                finished.put(p, c);
            }
        });
        grid = asked;
        error.set("");
        refresh();
        long own = ++generation;
        CancellationSource source = new CancellationSource();
        cancel = source;
        running.set(true);
        progress.set((double) finished.size() / asked.cells());
        status.set(finished.isEmpty() ? "Sweeping " + asked.cells() + " cells..." : "Resuming: " + finished.size()
                + " of " + asked.cells() + " cells kept from the last sweep...");
        Consumer<SweepCell> onCell = c -> runner.onUiThread(() -> {
            if (own == generation) {
                cells.put(c.position(), c);
                refresh();
            }
        });
        ProgressListener listener = (stage, done, total, message) -> {
            if ("sweep".equals(stage) && total > 0) {
                runner.onUiThread(() -> {
                    if (own == generation) {
                        progress.set((double) done / total);
                        status.set(WindowWords.sentence(message));
                    }
                });
            }
        };
        int kept = finished.size();
        runner.run(() -> engine.run(base, asked, finished, onCell, listener, source), all -> {
            if (own == generation) {
                all.forEach(c -> cells.put(c.position(), c));
                ended(1, "Sweep finished: " + asked.cells() + " cells (" + (asked.cells() - kept) + " run, " + kept
                        + " kept); click a cell to load it into the settings.");
            }
        }, failure -> {
            if (own != generation) {
                return;
            }
            int done = finishedIn(asked);
            String resume = done == 0 ? "" : done == 1 ? " The finished cell is kept: Run resumes from it."
                    : " The " + done + " finished cells are kept: Run resumes from them.";
            if (failure instanceof CancelledException) {
                ended(progress.get(), "Sweep cancelled after " + done + " of " + asked.cells() + " cells." + resume);
            } else {
                error.set(UserError.of("run the sweep", failure).sentence());
                ended(progress.get(), "Sweep stopped after " + done + " of " + asked.cells() + " cells." + resume);
            }
        });
    }

    private void ended(double fraction, String text) {
        running.set(false);
        progress.set(fraction);
        status.set(text);
        refresh();
    }

    private int finishedIn(SweepGrid g) {
        return (int) cells.keySet().stream().filter(p -> g.latents().contains(p.latent()) && g.ks().contains(p.k())
                && g.seeds().contains(p.seed())).count();
    }

    /** Stops the running sweep; the cells it finished are kept. */
    public void cancel() {
        cancel.cancel();
    }

    private void forget() {
        cancel.cancel();
        generation++;
        running.set(false);
        cells.clear();
        keptData = null;
        keptSettings = null;
        grid = null;
        progress.set(0);
        status.set("");
        refresh();
    }

    /** Draws the chosen metric (and its clustered-space twin) from the finished cells of the shown grid. */
    private void refresh() {
        if (grid == null) {
            rows = List.of();
            figure.set(null);
            besideFigure.set(null);
            return;
        }
        SweepGrid g = grid;
        rows = SweepSummary.of(cells.values().stream().filter(c -> g.latents().contains(c.latent())
                && g.ks().contains(c.k()) && g.seeds().contains(c.seed())).toList());
        figure.set(figureOf(metric.get()));
        SweepMetric twin = beside(metric.get());
        besideFigure.set(twin == null ? null : figureOf(twin));
    }

    private HeatmapFigure figureOf(SweepMetric m) {
        SweepMetricGrid cellsOf = SweepMetricGrid.of(m, grid, rows);
        return SweepHeatmap.figure(cellsOf.title(), cellsOf.rowLabels(), cellsOf.columnLabels(), cellsOf.means(),
                cellsOf.sds(), cellsOf.finished(), cellsOf.collapsed(), cellsOf.captionStart(),
                keptData == null ? "" : keptData.caption());
    }

    /** The same internal metric in the clustered space, shown beside one in the scaled features; else null. */
    public static SweepMetric beside(SweepMetric m) {
        return m.key().startsWith("feature_space.")
                ? SweepMetric.byKey("clustering_space." + m.key().substring("feature_space.".length())) : null;
    }

    /** The chooser's name of a metric. */
    public static String choiceName(SweepMetric m) {
        return beside(m) == null ? m.title() : m.title() + ", beside the clustered space";
    }

    /**
     * Loads the latent size and k of the cell at {@code row}, {@code column} of the shown grid into the settings (the
     * k range widens to hold k), so that Train runs that configuration.
     */
    public void choose(int row, int column) {
        if (grid == null || row < 0 || column < 0 || row >= grid.latents().size() || column >= grid.ks().size()) {
            return;
        }
        int latent = grid.latents().get(row);
        int k = grid.ks().get(column);
        if (latent > SettingsViewModel.LATENT_MAX || k > SettingsViewModel.K_LIMIT) {
            error.set("The window's settings go up to latent size " + SettingsViewModel.LATENT_MAX + " and k "
                    + SettingsViewModel.K_LIMIT + "; latent size " + latent + ", k " + k + " runs with the cluster command.");
            return;
        }
        settings.latentProperty().set(latent);
        settings.setKRange(Math.min(settings.kRangeMinProperty().get(), k), Math.max(settings.kRangeMaxProperty().get(), k));
        settings.kProperty().set(k);
        error.set("");
        status.set("Loaded latent size " + latent + " and k " + k + " into the settings: Train (Ctrl+Enter) runs them.");
    }

    /** The tooltip of a cell of {@code shown} (the chosen metric or the one beside it); empty outside the grid. */
    public String tooltip(SweepMetric shown, int row, int column) {
        return grid == null ? "" : SweepTooltips.text(SweepMetricGrid.of(shown, grid, rows), rows, row, column);
    }

    public StringProperty latentsProperty() { return latents; }
    public StringProperty ksProperty() { return ks; }
    public StringProperty seedsProperty() { return seeds; }
    public ObjectProperty<SweepMetric> metricProperty() { return metric; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** 0 to 1: the share of the grid's cells finished. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** One sentence when a sweep could not start or failed; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** The chosen metric's heatmap; null before a sweep or while no cell has a value. */
    public ReadOnlyObjectProperty<HeatmapFigure> figureProperty() { return figure.getReadOnlyProperty(); }
    /** The clustered space's heatmap beside an internal metric's; null for other metrics. */
    public ReadOnlyObjectProperty<HeatmapFigure> besideFigureProperty() { return besideFigure.getReadOnlyProperty(); }
    /** The grid shown, or null before a sweep. */
    public SweepGrid grid() { return grid; }
    /** The finished cells kept for resuming. */
    public Map<SweepCell.Position, SweepCell> cells() { return java.util.Collections.unmodifiableMap(cells); }
}
