package org.genrescope.analysis.report;

import java.io.IOException;
import java.nio.file.Path;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.files.AtomicFiles;
import org.genrescope.task.CancellationToken;

/** Writes a result's files into a folder, each atomically; the CLI and the workbench's export share it. */
public final class ResultWriters {
    public static final String REPORT = "report.json";
    public static final String ASSIGNMENTS = "assignments.csv";

    private ResultWriters() { }

    public static void writeAll(AnalysisResult result, Path folder, CancellationToken cancel) throws IOException {
        java.nio.file.Files.createDirectories(folder);
        AtomicFiles.writeText(folder.resolve(ASSIGNMENTS), out -> AssignmentsCsv.write(result, out, cancel));
        cancel.throwIfCancelled();
        AtomicFiles.write(folder.resolve(REPORT), out -> ReportJson.write(result, out));
    }
}
