package org.genrescope.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.StabilityRun;
import org.genrescope.analysis.StabilityStudy;
import org.genrescope.analysis.StabilitySummary;
import org.genrescope.analysis.report.StabilityWriters;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs one configuration over several seeds and writes how much its answer depends on the seed. */
@Command(name = "stability", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the same settings once per seed (--seeds) and writes " + StabilityWriters.PER_SEED
            + " (each seed's metrics), " + StabilityWriters.TRACKS + " (each track's matched cluster per seed) and "
            + StabilityWriters.SUMMARY + " (each metric's mean, standard deviation and range, the pairwise ARI between "
            + "the runs' partitions, the tracks that change cluster most) into --out.",
            "It also clusters each kept run's representation at every k of --tree-k and writes the split tree: "
                + StabilityTreeFiles.BASE + ".png and .svg (how the clusters split as k grows, each cluster coloured "
                + "by its stability over the seeds) and " + StabilityTreeFiles.CSV + " (its nodes and edges).",
            "Runs whose autoencoder collapsed are counted and left out of the summary. Clusters are renumbered to "
                + "agree with the first run kept. No projection is computed (no metric uses one).",
            "Settings start from --recipe; any option given explicitly overrides it."})
final class StabilityCommand implements Callable<Integer> {
    /** More runs than anyone waits for; a typing slip such as 1..10000 is refused instead of run for hours. */
    static final int MAX_SEEDS = 1000;
    /** The split tree's k range when --tree-k is not given: the window's (StabilityViewModel.DEFAULT_TREE_K_*). */
    static final String DEFAULT_TREE_K = "2..8";

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "An FMA metadata folder (tracks.csv, echonest.csv, genres.csv[, features.csv]) or a flat CSV.")
    Path input;

    @Option(names = "--seeds", required = true, paramLabel = "LIST",
            description = "The seeds to run: a range FROM..TO (1..10), a comma list (1,7,1986) or both (1..5,1986).")
    String seeds;

    @Option(names = "--tree-k", paramLabel = "FROM..TO", defaultValue = DEFAULT_TREE_K,
            description = "The k range of the split tree, 2 <= FROM <= TO <= the tracks (default: ${DEFAULT-VALUE}, "
                    + "as the window's Stability tab).")
    String treeK;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the stability files "
            + "(created if needed).")
    Path out;

    @Mixin
    AnalysisOptions settings;

    @Mixin
    DebugAndOutput basics;

    @Override
    public Integer call() throws Exception {
        basics.start(out);
        for (String option : List.of("--projection", "--perplexity", "--umap-neighbours")) {
            if (settings.command.commandLine().getParseResult().hasMatchedOption(option)) {
                System.err.println("note: " + option + " is not used: stability computes no projection (no metric "
                        + "uses one)");
            }
        }
        if (settings.command.commandLine().getParseResult().hasMatchedOption("--seed")) {
            throw new InvalidSettingException("--seed", "the stability command runs every seed of --seeds; give the "
                    + "seeds there");
        }
        List<Long> seedList = parseSeeds(seeds);
        int[] kRange = parseTreeK(treeK);
        AnalysisConfig config = settings.toConfig(input);
        CancellationSource cancel = new CancellationSource();
        ConsoleProgress progress = new ConsoleProgress(System.err, ConsoleProgress.stderrIsTerminal());
        return Interruptible.run(cancel, () -> {
            StabilityStudy.Outcome study;
            try {
                int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
                Pipeline pipeline = new Pipeline(threads, IsolatedAutoencoderTrainer.shared());
                // the tracks are known once the data is read; the runs after this read it from the pipeline's cache
                int tracks = pipeline.prepare(config, progress, cancel).scaled().rows();
                if (kRange[1] > tracks) {
                    throw new InvalidSettingException("--tree-k", "k " + kRange[1] + " is above the " + tracks
                            + " tracks left after cleaning and genre grouping; give a range up to " + tracks + " at most");
                }
                study = new StabilityStudy(pipeline, threads).run(config, seedList, kRange[0], kRange[1], progress,
                        cancel);
            } catch (OutOfMemoryError e) {
                throw MemoryAdvice.outOfMemory(input, config.importOptions(), Runtime.getRuntime().maxMemory());
            }
            cancel.throwIfCancelled();
            StabilityRun.Outcome outcome = study.stability();
            writeFiles(study, out, cancel);
            progress.finish();
            ClusterCommand.printReading(outcome.tracks().report(), System.err);
            print(outcome.summary(), out, System.out);
            System.out.println(study.tree() == null
                    ? "no split tree: every run collapsed, so no representation is left to cluster"
                    : "wrote " + out.resolve(StabilityTreeFiles.BASE + ".png") + ", .svg and "
                    + out.resolve(StabilityTreeFiles.CSV) + " (k " + kRange[0] + ".." + kRange[1] + ", seed "
                    + study.treeSeeds().get(0) + "'s clusters, stability against the other kept seeds)");
            outcome.notes().forEach(note -> System.out.println("note: " + note));
            return GenrescopeCommand.EXIT_OK;
        });
    }

    /**
     * Writes the study's files into {@code folder} as one batch: the stability files and, when there is a tree, the
     * split tree's; an interrupted run (a cancel, a failed write) leaves every older file as it was and no new one.
     */
    static void writeFiles(StabilityStudy.Outcome study, Path folder, CancellationToken cancel) throws IOException {
        StabilityWriters.writeAll(study.stability(), folder, cancel, batch -> {
            if (study.tree() != null) {
                StabilityTreeFiles.writeInto(batch, folder, study.tree(), study.treeSeeds(), study.stability().config());
            }
        });
    }

    /**
     * The k range {@code text} names, as {FROM, TO}.
     *
     * @throws InvalidSettingException naming --tree-k when it is not FROM..TO of whole numbers with 2 &lt;= FROM &lt;= TO
     */
    static int[] parseTreeK(String text) {
        String s = text.strip();
        int dots = s.indexOf("..");
        int from;
        int to;
        try {
            if (dots < 0) {
                throw new NumberFormatException();
            }
            from = Integer.parseInt(s.substring(0, dots).strip());
            to = Integer.parseInt(s.substring(dots + 2).strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("--tree-k", "'" + s + "' is not a range FROM..TO of whole numbers "
                    + "(2..8, say)");
        }
        if (from < 2) {
            throw new InvalidSettingException("--tree-k", "the range '" + s + "' starts below 2; a tree needs at "
                    + "least two clusters in its first layer");
        }
        if (to < from) {
            throw new InvalidSettingException("--tree-k", "the range '" + s + "' runs backwards; write it FROM..TO");
        }
        return new int[] {from, to};
    }

    /**
     * The seeds {@code text} names: comma-separated items, each a seed or a range FROM..TO (both ends included).
     *
     * @throws InvalidSettingException naming --seeds when an item does not read, a range runs backwards, a seed
     *                                 repeats, fewer than two or more than {@value #MAX_SEEDS} seeds are named
     */
    static List<Long> parseSeeds(String text) {
        LinkedHashSet<Long> out = new LinkedHashSet<>();
        for (String item : text.split(",", -1)) {
            String s = item.strip();
            int dots = s.indexOf("..");
            long from = number(dots < 0 ? s : s.substring(0, dots), s);
            long to = dots < 0 ? from : number(s.substring(dots + 2), s);
            if (to < from) {
                throw new InvalidSettingException("--seeds", "the range '" + s + "' runs backwards; write it FROM..TO");
            }
            if (to - from >= MAX_SEEDS) {
                throw new InvalidSettingException("--seeds", "'" + s + "' names more than " + MAX_SEEDS + " seeds");
            }
            for (long seed = from; seed <= to; seed++) {
                if (!out.add(seed)) {
                    throw new InvalidSettingException("--seeds", "seed " + seed + " is named twice");
                }
                if (out.size() > MAX_SEEDS) {
                    throw new InvalidSettingException("--seeds", "more than " + MAX_SEEDS + " seeds");
                }
            }
        }
        if (out.size() < 2) {
            throw new InvalidSettingException("--seeds", "name at least two seeds (1..10, say): one run shows no "
                    + "spread");
        }
        return new ArrayList<>(out);
    }

    private static long number(String text, String item) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("--seeds", "'" + item + "' is not a seed or a range FROM..TO of "
                    + "whole numbers");
        }
    }

    /** A short summary on stdout; the files hold everything. */
    static void print(StabilitySummary s, Path out, PrintStream p) {
        p.printf(Locale.ROOT, "%d runs (seeds %s), %d kept; %s%n", s.runs().size(), seedText(s), s.keptSeeds().size(),
                StabilityWriters.collapsedNote(s));
        if (s.keptSeeds().size() >= 2) {
            p.printf(Locale.ROOT, "pairwise ARI between the runs' partitions: mean %.4f%n", s.meanPairwiseAri());
        }
        if (!s.keptSeeds().isEmpty()) {
            p.printf(Locale.ROOT, "tracks that every run put in the same (matched) cluster: %.1f %%; mean share of runs "
                    + "in a track's most common cluster: %.1f %%%n", 100 * s.shareOfTracksAlwaysTogether(),
                    100 * s.meanModalShare());
            p.printf(Locale.ROOT, "%-40s %4s %12s %12s %12s %12s%n", "metric", "n", "mean", "sd", "min", "max");
            for (Map.Entry<String, StabilitySummary.MetricStats> e : s.metrics().entrySet()) {
                StabilitySummary.MetricStats m = e.getValue();
                p.printf(Locale.ROOT, "%-40s %4d %12s %12s %12s %12s%n", e.getKey(), m.n(), value(m.mean()),
                        value(m.sd()), value(m.min()), value(m.max()));
            }
        }
        p.println("wrote " + out.resolve(StabilityWriters.PER_SEED) + ", " + out.resolve(StabilityWriters.TRACKS)
                + " and " + out.resolve(StabilityWriters.SUMMARY));
    }

    private static String seedText(StabilitySummary s) {
        List<Long> seeds = s.runs().stream().map(StabilitySummary.Run::seed).toList();
        boolean consecutive = true;
        for (int i = 1; i < seeds.size(); i++) {
            consecutive &= seeds.get(i) == seeds.get(i - 1) + 1;
        }
        return consecutive ? seeds.get(0) + ".." + seeds.get(seeds.size() - 1)
                : String.join(",", seeds.stream().map(String::valueOf).toList());
    }

    /** Four significant digits; "undefined" where there is no number (too few runs kept). */
    private static String value(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "undefined";
    }
}
