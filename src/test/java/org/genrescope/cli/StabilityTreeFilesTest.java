package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.SplitTree;
import org.genrescope.files.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * split-tree.csv on five tracks, every number worked out by hand (the working is in the comments), and the three
 * files written side by side.
 */
class StabilityTreeFilesTest {
    private static final double EPS = 1e-12;

    // reference: k = 2 {0,1,2} {3,4}; k = 3 {0,1} {2,3} {4}
    private static final List<int[]> REFERENCE = List.of(new int[] {0, 0, 0, 1, 1}, new int[] {0, 0, 1, 1, 2});
    // seed b: k = 2 {0,1} {2,3,4}; k = 3 {0} {1,2} {3,4}
    private static final List<int[]> SEED_B = List.of(new int[] {0, 0, 1, 1, 1}, new int[] {0, 1, 1, 2, 2});
    // seed c: the reference's partitions, at k = 2 with the numbers swapped
    private static final List<int[]> SEED_C = List.of(new int[] {1, 1, 1, 0, 0}, new int[] {0, 0, 1, 1, 2});

    @Test
    void theCsvHoldsEveryNodeWithItsStabilityAndEveryEdgeWithItsShareOfTheParent() throws Exception {
        StringWriter out = new StringWriter();
        StabilityTreeFiles.csv(SplitTree.of(2, REFERENCE, List.of(SEED_B, SEED_C)), out);
        List<String> lines = out.toString().lines().toList();
        assertEquals("row,k,cluster,next_cluster,tracks,share_of_parent,stability", lines.get(0));
        assertEquals(1 + 5 + 4, lines.size(), "a header, 2 + 3 nodes, 4 edges");
        // nodes: stability is the mean of the best Jaccard index with b's clusters and with c's (always 1 for c):
        // k = 2 {0,1,2}: b {0,1} 2/3 ({2,3,4} 1/5) -> 5/6; {3,4}: b {2,3,4} 2/3 -> 5/6
        // k = 3 {0,1}: b {0} 1/2 ({1,2} 1/3) -> 3/4; {2,3}: b {1,2} or {3,4} 1/3 -> 2/3; {4}: b {3,4} 1/2 -> 3/4
        node(lines.get(1), 2, 0, 3, 5.0 / 6);
        node(lines.get(2), 2, 1, 2, 5.0 / 6);
        node(lines.get(3), 3, 0, 2, 3.0 / 4);
        node(lines.get(4), 3, 1, 2, 2.0 / 3);
        node(lines.get(5), 3, 2, 1, 3.0 / 4);
        // edges: {0,1,2} -> {0,1}: 2 of its 3 tracks, -> {2,3}: 1 of 3; {3,4} -> {2,3}: 1 of 2, -> {4}: 1 of 2
        edge(lines.get(6), 2, 0, 0, 2, 2.0 / 3);
        edge(lines.get(7), 2, 0, 1, 1, 1.0 / 3);
        edge(lines.get(8), 2, 1, 1, 1, 0.5);
        edge(lines.get(9), 2, 1, 2, 1, 0.5);
    }

    @Test
    void withoutAnotherSeedTheStabilityIsEmpty() throws Exception {
        StringWriter out = new StringWriter();
        StabilityTreeFiles.csv(SplitTree.of(2, REFERENCE, List.of()), out);
        assertEquals("node,2,0,,3,,", out.toString().lines().toList().get(1));
    }

    @Test
    void thePngSvgAndCsvAreWrittenSideBySide(@TempDir Path dir) throws Exception {
        try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
            StabilityTreeFiles.writeInto(batch, dir, SplitTree.of(2, REFERENCE, List.of(SEED_B, SEED_C)),
                    List.of(1L, 2L, 3L), Recipe.SEED.config(Path.of("x.csv")));
            batch.commit();
        }
        BufferedImage png = ImageIO.read(dir.resolve("split-tree.png").toFile());
        assertEquals(StabilityTreeFiles.WIDTH, png.getWidth());
        assertEquals(StabilityTreeFiles.HEIGHT, png.getHeight());
        String svg = Files.readString(dir.resolve("split-tree.svg"));
        assertTrue(svg.contains("<svg") && svg.contains("How the clusters split as k grows"), svg.substring(0, 200));
        assertEquals(10, Files.readAllLines(dir.resolve("split-tree.csv")).size());
    }

    private static void node(String line, int k, int cluster, int size, double stability) {
        String[] c = line.split(",", -1);
        assertEquals(List.of("node", "" + k, "" + cluster, "", "" + size, ""), List.of(c).subList(0, 6), line);
        assertEquals(stability, Double.parseDouble(c[6]), EPS, line);
    }

    private static void edge(String line, int k, int from, int to, int tracks, double share) {
        String[] c = line.split(",", -1);
        assertEquals(List.of("edge", "" + k, "" + from, "" + to, "" + tracks), List.of(c).subList(0, 5), line);
        assertEquals(share, Double.parseDouble(c[5]), EPS, line);
        assertEquals("", c[6], line);
    }
}
