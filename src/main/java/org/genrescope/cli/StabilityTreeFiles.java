package org.genrescope.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.SplitTree;
import org.genrescope.analysis.report.Numbers;
import org.genrescope.figures.SplitTreeFigure;
import org.genrescope.files.AtomicFiles;
import org.genrescope.plot.PngExporter;
import org.genrescope.plot.SvgExporter;
import org.genrescope.plot.TreeFigure;

/**
 * Writes the stability command's split tree: {@value #BASE}.png and .svg (the figure the window's Stability tab shows,
 * {@link SplitTreeFigure}) and {@value #BASE}.csv, the tree's numbers with every edge, also those the figure leaves
 * out.
 */
final class StabilityTreeFiles {
    static final String BASE = "split-tree";
    static final String CSV = BASE + ".csv";
    /** Wide enough for eight layers of up to eight labelled nodes; the same aspect as the window's tab. */
    static final int WIDTH = 1200;
    static final int HEIGHT = 900;

    private StabilityTreeFiles() { }

    /**
     * Creates {@value #BASE}.png, {@value #BASE}.svg and {@value #CSV} in {@code folder} as files of {@code batch}:
     * they replace older ones when the batch commits, with the batch's other files, and never without them.
     */
    static void writeInto(AtomicFiles.Batch batch, Path folder, SplitTree tree, List<Long> seeds, AnalysisConfig config)
            throws IOException {
        TreeFigure figure = SplitTreeFigure.of(tree, seeds, config, "");
        PngExporter.write(figure, batch.create(folder.resolve(BASE + ".png")), WIDTH, HEIGHT, PngExporter.BASE_DPI);
        String svg = SvgExporter.toSvg(figure, WIDTH, HEIGHT);
        batch.create(folder.resolve(BASE + ".svg")).write(svg.getBytes(StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(batch.create(folder.resolve(CSV)),
                StandardCharsets.UTF_8));
        csv(tree, out);
        out.flush(); // the batch closes (and forces) the stream at its commit
    }

    /**
     * The tree as CSV, header {@code row,k,cluster,next_cluster,tracks,share_of_parent,stability}: first one
     * {@code node} row per cluster (k, its number, its tracks, its stability: the mean best Jaccard index with the
     * other seeds' clusters at that k, empty without another seed), then one {@code edge} row per pair of clusters
     * sharing tracks (k of the upper cluster, its number, the lower cluster's number at k + 1, the tracks both hold
     * and their share of the upper cluster's tracks). Empty fields are those a row kind does not have.
     */
    static void csv(SplitTree tree, Writer out) throws IOException {
        out.write("row,k,cluster,next_cluster,tracks,share_of_parent,stability\n");
        Map<Long, Integer> sizes = new HashMap<>();
        for (List<SplitTree.Node> layer : tree.layers()) {
            for (SplitTree.Node n : layer) {
                sizes.put(key(n.k(), n.cluster()), n.size());
                out.write("node," + n.k() + "," + n.cluster() + ",," + n.size() + ",,"
                        + (Double.isFinite(n.stability()) ? Numbers.shortest(n.stability()) : "") + "\n");
            }
        }
        for (SplitTree.Edge e : tree.edges()) {
            double share = (double) e.tracks() / sizes.get(key(e.k(), e.from()));
            out.write("edge," + e.k() + "," + e.from() + "," + e.to() + "," + e.tracks() + ","
                    + Numbers.shortest(share) + ",\n");
        }
    }

    private static long key(int k, int cluster) {
        return (long) k << 32 | cluster;
    }
}
