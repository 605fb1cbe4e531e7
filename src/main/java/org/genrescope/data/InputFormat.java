package org.genrescope.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.ProgressListener;

/** The kinds of input Genrescope reads, and how to tell them apart from a path. */
public enum InputFormat {
    /** An FMA metadata folder: tracks.csv, genres.csv, echonest.csv and/or features.csv. */
    FMA_FOLDER {
        @Override
        public TrackTable read(Path path, ImportOptions options, ProgressListener progress, CancellationToken cancel)
                throws DataLoadException {
            Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            return FmaFolderReader.read(folder, options, progress, cancel);
        }
    },
    /** One CSV file with one header row (comma-, semicolon-, tab- or pipe-separated). */
    FLAT_CSV {
        @Override
        public TrackTable read(Path path, ImportOptions options, ProgressListener progress, CancellationToken cancel)
                throws DataLoadException {
            return FlatCsvReader.read(path, options, progress, cancel);
        }
    };

    private static final java.util.List<String> FLAT_EXTENSIONS = java.util.List.of(".csv", ".tsv", ".tab", ".txt");

    private static final Set<String> FMA_FILE_NAMES = Set.of(FmaFolderReader.TRACKS_CSV,
            FmaFolderReader.ECHONEST_CSV, FmaFolderReader.FEATURES_CSV);

    /** Reads the input at {@code path} in this format. */
    public abstract TrackTable read(Path path, ImportOptions options, ProgressListener progress,
                                    CancellationToken cancel) throws DataLoadException;

    /**
     * A folder is an FMA folder and a {@code .csv}, {@code .tsv}, {@code .tab} or {@code .txt} file a flat table
     * (its delimiter is detected from its content, not its name). One exception: a file such as
     * {@code tracks.csv} whose first row starts with a comma (FMA's multi-row header) means the folder
     * holding it, because users often pick a file where a folder is wanted.
     *
     * @throws DataLoadException when the path does not exist or is neither a folder nor a CSV file
     */
    public static InputFormat detect(Path path) throws DataLoadException {
        if (Files.isDirectory(path)) {
            return FMA_FOLDER;
        }
        if (!Files.exists(path)) {
            throw new DataLoadException(path, 0, null, "no such file or folder");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!FLAT_EXTENSIONS.stream().anyMatch(name::endsWith)) {
            throw new DataLoadException(path, 0, null,
                    "this is neither a folder of FMA metadata nor a CSV file (.csv, .tsv, .tab or .txt)");
        }
        return FMA_FILE_NAMES.contains(name) && startsWithMultiRowHeader(path) ? FMA_FOLDER : FLAT_CSV;
    }

    private static boolean startsWithMultiRowHeader(Path file) throws DataLoadException {
        String first = firstLine(file);
        return first != null && startsAsMultiRowHeader(first);
    }

    /**
     * Whether {@code file} has a first line that does not start as FMA's multi-row header does (an empty first cell,
     * or echonest's and features.csv's "feature"): a flat table's header. False for an empty file, which the reader
     * then refuses as such. Read as bytes, so that any encoding passes.
     *
     * @throws DataLoadException when the file cannot be read
     */
    static boolean startsWithOneRowHeader(Path file) throws DataLoadException {
        String first = firstLine(file);
        return first != null && !first.isBlank() && !startsAsMultiRowHeader(first);
    }

    private static boolean startsAsMultiRowHeader(String firstLine) {
        return firstLine.startsWith(",") || firstLine.startsWith("feature,");
    }

    /** The file's first line in ISO-8859-1, without a UTF-8 byte order mark; null for an empty file. */
    private static String firstLine(Path file) throws DataLoadException {
        // only an ASCII prefix matters, so any bytes decode: a Windows-1252 or binary tracks.csv is decided by its
        // content later, with a sentence about that content, not failed here on its encoding
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            return first != null && first.startsWith("\u00EF\u00BB\u00BF") ? first.substring(3) : first;
        } catch (IOException e) {
            throw new DataLoadException(file, 0, null, "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
