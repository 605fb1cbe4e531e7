package org.genrescope.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.data.DataLoadException;
import org.genrescope.features.FeatureMatrix;
import org.genrescope.model.clustering.DbscanEps;
import org.genrescope.model.metrics.ContingencyTable;
import org.genrescope.model.metrics.ExternalMetrics;
import org.genrescope.model.metrics.MetricValue;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Does the autoencoder help? Runs the four {@link ComparisonMethod}s on the same data with the same k and latent
 * size over several seeds through one {@link Pipeline} (so loading, grouping and scaling happen once and each seed's
 * autoencoder is trained once for both algorithms), and gathers: every run's {@link ComparisonMetrics}, each
 * metric's {@link Spread} over the seeds per method, the agreement between the methods' partitions of the first
 * seed, and the {@link GenreCeiling} of the scaled features. DBSCAN's eps is not the settings' (one number cannot fit
 * every code): each seed's is chosen on that seed's code by {@link DbscanEps#RULE}, and reported as the
 * {@code dbscan_eps} metric.
 */
public final class Comparison {

    private Comparison() { }

    /**
     * One run.
     *
     * @param collapsed whether its autoencoder collapsed (then its clusters are not a result, as the report says);
     *                  false without an autoencoder
     * @param metrics   every name of {@link ComparisonMetrics#NAMES}
     */
    public record Run(ComparisonMethod method, long seed, boolean collapsed, Map<String, MetricValue> metrics) {
        public Run {
            metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        }
    }

    /**
     * How far two methods' partitions of the first seed agree.
     *
     * @param adjustedRand ARI between the two labelings (DBSCAN's noise counts as one more label)
     * @param table        tracks by cluster of {@code a} (rows) and cluster of {@code b} (columns), noise as -1
     */
    public record Agreement(ComparisonMethod a, ComparisonMethod b, MetricValue adjustedRand, ContingencyTable table) { }

    /**
     * Everything the comparison found.
     *
     * @param base        the user's settings (representation, algorithm and seed replaced per run)
     * @param seeds       the seeds, in run order
     * @param tracks      tracks clustered
     * @param runs        one per method and seed, seed-major
     * @param summary     per method, per metric: the spread over all its runs, collapsed ones included (comparison.json
     *                    keeps it); what is shown is {@link #keptSummary()}
     * @param summaryNotCollapsed per method, per metric: the spread over its runs whose autoencoder did not collapse;
     *                    only methods with a collapsed run (absent: the same as {@code summary})
     * @param collapsed   per method, runs whose autoencoder collapsed (0 without an autoencoder)
     * @param agreement   each pair of methods once, first seed
     * @param ceiling     the supervised ceiling, or why there is none
     * @param warnings    notes of the runs, each once (such as a collapsed autoencoder, sampled silhouettes)
     */
    public record Result(AnalysisConfig base, List<Long> seeds, int tracks, List<Run> runs,
                         Map<ComparisonMethod, Map<String, Spread>> summary,
                         Map<ComparisonMethod, Map<String, Spread>> summaryNotCollapsed,
                         Map<ComparisonMethod, Integer> collapsed,
                         List<Agreement> agreement, GenreCeiling.Outcome ceiling, List<String> warnings) {
        public Result {
            seeds = List.copyOf(seeds);
            runs = List.copyOf(runs);
            agreement = List.copyOf(agreement);
            warnings = List.copyOf(warnings);
        }

        /**
         * Per method, per metric: the spread over the method's runs whose autoencoder did not collapse, which is what
         * the window and the figures show (issue 12: collapsed runs are counted, left out of the means, and said so;
         * ADR 0006: a collapsed run is no result). A method without a collapsed run has its {@link #summary()}; one
         * whose every run collapsed has each metric undefined ("every run's autoencoder collapsed") over 0 runs.
         */
        public Map<ComparisonMethod, Map<String, Spread>> keptSummary() {
            Map<ComparisonMethod, Map<String, Spread>> out = new EnumMap<>(ComparisonMethod.class);
            summary.forEach((method, all) -> {
                if (collapsed.getOrDefault(method, 0) == 0) {
                    out.put(method, all);
                } else if (summaryNotCollapsed.containsKey(method)) {
                    out.put(method, summaryNotCollapsed.get(method));
                } else {
                    Map<String, Spread> undefined = new LinkedHashMap<>();
                    all.keySet().forEach(name -> undefined.put(name, Spread.none(EVERY_RUN_COLLAPSED)));
                    out.put(method, undefined);
                }
            });
            return out;
        }

        /**
         * The runs {@link #keptSummary()}'s spreads of {@code method} are over, in their order (seed order): a
         * spread's {@link Spread.UndefinedInEveryRun#run()} indexes this list. They are the method's runs whose
         * autoencoder did not collapse (all of them for a method without a collapsed run); empty when every run
         * collapsed.
         */
        public List<Run> keptRuns(ComparisonMethod method) {
            return runs.stream().filter(run -> run.method() == method && !run.collapsed()).toList();
        }

        /**
         * Why a kept spread of {@code method} has no mean, in words, the run whose reason it is named by its seed
         * when the runs' reasons differ: "undefined in every run (seed 1987: only one cluster after leaving out 333
         * noise points)"; "undefined in every run (only one cluster)" when every run gave that reason; the spread's
         * own reason when it has no runs ("every run's autoencoder collapsed").
         *
         * @param kept one of {@code keptSummary().get(method)}'s spreads, its mean undefined
         */
        public String undefinedReason(ComparisonMethod method, Spread kept) {
            Spread.UndefinedInEveryRun why = kept.everyRun();
            if (why == null) {
                return kept.mean().undefinedReason();
            }
            List<Run> mine = keptRuns(method);
            // a result put together by hand may have spreads without their runs: then the run is named by its place
            String name = why.run() < mine.size() ? "seed " + mine.get(why.run()).seed()
                    : "run " + (why.run() + 1);
            return why.sentence(name);
        }

        /** The seeds whose autoencoder collapsed (for either autoencoder method), in run order. */
        public List<Long> collapsedSeeds() {
            return runs.stream().filter(Run::collapsed).map(Run::seed).distinct().toList();
        }
    }

    /** Why a method has no mean in {@link Result#keptSummary()}. */
    public static final String EVERY_RUN_COLLAPSED = "every run's autoencoder collapsed";

    /**
     * A result from its runs: the summaries over all runs and over the runs not collapsed, and the collapsed counts.
     *
     * @param runs one per method and seed; each method's metrics under every name of {@link ComparisonMetrics#NAMES}
     */
    public static Result summarised(AnalysisConfig base, List<Long> seeds, int tracks, List<Run> runs,
                                    List<Agreement> agreement, GenreCeiling.Outcome ceiling, List<String> warnings) {
        Map<ComparisonMethod, Integer> collapsed = collapsedCounts(runs);
        Map<ComparisonMethod, Map<String, Spread>> notCollapsed = summarise(runs.stream()
                .filter(run -> collapsed.get(run.method()) > 0 && !run.collapsed()).toList());
        return new Result(base, seeds, tracks, runs, summarise(runs), notCollapsed, collapsed, agreement, ceiling,
                warnings);
    }

    /**
     * Runs the comparison.
     *
     * @param base  the user's settings: k, latent size, scaling, DBSCAN's eps ...
     * @param seeds at least one, no repeats
     * @throws DataLoadException naming the file that cannot be read
     * @throws org.genrescope.settings.InvalidSettingException when a setting does not fit the data
     * @throws org.genrescope.task.CancelledException when cancelled
     */
    public static Result run(Pipeline pipeline, AnalysisConfig base, List<Long> seeds, ProgressListener progress,
                             CancellationToken cancel) throws DataLoadException, IOException {
        if (seeds.isEmpty() || seeds.stream().distinct().count() != seeds.size()) {
            throw new IllegalArgumentException("seeds must be distinct and at least one, got " + seeds);
        }
        // the 2-D projection is not compared; skipping it saves a PCA or a t-SNE per run
        AnalysisConfig unprojected = base.with("projection", ProjectionMethod.NONE);
        List<Run> runs = new ArrayList<>();
        Map<ComparisonMethod, int[]> firstLabels = new EnumMap<>(ComparisonMethod.class);
        List<String> warnings = new ArrayList<>();
        AnalysisResult any = null;
        int total = seeds.size() * ComparisonMethod.values().length;
        int done = 0;
        for (long seed : seeds) {
            java.util.Set<String> seenThisSeed = new java.util.HashSet<>();
            FeatureMatrix code = null;
            // both autoencoder methods first: the pipeline keeps the seed's trained model between them
            for (ComparisonMethod method : ComparisonMethod.values()) {
                progress.progress("compare", done, total, method.label() + ", seed " + seed);
                AnalysisConfig config = method.configure(unprojected, seed);
                if (method == ComparisonMethod.AUTOENCODER_DBSCAN && code != null) {
                    config = config.with("eps", eps(code, base.minPoints(), base.eps(), cancel));
                }
                AnalysisResult r = pipeline.run(config, progress, cancel);
                if (method == ComparisonMethod.AUTOENCODER_KMEANS) {
                    code = r.representation(); // the seed's code, which DBSCAN clusters next
                }
                boolean collapsed = r.autoencoder() != null && r.autoencoder().collapsed();
                runs.add(new Run(method, seed, collapsed, ComparisonMetrics.of(r)));
                firstLabels.putIfAbsent(method, r.clustering().labels());
                for (String w : r.warnings()) {
                    // the two autoencoder methods share each seed's model and its notes: say those once
                    if (seenThisSeed.add(w)) {
                        warnings.add((method.trainsAnAutoencoder() && isModelNote(w) ? "autoencoder" : method.label())
                                + ", seed " + seed + ": " + w);
                    }
                }
                any = r;
                done++;
            }
        }
        progress.progress("compare", done, total, "genre ceiling");
        GenreCeiling.Outcome ceiling = genreCeiling(any.scaled(), any.genreCodes(), seeds.get(0));
        return summarised(base, seeds, any.rows(), runs, agreement(firstLabels), ceiling, warnings);
    }

    /**
     * The genre ceiling on the scaled features, read in place ({@link GenreCeiling#of} copies the labelled rows it
     * fits on and writes nothing into them; a copy of the matrix besides was 422 MB at FMA's full shape).
     */
    static GenreCeiling.Outcome genreCeiling(FeatureMatrix scaled, int[] genreCodes, long seed) {
        return GenreCeiling.of(scaled.sharedValues(), scaled.rows(), scaled.columns(), genreCodes, GenreCeiling.FOLDS,
                seed);
    }

    /**
     * DBSCAN's eps on one seed's code by {@link DbscanEps#RULE}; the settings' eps when minPts (below 2 or above the
     * number of tracks) gives no k-distance.
     */
    static double eps(FeatureMatrix code, int minPoints, double fallback, CancellationToken cancel) {
        if (minPoints < 2 || minPoints > code.rows()) {
            return fallback;
        }
        return DbscanEps.choose(code.sharedValues(), code.rows(), code.columns(), minPoints, cancel).eps();
    }

    /** Whether a run's note is about its autoencoder (the same for both algorithms on one seed's model). */
    private static boolean isModelNote(String note) {
        return note.startsWith("the autoencoder");
    }

    /** Per method, per metric, the spread over that method's runs. */
    static Map<ComparisonMethod, Map<String, Spread>> summarise(List<Run> runs) {
        Map<ComparisonMethod, Map<String, Spread>> out = new EnumMap<>(ComparisonMethod.class);
        for (ComparisonMethod method : ComparisonMethod.values()) {
            List<Run> mine = runs.stream().filter(r -> r.method() == method).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Map<String, Spread> byMetric = new LinkedHashMap<>();
            for (String name : ComparisonMetrics.NAMES) {
                byMetric.put(name, Spread.of(mine.stream().map(r -> r.metrics().get(name)).toList()));
            }
            out.put(method, byMetric);
        }
        return out;
    }

    private static Map<ComparisonMethod, Integer> collapsedCounts(List<Run> runs) {
        Map<ComparisonMethod, Integer> out = new EnumMap<>(ComparisonMethod.class);
        for (Run r : runs) {
            out.merge(r.method(), r.collapsed() ? 1 : 0, Integer::sum);
        }
        return out;
    }

    /** Each pair of methods once, in method order. */
    static List<Agreement> agreement(Map<ComparisonMethod, int[]> labels) {
        List<ComparisonMethod> methods = new ArrayList<>(labels.keySet());
        List<Agreement> out = new ArrayList<>();
        for (int i = 0; i < methods.size(); i++) {
            for (int j = i + 1; j < methods.size(); j++) {
                ContingencyTable table = ContingencyTable.of(labels.get(methods.get(i)), labels.get(methods.get(j)));
                double ari = ExternalMetrics.adjustedRand(table);
                out.add(new Agreement(methods.get(i), methods.get(j), Double.isFinite(ari) ? MetricValue.of(ari)
                        : MetricValue.undefined("undefined for these partitions"), table));
            }
        }
        return out;
    }
}
