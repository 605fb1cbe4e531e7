package org.genrescope.analysis.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.ClusterExplanations;
import org.genrescope.data.CleanedCsv;
import org.genrescope.files.AtomicFiles;
import org.genrescope.task.CancellationToken;

/**
 * Writes a result's files into a folder as one {@link AtomicFiles.Batch}; the CLI and the workbench's export share
 * it. Every file is written to a temporary file first and the renames come together at the end, report.json last:
 * a process killed at any moment leaves each name with either its old complete file or its new one, and a
 * report.json of this run means every other file of this run is in place too.
 */
public final class ResultWriters {
    public static final String REPORT = "report.json";
    public static final String ASSIGNMENTS = "assignments.csv";
    /** Each cluster explained: its label, top genres, representative tracks, distinguishing features. */
    public static final String CLUSTERS = ClustersCsv.FILE_NAME;
    /** The session the cluster command writes beside the report (issue 12; written by the caller, see {@link Extra}). */
    public static final String SESSION = "session.json";

    /**
     * One more file of the batch, made by a layer above this one (the session: this package may not depend on it).
     *
     * @param fileName the file's name in the folder
     * @param content  its bytes (not copied)
     */
    public record Extra(String fileName, byte[] content) { }

    private ResultWriters() { }

    /** report.json, assignments.csv and clusters.csv; see {@link #writeAll(AnalysisResult, Path, boolean, CancellationToken)}. */
    public static void writeAll(AnalysisResult result, Path folder, CancellationToken cancel) throws IOException {
        writeAll(result, folder, false, cancel);
    }

    /**
     * report.json, assignments.csv, clusters.csv ({@link ClustersCsv}) and, with {@code cleanedCsv}, {@link CleanedCsv#FILE_NAME}, into {@code folder}
     * (created if needed).
     *
     * @throws IOException when a file cannot be written; no file is then changed, unless a rename itself failed
     *                     (see {@link AtomicFiles.Batch})
     * @throws org.genrescope.task.CancelledException when cancelled before the renames; no file is then changed
     */
    public static void writeAll(AnalysisResult result, Path folder, boolean cleanedCsv, CancellationToken cancel)
            throws IOException {
        writeAll(result, folder, cleanedCsv, java.util.List.of(), cancel);
    }

    /**
     * As {@link #writeAll(AnalysisResult, Path, boolean, CancellationToken)}, with {@code extras} (session.json) in the
     * same batch, renamed before report.json: a report.json of this run vouches for them too.
     */
    public static void writeAll(AnalysisResult result, Path folder, boolean cleanedCsv, java.util.List<Extra> extras,
                                CancellationToken cancel) throws IOException {
        Files.createDirectories(folder);
        try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
            Writer assignments = text(batch, folder.resolve(ASSIGNMENTS));
            AssignmentsCsv.write(result, assignments, cancel);
            assignments.flush(); // the commit closes and forces the file; a failure deletes it unforced
            cancel.throwIfCancelled();
            Writer clusters = text(batch, folder.resolve(CLUSTERS));
            ClustersCsv.write(ClusterExplanations.of(result), result.tracks().featureNames(), clusters);
            clusters.flush();
            if (cleanedCsv) {
                cancel.throwIfCancelled();
                Writer cleaned = text(batch, folder.resolve(CleanedCsv.FILE_NAME));
                CleanedCsv.write(result.tracks(), cleaned);
                cleaned.flush();
            }
            for (Extra extra : extras) {
                cancel.throwIfCancelled();
                batch.create(folder.resolve(extra.fileName())).write(extra.content());
            }
            cancel.throwIfCancelled();
            ReportJson.write(result, batch.create(folder.resolve(REPORT))); // created last, so renamed last
            cancel.throwIfCancelled();
            batch.commit();
        }
    }

    /** A buffered UTF-8 writer onto the batch's temporary file for {@code target}. */
    private static Writer text(AtomicFiles.Batch batch, Path target) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(batch.create(target), StandardCharsets.UTF_8), 1 << 16);
    }
}
