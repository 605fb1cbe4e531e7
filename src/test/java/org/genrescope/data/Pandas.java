package org.genrescope.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs src/tools/pandas_feature_summaries.py; skips the test when python3 with pandas is not there. */
final class Pandas {
    private Pandas() { }

    static JsonNode summaries(Path csv, String genreColumn, List<String> features) throws Exception {
        assumeTrue(available(), "skipped: python3 with pandas is not installed (needed as the independent reference)");
        List<String> command = new ArrayList<>(List.of("python3", "src/tools/pandas_feature_summaries.py",
                csv.toString(), genreColumn));
        command.addAll(features);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("pandas_feature_summaries.py failed");
        }
        return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
    }

    private static boolean available() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import pandas").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
