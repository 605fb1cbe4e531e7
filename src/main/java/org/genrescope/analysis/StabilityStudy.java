package org.genrescope.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.genrescope.data.DataLoadException;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * A stability study with its split tree: {@link StabilityRun} over the seeds and, from every run that did not
 * collapse, its representation clustered at each k of a range ({@link SplitTreeClusterings}), so that the tree's
 * nodes carry their stability over seeds. The pipeline's stage cache does for the runs what it does for the
 * {@code stability} command; the tree adds only K-Means on representations already computed.
 */
public final class StabilityStudy {

    /**
     * What a study produced.
     *
     * @param stability the runs and their summary
     * @param tree      the split tree of the reference seed (the first kept), stability against the other kept
     *                  seeds; null when every run collapsed
     * @param treeSeeds the seeds the tree uses, the reference first
     */
    public record Outcome(StabilityRun.Outcome stability, SplitTree tree, List<Long> treeSeeds) {
        public Outcome {
            Objects.requireNonNull(stability, "stability");
            treeSeeds = List.copyOf(treeSeeds);
        }
    }

    private final Pipeline pipeline;
    private final int threads;

    /** @param threads at least 1, for the tree's K-Means */
    public StabilityStudy(Pipeline pipeline, int threads) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.threads = Math.max(1, threads);
    }

    /**
     * Runs {@code config} once per seed and clusters each kept run's representation at kMin..kMax (kMax cut to the
     * tracks).
     *
     * @throws InvalidSettingException naming the k range when kMin &lt; 2 or kMax &lt; kMin
     * @throws DataLoadException naming the file, line and column that cannot be read
     * @throws org.genrescope.task.CancelledException when {@code cancel} is cancelled
     */
    public Outcome run(AnalysisConfig config, List<Long> seeds, int kMin, int kMax, ProgressListener progress,
                       CancellationToken cancel) throws DataLoadException, IOException {
        if (kMin < 2 || kMax < kMin) {
            throw new InvalidSettingException("k range", "the split tree needs a k range FROM..TO with 2 <= FROM <= TO, "
                    + "got " + kMin + ".." + kMax);
        }
        Map<Long, List<int[]>> byK = new LinkedHashMap<>();
        StabilityRun.Outcome outcome = new StabilityRun(pipeline).run(config, seeds, progress, cancel, result -> {
            if (!StabilityRun.collapsed(result)) {
                long seed = result.config().seed();
                int top = Math.min(kMax, result.rows());
                progress.progress("split tree", 0, 1, "seed " + seed + ": K-Means for k " + kMin + ".." + top);
                byK.put(seed, SplitTreeClusterings.of(result, kMin, top, threads, cancel));
            }
        });
        if (byK.isEmpty()) {
            return new Outcome(outcome, null, List.of());
        }
        List<Long> treeSeeds = new ArrayList<>(byK.keySet());
        List<List<int[]>> others = new ArrayList<>();
        for (int i = 1; i < treeSeeds.size(); i++) {
            others.add(byK.get(treeSeeds.get(i)));
        }
        return new Outcome(outcome, SplitTree.of(kMin, byK.get(treeSeeds.get(0)), others), treeSeeds);
    }
}
