package org.genrescope.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A problem with an input file the user can fix. {@link #getMessage()} is one sentence on one line naming the
 * file, the physical line (from 1) and the column where known.
 */
public final class DataLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String column;
    private final boolean notEnoughMemory;

    public DataLoadException(Path file, long line, String column, String problem) {
        this(file, line, column, problem, null);
    }

    public DataLoadException(Path file, long line, String column, String problem, Throwable cause) {
        this(file, line, column, problem, cause, false);
    }

    private DataLoadException(Path file, long line, String column, String problem, Throwable cause,
                              boolean notEnoughMemory) {
        super(sentence(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.notEnoughMemory = notEnoughMemory;
    }

    /** A load refused before reading because it would not fit in the heap; {@code problem} says what to give. */
    static DataLoadException notEnoughMemory(Path file, String problem) {
        return new DataLoadException(file, 0, null, problem, null, true);
    }

    /** True when the input is fine but Java's heap is too small for it (the command line exits with 3, not 2). */
    public boolean notEnoughMemory() {
        return notEnoughMemory;
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
        return visible(where + ": " + text);
    }

    /**
     * The sentence on one line whatever the file holds: a line break or another control character from a column
     * name, a cell or a path is shown as an escape ({@code \n}, {@code \r}, {@code \t}, else backslash-u and four
     * hex digits), not written out. Found by fuzzing: a header cell holding a newline split the message in two.
     */
    static String visible(String sentence) {
        StringBuilder out = null;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(sentence.length() + 8).append(sentence, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (!control) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out == null ? sentence : out.toString();
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
