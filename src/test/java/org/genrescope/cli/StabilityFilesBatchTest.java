package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.Pipeline;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.analysis.StabilityStudy;
import org.genrescope.analysis.report.StabilityWriters;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;
import org.genrescope.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stability command's six files (three of the study, three of its split tree) are one batch: all appear
 * together, and a run interrupted after the tree's files were written (the moment that used to leave the study's
 * new files beside an old tree) leaves every older file as it was and no new or temporary one.
 */
class StabilityFilesBatchTest {
    private static final List<String> FILES = List.of(StabilityWriters.PER_SEED, StabilityWriters.TRACKS,
            StabilityWriters.SUMMARY, StabilityTreeFiles.BASE + ".png", StabilityTreeFiles.BASE + ".svg",
            StabilityTreeFiles.CSV);
    private static StabilityStudy.Outcome study;

    @BeforeAll
    static void runAStudy() throws Exception {
        // PCA for the representation: the batch is what is tested, not the autoencoder
        AnalysisConfig config = Recipe.PLAIN.config(SharedData.sample()).with("representation", Representation.PCA)
                .with("projection", ProjectionMethod.NONE).with("k", 3);
        study = new StabilityStudy(new Pipeline(2, IsolatedAutoencoderTrainer.shared()), 2)
                .run(config, List.of(1L, 2L), 2, 4, ProgressListener.NONE, CancellationToken.NEVER);
        assertNotNull(study.tree(), "PCA never collapses, so there is a tree");
    }

    @Test
    void allSixFilesAppearTogether(@TempDir Path dir) throws Exception {
        StabilityCommand.writeFiles(study, dir, CancellationToken.NEVER);
        assertEquals(new java.util.TreeSet<>(FILES), new java.util.TreeSet<>(names(dir)));
    }

    @Test
    void aRunInterruptedAfterTheTreeLeavesTheOlderFilesAsTheyWere(@TempDir Path dir) throws Exception {
        for (String f : FILES) {
            Files.writeString(dir.resolve(f), "older " + f);
        }
        Map<String, String> before = contents(dir);
        assertThrows(CancelledException.class, () -> StabilityCommand.writeFiles(study, dir, treeWritten(dir)));
        assertEquals(before, contents(dir), "every older file unchanged, no temporary file left");
    }

    @Test
    void aRunInterruptedAfterTheTreeLeavesNoFileInANewFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertThrows(CancelledException.class, () -> StabilityCommand.writeFiles(study, out, treeWritten(out)));
        assertEquals(List.of(), names(out));
    }

    /** Cancelled as soon as the split tree's CSV, its last file, is being written (its temporary file exists). */
    private static CancellationToken treeWritten(Path dir) {
        return () -> names(dir).stream().anyMatch(name -> name.startsWith("." + StabilityTreeFiles.CSV + "."));
    }

    private static List<String> names(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        for (String name : names(dir)) {
            all.put(name, Files.readString(dir.resolve(name)));
        }
        assertTrue(all.size() >= FILES.size());
        return all;
    }
}
