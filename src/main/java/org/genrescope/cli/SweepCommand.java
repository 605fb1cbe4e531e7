package org.genrescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Sweep;
import org.genrescope.analysis.SweepCell;
import org.genrescope.analysis.SweepGrid;
import org.genrescope.analysis.SweepMetric;
import org.genrescope.analysis.SweepSummary;
import org.genrescope.analysis.report.SweepCsv;
import org.genrescope.analysis.report.SweepJson;
import org.genrescope.files.AtomicFiles;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancellationSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs a grid of latent sizes x k x seeds headless and writes sweep.csv, sweep-summary.csv and a heatmap per
 * metric. A sweep run again into the same folder with the same settings keeps the cells it finished.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs every latent size x k x seed of a grid: one training per latent size and seed, then "
            + "K-Means with each k, every metric of report.json per cell. Writes sweep.csv (one row per cell), "
            + "sweep-summary.csv (mean and standard deviation over seeds) and heatmap_<metric>.png and .svg into "
            + "--out.",
            "Run again with the same settings into the same --out to resume: finished cells are kept.",
            "Settings start from --recipe; any option given explicitly overrides it."})
final class SweepCommand implements Callable<Integer> {
    /** How often, at most, the finished cells are written while the sweep runs. */
    private static final long SAVE_EVERY_NANOS = 1_000_000_000L;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "An FMA metadata folder (tracks.csv, echonest.csv, genres.csv[, features.csv]) or a flat CSV.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for the sweep's files (created if needed); one with a sweep of the same settings is resumed.")
    Path out;

    @Option(names = "--latent", required = true, paramLabel = "RANGE",
            description = "Latent sizes (autoencoder code width or principal components): a range such as 2..7 or a list such as 2,4,8.")
    String latent;

    @Option(names = "--k", required = true, paramLabel = "RANGE",
            description = "Numbers of clusters, at least 2: a range such as 2..20 or a list.")
    String k;

    @Option(names = "--seeds", paramLabel = "RANGE", defaultValue = "1..5",
            description = "Seeds, each a training per latent size and the K-Means starts of its cells: a range or a list. Default: ${DEFAULT-VALUE}.")
    String seeds;

    @Mixin
    SweepCommandSettings settings;

    @Mixin
    DebugAndOutput basics;

    /** The grid the options ask for. */
    SweepGrid grid() {
        return new SweepGrid(SweepGrid.parseInts("--latent", latent, 1), SweepGrid.parseInts("--k", k, 2),
                SweepGrid.parse("--seeds", seeds));
    }

    @Override
    public Integer call() throws Exception {
        basics.start(out);
        SweepGrid grid = grid();
        AnalysisConfig base = Sweep.baseConfig(settings.toConfig(input));
        CancellationSource cancel = new CancellationSource();
        ConsoleProgress progress = new ConsoleProgress(System.err, ConsoleProgress.stderrIsTerminal());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        Pipeline pipeline = new Pipeline(threads, IsolatedAutoencoderTrainer.shared());
        return Interruptible.run(cancel, () -> {
            AnalysisConfig first = base.with("latent", grid.latents().get(0)).with("seed", grid.seeds().get(0));
            Pipeline.Prepared prepared = pipeline.prepare(first, progress, cancel);
            Map<SweepCell.Position, SweepCell> finished = kept(grid, prepared, base);
            Files.createDirectories(out);
            AtomicFiles.write(out.resolve(SweepJson.FILE), o -> SweepJson.write(prepared.input(), base, grid, o));
            Saver saver = new Saver(out.resolve(SweepCsv.CELLS), finished);
            List<SweepCell> cells;
            try {
                cells = new Sweep(pipeline, threads).run(base, grid, finished, saver::add, progress, cancel);
            } catch (Exception e) {
                saver.save(); // what finished is kept for the next run
                throw e;
            }
            cancel.throwIfCancelled();
            List<SweepSummary.Row> rows = SweepSummary.of(cells);
            try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
                write(batch, out.resolve(SweepCsv.CELLS), w -> SweepCsv.writeCells(cells, w));
                write(batch, out.resolve(SweepCsv.SUMMARY), w -> SweepCsv.writeSummary(rows, w));
                batch.commit();
            }
            List<SweepMetric> skipped = SweepCommandHeatmaps.writeAll(out, grid, rows);
            progress.finish();
            report(grid, cells, rows, skipped, finished.size());
            return GenrescopeCommand.EXIT_OK;
        });
    }

    /** The cells of {@code grid} an earlier sweep into --out finished, after checking its settings are these. */
    private Map<SweepCell.Position, SweepCell> kept(SweepGrid grid, Pipeline.Prepared prepared, AnalysisConfig base)
            throws IOException {
        Path cellsFile = out.resolve(SweepCsv.CELLS);
        Map<SweepCell.Position, SweepCell> kept = new HashMap<>();
        if (!Files.exists(cellsFile)) {
            return kept;
        }
        SweepJson.checkSameSettings(out, prepared.input(), base);
        for (SweepCell c : SweepCsv.readCells(cellsFile).values()) {
            if (grid.latents().contains(c.latent()) && grid.ks().contains(c.k()) && grid.seeds().contains(c.seed())) {
                kept.put(c.position(), c);
            }
        }
        System.err.println("kept " + kept.size() + " finished cell" + (kept.size() == 1 ? "" : "s") + " of "
                + grid.cells() + " from " + cellsFile);
        return kept;
    }

    private static void write(AtomicFiles.Batch batch, Path target, AtomicFiles.TextContent content)
            throws IOException {
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(batch.create(target),
                java.nio.charset.StandardCharsets.UTF_8));
        content.writeTo(w);
        w.flush();
    }

    private void report(SweepGrid grid, List<SweepCell> cells, List<SweepSummary.Row> rows,
                        List<SweepMetric> skipped, int kept) {
        long collapsed = cells.stream().filter(c -> c.metric(SweepMetric.COLLAPSED).isDefined()
                && c.metric(SweepMetric.COLLAPSED).value() > 0).map(c -> List.of(c.latent(), c.seed())).distinct()
                .count();
        if (collapsed > 0) {
            System.err.println("note: the autoencoder collapsed in " + collapsed + " of "
                    + grid.latents().size() * grid.seeds().size() + " trainings; those cells are hatched in the heatmaps");
        }
        for (SweepMetric m : skipped) {
            System.err.println("note: no heatmap of " + m.key() + ": undefined in every cell ("
                    + SweepCommandHeatmaps.whyNone(m, rows) + ")");
        }
        System.out.println("sweep: " + grid.latents().size() + " latent size(s) x " + grid.ks().size() + " k x "
                + grid.seeds().size() + " seed(s) = " + cells.size() + " cells (" + (cells.size() - kept) + " run, "
                + kept + " kept) in " + out);
        System.out.println("wrote " + SweepCsv.CELLS + ", " + SweepCsv.SUMMARY + " and "
                + (SweepMetric.values().length - skipped.size()) + " heatmaps (png and svg)");
    }

    /** Writes the finished cells to sweep.csv at most once a second while the sweep runs, and on request. */
    private static final class Saver {
        private final Path file;
        private final List<SweepCell> cells;
        private long lastSave = System.nanoTime();

        Saver(Path file, Map<SweepCell.Position, SweepCell> kept) {
            this.file = file;
            this.cells = new ArrayList<>(kept.values());
        }

        synchronized void add(SweepCell cell) {
            cells.add(cell);
            if (System.nanoTime() - lastSave >= SAVE_EVERY_NANOS) {
                save();
            }
        }

        synchronized void save() {
            List<SweepCell> sorted = new ArrayList<>(cells);
            sorted.sort(Sweep.GRID_ORDER);
            try {
                AtomicFiles.writeText(file, w -> SweepCsv.writeCells(sorted, w));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            lastSave = System.nanoTime();
        }
    }
}
