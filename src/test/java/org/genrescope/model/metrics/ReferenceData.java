package org.genrescope.model.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the scikit-learn reference cases for the tests. They are test resources of the project
 * ({@code src/test/resources/sklearn-reference}, a copy of {@code ../shared/reference}'s data files), so the 1e-9
 * metric tests run on any clean clone; {@link ReferenceCopyTest} keeps the copy equal to the shared original.
 */
final class ReferenceData {

    /** One case: points, clustering and reference classes. */
    record Case(String name, double[] x, int n, int d, int[] pred, int[] truth) {
    }

    private ReferenceData() {
    }

    /** Class-path folder of the bundled copy. */
    static final String RESOURCE_FOLDER = "/sklearn-reference/";

    /** The files copied from ../shared/reference (its Python scripts are not needed by the tests). */
    static final List<String> FILES = List.of("README.md", "metrics.json", "metrics_tiny.csv", "metrics_blobs.csv",
            "metrics_overlap.csv");

    /** A bundled reference file's text. */
    static String read(String file) throws IOException {
        try (java.io.InputStream in = ReferenceData.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
            if (in == null) {
                throw new java.io.FileNotFoundException("test resource " + RESOURCE_FOLDER + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The shared original folder, or null when ../shared is not beside the project. */
    static Path sharedFolder() {
        String shared = System.getProperty("genrescope.shared", "../shared");
        Path folder = Paths.get(shared, "reference");
        return Files.isRegularFile(folder.resolve("metrics.json")) ? folder : null;
    }

    static Case readCase(String name) throws IOException {
        List<String> lines = read("metrics_" + name + ".csv").lines().toList();
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
