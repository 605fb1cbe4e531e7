package org.genrescope.model.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the scikit-learn reference cases in {@code ../shared/reference} for the tests. */
final class ReferenceData {

    /** One case: points, clustering and reference classes. */
    record Case(String name, double[] x, int n, int d, int[] pred, int[] truth) {
    }

    private ReferenceData() {
    }

    /** The reference folder, or null when the shared data is not available on this machine. */
    static Path referenceFolder() {
        String shared = System.getProperty("genrescope.shared", "../shared");
        Path folder = Paths.get(shared, "reference");
        return Files.isRegularFile(folder.resolve("metrics.json")) ? folder : null;
    }

    static Case readCase(Path folder, String name) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("metrics_" + name + ".csv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int predColumn = header.indexOf("label_pred");
        int truthColumn = header.indexOf("label_true");
        List<Integer> xColumns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).matches("x\\d+")) {
                xColumns.add(c);
            }
        }
        int n = lines.size() - 1;
        int d = xColumns.size();
        double[] x = new double[n * d];
        int[] pred = new int[n];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",");
            for (int m = 0; m < d; m++) {
                x[i * d + m] = Double.parseDouble(cells[xColumns.get(m)]);
            }
            pred[i] = parseLabel(cells[predColumn]);
            truth[i] = parseLabel(cells[truthColumn]);
        }
        return new Case(name, x, n, d, pred, truth);
    }

    private static int parseLabel(String cell) {
        // pandas may write integer labels as "3.0"
        double value = Double.parseDouble(cell);
        int label = (int) value;
        if (label != value) {
            throw new IllegalArgumentException("not an integer label: " + cell);
        }
        return label;
    }
}
