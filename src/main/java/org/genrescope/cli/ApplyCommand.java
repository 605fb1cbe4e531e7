package org.genrescope.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.InputFingerprint;
import org.genrescope.analysis.report.AssignmentsCsv;
import org.genrescope.analysis.report.ResultWriters;
import org.genrescope.data.DataLoadException;
import org.genrescope.data.DataLoader;
import org.genrescope.data.TrackTable;
import org.genrescope.features.GenreGrouping;
import org.genrescope.files.AtomicFiles;
import org.genrescope.session.AppliedModel;
import org.genrescope.session.Session;
import org.genrescope.session.SessionFile;
import org.genrescope.session.SessionFormatException;
import org.genrescope.session.SessionJson;
import org.genrescope.settings.InvalidSettingException;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Assigns tracks to a saved session's clusters (issue 12): reads the input with the session's import settings, applies
 * its cleaning and genre steps, its fitted scaler (never refitted) and its encoder, and assigns each track to the
 * nearest K-Means centre or to the cluster of a DBSCAN core point within eps (else noise), writing assignments.csv
 * as the cluster command does (x and y empty: a layout is not extended to new tracks).
 *
 * <p>Memory: the readers load the whole table (ids, metadata, genres, raw features), as the cluster command does;
 * from there the rows go through the scaler, the encoder and the assignment in chunks of {@value #CHUNK} rows and
 * are written as they are assigned, so the scaled features and codes held are one chunk's, whatever the input's
 * size. Cleaning with {@code --missing mean} or {@code median} fills a gap from the new data's own column, and
 * clubbing minor genres counts the new data's genres: the genre column follows the new data, the clusters do not.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Assigns the tracks of --input to the clusters of a session.json that 'cluster' wrote: K-Means "
            + "by the nearest centre, DBSCAN by a core point within eps (else noise -1). Writes assignments.csv into "
            + "--out, in the format of 'cluster'.",
            "The input is read, cleaned and scaled with the session's settings and fitted scaler; nothing is refitted."})
final class ApplyCommand implements Callable<Integer> {
    /** Rows scaled, encoded and assigned at a time. */
    static final int CHUNK = 4096;

    @Option(names = "--session", required = true, paramLabel = "FILE",
            description = "A session.json written by 'cluster' (or a session saved by the workbench).")
    Path session;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "An FMA metadata folder or a flat CSV with the session's feature columns.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for assignments.csv (created if needed).")
    Path out;

    @Mixin
    DebugAndOutput basics;

    @Override
    public Integer call() throws Exception {
        basics.start(out);
        Session saved = read(session);
        AppliedModel model;
        try {
            model = AppliedModel.of(saved);
        } catch (SessionFormatException e) {
            throw new InvalidSettingException("--session", session + " cannot assign tracks: " + e.getMessage());
        }
        AnalysisConfig config = saved.config().withInput(input);
        CancellationSource cancel = new CancellationSource();
        ConsoleProgress progress = new ConsoleProgress(System.err, ConsoleProgress.stderrIsTerminal());
        return Interruptible.run(cancel, () -> {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString());
            }
            String sha256 = InputFingerprint.sha256(input, cancel);
            TrackTable table = DataLoader.load(input, config.importOptions(), progress, cancel);
            TrackTable tracks = GenreGrouping.apply(table, config.grouping()).tracks();
            int[] columns = columnsOf(input, tracks, model);
            Files.createDirectories(out);
            AtomicFiles.write(out.resolve(ResultWriters.ASSIGNMENTS), stream -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                write(tracks, columns, model, writer, cancel);
                writer.flush();
            });
            progress.finish();
            ClusterCommand.printReading(tracks.report(), System.err);
            if (!sha256.equals(saved.inputSha256())) {
                System.err.println("note: " + input + " is not the data the session was fitted on (its SHA-256 "
                        + "differs), so its tracks were assigned as new tracks.");
            }
            System.out.println("assigned " + tracks.rows() + " tracks to the " + saved.stages().clustering().clusterCount()
                    + " clusters of " + session + "; wrote " + out.resolve(ResultWriters.ASSIGNMENTS));
            return GenrescopeCommand.EXIT_OK;
        });
    }

    /**
     * Reads the session file.
     *
     * @throws InvalidSettingException naming --session, the file and what is wrong with it, in one sentence
     */
    static Session read(Path file) throws IOException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > SessionFile.MAX_BYTES) {
                throw new InvalidSettingException("--session", file + " is " + size / (1 << 20) + " MB, more than the "
                        + SessionFile.MAX_BYTES / (1 << 20) + " MB a session may be");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) SessionFile.MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidSettingException("--session", file + ": no such file");
        }
        try {
            return SessionJson.read(bytes);
        } catch (SessionFormatException e) {
            throw new InvalidSettingException("--session", file + " is not a usable session: " + e.getMessage());
        }
    }

    /**
     * Where each of the model's features is among the table's columns: the column of the same name, else the one
     * column whose last dot-separated part is the feature's (as {@code --features} accepts any unique dot-suffix), so
     * that a session fitted on an FMA folder ({@code echonest.audio_features.tempo}) applies to a flat CSV of the same
     * features ({@code tempo}), and the other way round.
     *
     * @throws DataLoadException naming the input and the first feature it lacks, or matches more than once
     */
    static int[] columnsOf(Path input, TrackTable tracks, AppliedModel model) throws DataLoadException {
        List<String> names = tracks.featureNames();
        int[] columns = new int[model.features().size()];
        for (int j = 0; j < columns.length; j++) {
            String feature = model.features().get(j);
            columns[j] = names.indexOf(feature);
            if (columns[j] >= 0) {
                continue;
            }
            List<String> sameShortName = names.stream().filter(n -> lastPart(n).equals(lastPart(feature))).toList();
            if (sameShortName.size() > 1) {
                throw new DataLoadException(input, 0, feature, "the session's model reads this feature and the input "
                        + "has several columns it could be (" + String.join(", ", sameShortName) + ")");
            }
            if (sameShortName.isEmpty()) {
                throw new DataLoadException(input, 0, feature,
                        "the session's model reads this feature and the input has no such column");
            }
            columns[j] = names.indexOf(sameShortName.get(0));
        }
        return columns;
    }

    private static String lastPart(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Streams the tracks through the model {@value #CHUNK} rows at a time, writing each chunk's lines. */
    static void write(TrackTable tracks, int[] columns, AppliedModel model, Writer out, CancellationToken cancel)
            throws IOException {
        int width = model.width();
        int d = columns.length;
        out.write(AssignmentsCsv.header(width));
        String[] genres = tracks.genres();
        StringBuilder line = new StringBuilder(256);
        for (int start = 0; start < tracks.rows(); start += CHUNK) {
            cancel.throwIfCancelled();
            int m = Math.min(CHUNK, tracks.rows() - start);
            double[] raw = new double[m * d];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < d; j++) {
                    raw[i * d + j] = tracks.feature(start + i, columns[j]);
                }
            }
            AppliedModel.Applied applied = model.apply(raw, m);
            for (int i = 0; i < m; i++) {
                line.setLength(0);
                AssignmentsCsv.appendRow(line, tracks.idText(start + i), genres[start + i], applied.labels()[i],
                        applied.codes(), i * width, width, null, i);
                out.write(line.toString());
            }
        }
    }
}
