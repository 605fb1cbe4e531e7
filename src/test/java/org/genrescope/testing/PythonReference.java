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
 * message, when no python3 with pandas is installed (neither the PATH's nor the system's).
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
        List<String> command = new ArrayList<>(List.of(INTERPRETER, script));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(script + " failed");
        }
        return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
    }

    /**
     * The python3 that runs the references: the one on the PATH if it can import pandas, else the system's
     * ({@code /usr/bin/python3}, where Debian's python3-pandas and python3-sklearn install) if that can; a python3
     * of a version manager (pyenv) on the PATH otherwise hid the system's packages and every cross-check skipped.
     */
    private static final String INTERPRETER = interpreterWith("pandas");

    /** Whether python3 can import pandas here. */
    public static boolean pandasAvailable() {
        return canImport(INTERPRETER, "pandas");
    }

    /** The python3 command to run a reference that needs {@code module} (see {@link #INTERPRETER}). */
    public static String interpreterWith(String module) {
        return canImport("python3", module) ? "python3" : canImport("/usr/bin/python3", module) ? "/usr/bin/python3"
                : "python3";
    }

    /** Whether {@code python} runs and can import {@code module}. */
    public static boolean canImport(String python, String module) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import " + module).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
