package org.genrescope.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A problem with an input file the user can fix. {@link #getMessage()} is one sentence naming the
 * file, the physical line (from 1) and the column where known.
 */
public final class DataLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String column;

    public DataLoadException(Path file, long line, String column, String problem) {
        this(file, line, column, problem, null);
    }

    public DataLoadException(Path file, long line, String column, String problem, Throwable cause) {
        super(sentence(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String sentence(Path file, long line, String column, String problem) {
        StringBuilder where = new StringBuilder();
        where.append(file == null ? "input" : file.toString());
        if (line > 0) {
            where.append(", line ").append(line);
        }
        if (column != null && !column.isEmpty()) {
            where.append(", column '").append(column).append('\'');
        }
        String text = problem.endsWith(".") ? problem : problem + ".";
        return where + ": " + text;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Physical line number from 1, or 0 when the problem is not tied to a line. */
    public long line() {
        return line;
    }

    public Optional<String> column() {
        return Optional.ofNullable(column);
    }
}
