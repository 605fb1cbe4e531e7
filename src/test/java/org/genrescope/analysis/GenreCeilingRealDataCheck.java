package org.genrescope.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/**
 * Writes the scaled features, genres and folds the compare command's genre ceiling uses for a data folder (seed
 * recipe unless told otherwise), with the ceiling's per-fold scores, so that src/tools/genre_ceiling_sklearn.py
 * {@code --check} can fit scikit-learn on the same folds:
 *
 * <pre>java -cp ... org.genrescope.analysis.GenreCeilingRealDataCheck ../shared/fma/fma_metadata /tmp/ceiling.json
 * /usr/bin/python3 src/tools/genre_ceiling_sklearn.py --check /tmp/ceiling.json</pre>
 */
public final class GenreCeilingRealDataCheck {
    private GenreCeilingRealDataCheck() { }

    public static void main(String[] args) throws Exception {
        AnalysisConfig config = Recipe.SEED.config(Path.of(args[0])).with("representation", Representation.FEATURES);
        Pipeline.Prepared p = new Pipeline(1, IsolatedAutoencoderTrainer.shared())
                .prepare(config, ProgressListener.NONE, CancellationToken.NEVER);
        double[] x = p.scaled().values();
        int n = p.scaled().rows();
        int d = p.scaled().columns();
        int[] genre = p.genreCodes();
        int[] fold = GenreCeiling.stratifiedFolds(genre, GenreCeiling.FOLDS, 1);
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = java.util.Arrays.copyOfRange(x, i * d, (i + 1) * d);
        }
        GenreCeiling.Result r = GenreCeiling.crossValidate(rows, genre, fold, GenreCeiling.FOLDS, 1).result();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("x", rows);
        out.put("y", genre);
        out.put("fold", fold);
        out.put("genrescope", r.model());
        out.put("genrescope_baseline", r.baseline());
        new ObjectMapper().writeValue(Path.of(args[1]).toFile(), out);
        System.out.println(n + " tracks, " + r.genres() + " genres: " + r.model());
    }
}
