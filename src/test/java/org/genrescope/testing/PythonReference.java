package org.genrescope.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of src/tools' pandas scripts as the independent reference a test compares with; skips the test, with a
 * message, when python3 with pandas is not installed.
 */
public final class PythonReference {
    private PythonReference() { }

    /**
     * Runs {@code python3 script args...} and reads the JSON it prints.
     *
     * @throws IOException when the script fails or does not end within two minutes
     */
    public static JsonNode pandasJson(String script, List<String> args) throws IOException, InterruptedException {
        assumeTrue(pandasAvailable(), "skipped: python3 with pandas is not installed (needed as the independent "
                + "reference)");
        List<String> command = new ArrayList<>(List.of("python3", script));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(script + " failed");
        }
        return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
    }

    /** Whether python3 can import pandas here. */
    public static boolean pandasAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import pandas").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
