package org.genrescope.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genrescope.testing.PythonReference;

/** Runs src/tools/pandas_feature_summaries.py; skips the test when python3 with pandas is not there. */
final class Pandas {
    private Pandas() { }

    static JsonNode summaries(Path csv, String genreColumn, List<String> features) throws Exception {
        List<String> args = new ArrayList<>(List.of(csv.toString(), genreColumn));
        args.addAll(features);
        return PythonReference.pandasJson("src/tools/pandas_feature_summaries.py", args);
    }
}
