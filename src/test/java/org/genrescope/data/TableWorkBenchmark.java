package org.genrescope.data;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.genrescope.features.GenreGrouping;
import org.genrescope.model.spatial.BenchmarkTiming;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * The Tablesaw path (TrackFrame, FeatureSummaries, CleanedCsv) against the hand-written code it replaced, and the
 * genre grouping's means (hand-written again since session 27, {@link GenreMeans}) against Tablesaw's group-by
 * ({@link TablesawGenreMeans}), on the seed recipe's 12,584 real tracks; not a test. The other "before" code is the
 * removed code, kept here verbatim in spirit (the Data tab's row-by-row search, a comparator sort of boxed rows, the
 * per-feature summary loop). Run with
 * {@code java -cp target/classes:target/test-classes:<deps> org.genrescope.data.TableWorkBenchmark [shared]}.
 */
public final class TableWorkBenchmark {
    private static final int REPEATS = 31;

    private TableWorkBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        TrackTable loaded = DataLoader.load(shared.resolve("fma/fma_metadata"), ImportOptions.defaults(),
                ProgressListener.NONE, CancellationToken.NEVER);
        TrackTable t = GenreGrouping.apply(loaded, new GenreGrouping.Options(
                List.of("Experimental", "Old-Time / Historic"), true)).tracks();
        System.out.printf(Locale.ROOT, "%,d tracks x %d features, load average %s%n%n", t.rows(),
                t.featureNames().size(), BenchmarkTiming.loadAverage());
        System.out.println("| work | before (hand-written) ms | Tablesaw path ms |");
        System.out.println("|---|---:|---:|");

        TrackFrame[] frame = {null};
        row("build the frame (once per data set)", Double.NaN, BenchmarkTiming.medianMillis(REPEATS,
                () -> frame[0] = TrackFrame.of(t)));
        TrackFrame f = frame[0];
        String[] typing = {"r", "ro", "roc", "rock", "a", "an", "and", "the", "love"};
        for (String needle : typing) {
            check(TrackFrameTest.bruteForce(t, needle, null), f.rows(needle, null, List.of()), needle);
        }
        row("search, one keystroke (median over typing r..rock, a..and, the, love)",
                perKeystroke(typing, n -> TrackFrameTest.bruteForce(t, n, null)),
                perKeystroke(typing, n -> f.rows(n, null, List.of())));
        String tempo = t.featureNames().get(6);
        int d = t.featureNames().size();
        // a frame that shares the columns but not the remembered sort, so each run sorts afresh
        int[] noClusters = new int[t.rows()];
        row("sort all rows by artist (first time; the frame remembers it)", BenchmarkTiming.medianMillis(REPEATS,
                () -> sortBoxed(t, Comparator.<String>nullsFirst(Comparator.<String>naturalOrder()), i -> t.artists()[i])),
                BenchmarkTiming.medianMillis(REPEATS, () -> f.withClusters(noClusters).rows("", null,
                        List.of(new TrackFrame.SortKey(TrackFrame.ARTIST, true)))));
        row("sort all rows by tempo (first time)", BenchmarkTiming.medianMillis(REPEATS,
                () -> sortBoxed(t, Comparator.<Double>nullsFirst(Comparator.<Double>naturalOrder()), i -> t.features()[i * d + 6])),
                BenchmarkTiming.medianMillis(REPEATS, () -> f.withClusters(noClusters).rows("", null,
                        List.of(new TrackFrame.SortKey(tempo, true)))));
        f.rows("", null, List.of(new TrackFrame.SortKey(tempo, true)));
        row("one keystroke ('a') with the table sorted by tempo", BenchmarkTiming.medianMillis(REPEATS, () -> {
            int[] rows = TrackFrameTest.bruteForce(t, "a", null);
            List<Integer> boxed = new ArrayList<>();
            for (int i : rows) {
                boxed.add(i);
            }
            boxed.sort(Comparator.comparing(i -> (Double) t.features()[i * d + 6]));
        }), BenchmarkTiming.medianMillis(REPEATS, () -> f.rows("a", null, List.of(new TrackFrame.SortKey(tempo, true)))));
        row("feature summaries: before overall only (mean, median, sd, range); after overall and per genre with 7 quantiles",
                BenchmarkTiming.medianMillis(REPEATS, () -> oldSummaries(t)),
                BenchmarkTiming.medianMillis(REPEATS, () -> FeatureSummaries.of(t)));
        boolean[] keep = new boolean[t.rows()];
        Arrays.fill(keep, true);
        // back to hand-written in session 27 (GenreMeans' two passes, the group-by's figures to the bit), the group-by
        // beside it
        row("per-genre means (genre grouping): hand-written again since session 27", BenchmarkTiming.medianMillis(
                REPEATS, () -> GenreMeans.of(t, keep)), BenchmarkTiming.medianMillis(REPEATS,
                () -> TablesawGenreMeans.of(t, keep)));
        row("cleaned table as CSV (to memory)", Double.NaN, BenchmarkTiming.medianMillis(REPEATS, () -> {
            try {
                CleanedCsv.write(t, new StringWriter(4 << 20));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }));
        System.out.printf(Locale.ROOT, "%nload average after: %s%n", BenchmarkTiming.loadAverage());
    }

    private interface Search {
        int[] rows(String needle);
    }

    private static double perKeystroke(String[] typing, Search search) {
        double[] each = new double[typing.length];
        for (int k = 0; k < typing.length; k++) {
            String needle = typing[k];
            each[k] = BenchmarkTiming.medianMillis(REPEATS, () -> search.rows(needle));
        }
        Arrays.sort(each);
        return each[each.length / 2];
    }

    /** The old TableView path: boxed row numbers sorted by a comparator over each row's boxed value. */
    private static <T> void sortBoxed(TrackTable t, Comparator<T> order, java.util.function.IntFunction<T> value) {
        List<Integer> rows = new ArrayList<>(t.rows());
        for (int i = 0; i < t.rows(); i++) {
            rows.add(i);
        }
        rows.sort((a, b) -> order.compare(value.apply(a), value.apply(b)));
    }

    /** The removed ResultFigures.summary: per feature a sorted copy, mean, population sd. */
    private static double oldSummaries(TrackTable t) {
        int d = t.featureNames().size();
        double check = 0;
        for (int j = 0; j < d; j++) {
            double[] values = new double[t.rows()];
            for (int i = 0; i < values.length; i++) {
                values[i] = t.features()[i * d + j];
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            double mean = sum / values.length;
            double squares = 0;
            for (double v : values) {
                squares += (v - mean) * (v - mean);
            }
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            check += median + Math.sqrt(squares / n);
        }
        return check;
    }

    private static void check(int[] want, int[] got, String needle) {
        if (!Arrays.equals(want, got)) {
            throw new IllegalStateException("the frame's search for '" + needle + "' differs from the row scan");
        }
    }

    private static void row(String work, double before, double after) {
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f |%n", work, Double.isNaN(before) ? "-" : String.format(Locale.ROOT, "%.2f", before), after);
    }
}
