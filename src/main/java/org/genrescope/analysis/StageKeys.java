package org.genrescope.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The settings each pipeline stage depends on, as keys of {@link StageCache}, derived from the settings'
 * {@code usedBy} descriptions ({@link AnalysisConfig}). Each key contains the key of the stage before it, so a
 * change early in the chain invalidates everything after it; a projection follows the representation, not the
 * clustering, so changing k or the algorithm never recomputes it.
 */
final class StageKeys {
    /** The stages, as the settings' {@code usedBy} names them. */
    static final String LOAD = "load";
    static final String GROUP = "group";
    static final String SCALE = "scale";
    static final String REPRESENT = "represent";
    static final String CLUSTER = "cluster";
    static final String PROJECT = "project";

    private StageKeys() { }

    /**
     * One stage's key.
     *
     * @param before the key of the stage whose result this one reads (null for the load)
     * @param stage  the stage's name
     * @param inputs "setting=value" for each setting the stage uses under this config
     */
    record Key(Key before, String stage, List<String> inputs) {
        Key {
            inputs = List.copyOf(inputs);
        }
    }

    /** The load's key: the input as it is on disk now (path, sizes, modification times) and how it is read. */
    static Key load(AnalysisConfig c) throws IOException {
        Path input = c.input().toAbsolutePath().normalize();
        List<String> inputs = new ArrayList<>();
        inputs.add("input=" + input);
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.list(input)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    inputs.add(stamp(f));
                }
            }
        } else if (Files.exists(input)) {
            inputs.add(stamp(input));
        }
        inputs.addAll(AnalysisConfig.SCHEMA.inputsOf(c, LOAD));
        return new Key(null, LOAD, inputs);
    }

    /** The key of {@code stage}, which reads the result of the stage keyed {@code before}. */
    static Key of(Key before, String stage, AnalysisConfig c) {
        return new Key(before, stage, AnalysisConfig.SCHEMA.inputsOf(c, stage));
    }

    /** Each stage and the stage whose result it reads, in pipeline order. */
    private static final List<String[]> CHAIN = List.of(new String[] {GROUP, LOAD}, new String[] {SCALE, GROUP},
            new String[] {REPRESENT, SCALE}, new String[] {CLUSTER, REPRESENT}, new String[] {PROJECT, REPRESENT});

    /**
     * The stages a run of {@code after} must recompute where a run of {@code before} could be re-used (the input
     * files taken as unchanged): a stage whose settings changed, and every stage after it.
     */
    static List<String> changed(AnalysisConfig before, AnalysisConfig after) {
        List<String> out = new ArrayList<>();
        if (!before.input().equals(after.input())
                || !AnalysisConfig.SCHEMA.inputsOf(before, LOAD).equals(AnalysisConfig.SCHEMA.inputsOf(after, LOAD))) {
            out.add(LOAD);
        }
        for (String[] link : CHAIN) {
            if (out.contains(link[1]) || !AnalysisConfig.SCHEMA.inputsOf(before, link[0])
                    .equals(AnalysisConfig.SCHEMA.inputsOf(after, link[0]))) {
                out.add(link[0]);
            }
        }
        return List.copyOf(out);
    }

    private static String stamp(Path f) throws IOException {
        return "file=" + f.getFileName() + ":" + Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis();
    }
}
