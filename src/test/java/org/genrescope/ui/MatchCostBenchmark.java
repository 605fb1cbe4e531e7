package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.Recipe;
import org.genrescope.data.TrackFrame;
import org.genrescope.data.TrackTable;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Not a test: what the Data tab's search marks cost, as this thread's own CPU time (so the machine's load counts
 * little). For each search: the FX thread's part, one {@link SearchMatch} check per searched cell as
 * {@link MatchCell#updateItem} makes it (every row's five searched cells, ns per cell); the runner's part,
 * {@link MatchCounts#of} over the rows the search lists, beside {@link TrackFrame#rows} itself for scale.
 * <pre>java -Xmx4g -cp ... org.genrescope.ui.MatchCostBenchmark FOLDER [SEARCH ...]</pre>
 */
public final class MatchCostBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private MatchCostBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        List<String> searches = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("rock", "a", "the");
        TrackTable tracks = DataSet.of(new Pipeline(2, IsolatedAutoencoderTrainer.shared())
                .prepare(Recipe.SEED.config(input), ProgressListener.NONE, CancellationToken.NEVER), false).tracks();
        TrackFrame frame = TrackFrame.of(tracks);
        System.out.printf(Locale.ROOT, "%,d rows of %s; load %.2f%n", tracks.rows(), input, load());
        for (int round = 0; round < 3; round++) { // the first rounds run partly interpreted
            for (String search : searches) {
                SearchMatch match = SearchMatch.of(search, tracks.idTexts() != null);
                long t = CPU.getCurrentThreadCpuTime();
                int[] rows = frame.rows(search, null, List.of());
                long searchNs = CPU.getCurrentThreadCpuTime() - t;
                t = CPU.getCurrentThreadCpuTime();
                MatchCounts counts = MatchCounts.of(tracks, rows, search, match);
                long countNs = CPU.getCurrentThreadCpuTime() - t;
                t = CPU.getCurrentThreadCpuTime();
                int marked = 0;
                String[] albums = tracks.albums();
                for (int i = 0; i < tracks.rows(); i++) { // as the cells' updates: one check per cell
                    marked += match.inId(tracks.idText(i)) ? 1 : 0;
                    marked += match.inText(tracks.title(i)) ? 1 : 0;
                    marked += match.inText(tracks.artist(i)) ? 1 : 0;
                    marked += albums != null && match.inText(albums[i]) ? 1 : 0;
                    marked += match.inText(tracks.genre(i)) ? 1 : 0;
                }
                long cellNs = CPU.getCurrentThreadCpuTime() - t;
                System.out.printf(Locale.ROOT, "round %d \"%s\": %,d rows listed (%s); search %.0f ms, counts %.0f ms "
                        + "(CPU); a cell's check %.0f ns (%,d cells, %,d marked); load %.2f%n", round, search,
                        rows.length, counts.text(), searchNs / 1e6, countNs / 1e6, (double) cellNs / (5L * tracks.rows()),
                        5L * tracks.rows(), marked, load());
            }
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
