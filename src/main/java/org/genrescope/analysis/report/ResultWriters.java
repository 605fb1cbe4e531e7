package org.genrescope.analysis.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genrescope.analysis.AnalysisResult;
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

    private ResultWriters() { }

    /** report.json and assignments.csv; see {@link #writeAll(AnalysisResult, Path, boolean, CancellationToken)}. */
    public static void writeAll(AnalysisResult result, Path folder, CancellationToken cancel) throws IOException {
        writeAll(result, folder, false, cancel);
    }

    /**
     * report.json, assignments.csv and, with {@code cleanedCsv}, {@link CleanedCsv#FILE_NAME}, into {@code folder}
     * (created if needed).
     *
     * @throws IOException when a file cannot be written; no file is then changed, unless a rename itself failed
     *                     (see {@link AtomicFiles.Batch})
     * @throws org.genrescope.task.CancelledException when cancelled before the renames; no file is then changed
     */
    public static void writeAll(AnalysisResult result, Path folder, boolean cleanedCsv, CancellationToken cancel)
            throws IOException {
        Files.createDirectories(folder);
        try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
            Writer assignments = text(batch, folder.resolve(ASSIGNMENTS));
            AssignmentsCsv.write(result, assignments, cancel);
            assignments.flush(); // the commit closes and forces the file; a failure deletes it unforced
            if (cleanedCsv) {
                cancel.throwIfCancelled();
                Writer cleaned = text(batch, folder.resolve(CleanedCsv.FILE_NAME));
                CleanedCsv.write(result.tracks(), cleaned);
                cleaned.flush();
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
