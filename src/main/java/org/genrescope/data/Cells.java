package org.genrescope.data;

import java.util.Set;

/**
 * Parses cell text into numbers, ids, id lists and years, independently of the default locale.
 * Problems are returned as {@link CellFormatException}s carrying a user-readable sentence fragment, so
 * readers can add the file, line and column.
 */
final class Cells {

    private Cells() {
    }

    /** A cell that does not hold what its column needs; the message is a sentence fragment. */
    static final class CellFormatException extends Exception {
        private static final long serialVersionUID = 1L;

        CellFormatException(String problem) {
            super(problem, null, false, false);
        }
    }

    /**
     * The spellings that mean "no value" besides the empty cell: pandas' and R's defaults that matter for
     * numbers. Matched exactly (after stripping blanks), as pandas does, except that NaN in any case counts,
     * as it always has here.
     */
    static final Set<String> MISSING_SPELLINGS = Set.of("NA", "N/A", "NaN", "nan", "null", "NULL", "None");

    /** True for the cells that mean "no value": empty or one of {@link #MISSING_SPELLINGS}. */
    static boolean isMissing(String cell) {
        return isMissing(cell, Set.of());
    }

    /** True for the cells that mean "no value": empty, one of {@link #MISSING_SPELLINGS} or of {@code extra}. */
    static boolean isMissing(String cell, Set<String> extra) {
        String text = cell.strip();
        return text.isEmpty() || MISSING_SPELLINGS.contains(text) || text.equalsIgnoreCase("nan")
                || extra.contains(text);
    }

    /**
     * A finite decimal number such as {@code 0.5}, {@code -1.2e-3} or {@code 2009.0}; NaN for a missing
     * cell. Only the characters of plain decimal notation are accepted: Java's own parser would also
     * take {@code 1d}, {@code 0x1p3} and {@code Infinity}, which no CSV tool writes as numbers.
     */
    static double number(String cell) throws CellFormatException {
        return number(cell, '.', Set.of());
    }

    /**
     * As {@link #number(String)}, with {@code decimalMark} ('.' or ',') separating the fraction, and the
     * {@code extraMissing} spellings also read as missing (NaN). With a decimal comma, a point is not accepted:
     * {@code 1.234,5} (a thousands separator) is not a number rather than silently a thousand times smaller.
     */
    static double number(String cell, char decimalMark, Set<String> extraMissing) throws CellFormatException {
        if (decimalMark == '.') {
            double fast = plainDecimal(cell);
            if (!Double.isNaN(fast)) {
                return fast;
            }
        }
        if (isMissing(cell, extraMissing)) {
            return Double.NaN;
        }
        String text = cell.strip();
        if (decimalMark == ',') {
            if (text.indexOf('.') >= 0) {
                throw notANumber(cell);
            }
            text = text.replace(',', '.');
        }
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                throw notANumber(cell);
            }
        }
        if (!digit) {
            throw notANumber(cell);
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw notANumber(cell);
        }
        if (Double.isInfinite(value)) {
            throw new CellFormatException(quote(cell) + " is too large");
        }
        return value;
    }

    /** Exact powers of ten as doubles: 10^0 .. 10^22, the range where a double holds them without rounding. */
    private static final double[] EXACT_POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int i = 0; i < EXACT_POWERS_OF_TEN.length; i++) {
            EXACT_POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    /**
     * The value of {@code text} when it is plain decimal notation ({@code -1.2345678901e+00}, {@code 0.25},
     * {@code 120}) with at most 15 significant digits and a power of ten within 10^±22; NaN for any other text,
     * which {@link #number} then reads the slow way. The fast-path of Clinger (1990): the digits and the power
     * of ten are both exact doubles, so one multiplication or division rounds correctly and the result equals
     * {@link Double#parseDouble}'s bit for bit. FMA's features.csv ({@code %.10e}, 11 digits) always takes it;
     * it took a third off the CPU time of loading features.csv (docs/benchmarks.md).
     */
    static double plainDecimal(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long digits = 0;
        int significant = 0;
        int scale = 0;
        boolean anyDigit = false;
        boolean point = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (digits == 0 && c == '0') {
                    if (point) {
                        scale--; // a leading zero after the point only moves the scale
                    }
                    continue;
                }
                if (++significant > 15) {
                    return Double.NaN;
                }
                digits = digits * 10 + (c - '0');
                if (point) {
                    scale--;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!anyDigit) {
            return Double.NaN;
        }
        if (i < length) {
            char e = text.charAt(i);
            if (e != 'e' && e != 'E' || ++i == length) {
                return Double.NaN;
            }
            boolean negativeExponent = false;
            if (text.charAt(i) == '-' || text.charAt(i) == '+') {
                negativeExponent = text.charAt(i) == '-';
                if (++i == length) {
                    return Double.NaN;
                }
            }
            int exponent = 0;
            for (; i < length; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9' || exponent > 1000) {
                    return Double.NaN;
                }
                exponent = exponent * 10 + (c - '0');
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        double value;
        if (digits == 0) {
            value = 0;
        } else if (scale >= 0 && scale < EXACT_POWERS_OF_TEN.length) {
            value = digits * EXACT_POWERS_OF_TEN[scale];
        } else if (scale < 0 && -scale < EXACT_POWERS_OF_TEN.length) {
            value = digits / EXACT_POWERS_OF_TEN[-scale];
        } else {
            return Double.NaN;
        }
        return negative ? -value : value;
    }

    /** A whole-number id such as a track id; {@code 12.0} is accepted, {@code 12.5} and empty are not. */
    static long id(String cell) throws CellFormatException {
        return id(cell, '.');
    }

    /** As {@link #id(String)}, with {@code decimalMark} in {@code 12,0}. */
    static long id(String cell, char decimalMark) throws CellFormatException {
        String text = cell.strip();
        if (text.isEmpty()) {
            throw new CellFormatException("the id is empty");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            double value = number(text, decimalMark, Set.of());
            if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
                return (long) value;
            }
            throw new CellFormatException(quote(cell) + " is not a whole number");
        }
    }

    /**
     * A Python-style list of ids as FMA writes them: {@code [21, 12]}, {@code []}. Returns null for an
     * empty cell (the list itself is missing).
     */
    static long[] idList(String cell) throws CellFormatException {
        String text = cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() < 2 || text.charAt(0) != '[' || text.charAt(text.length() - 1) != ']') {
            throw new CellFormatException(quote(cell) + " is not a list like [21, 12]");
        }
        String inner = text.substring(1, text.length() - 1).strip();
        if (inner.isEmpty()) {
            return new long[0];
        }
        String[] parts = inner.split(",", -1);
        long[] ids = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            // pandas may write ids it read as strings with quotes: ['21', '12']
            if (part.length() >= 2 && (part.charAt(0) == '\'' || part.charAt(0) == '"')
                    && part.charAt(part.length() - 1) == part.charAt(0)) {
                part = part.substring(1, part.length() - 1).strip();
            }
            try {
                ids[i] = Long.parseLong(part);
            } catch (NumberFormatException e) {
                throw new CellFormatException(quote(cell) + " is not a list of whole numbers like [21, 12]");
            }
        }
        return ids;
    }

    /**
     * The year of a date or year cell: {@code 2009-01-01 00:00:00}, {@code 2009}, {@code 2009.0}. Returns 0
     * when the cell is empty or holds no plausible year: metadata never stops a load.
     */
    static int year(String cell) {
        String text = cell.strip();
        boolean datePrefix = text.length() > 4 && isAsciiDigits(text.substring(0, 4))
                && "-/ T".indexOf(text.charAt(4)) >= 0;
        if (datePrefix) {
            return Integer.parseInt(text.substring(0, 4));
        }
        try {
            double value = number(text);
            if (value >= 1 && value <= 9999 && value == Math.rint(value)) {
                return (int) value;
            }
        } catch (CellFormatException e) {
            // not a year; metadata is optional
        }
        return 0;
    }

    private static boolean isAsciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Cell text for messages: quoted, shortened when long, line breaks shown as spaces. */
    static String quote(String cell) {
        String text = cell.replace('\n', ' ').replace('\r', ' ');
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return '"' + text + '"';
    }

    private static CellFormatException notANumber(String cell) {
        return new CellFormatException(quote(cell) + " is not a number");
    }

    /** Text for a metadata cell: null when empty. */
    static String text(String cell) {
        String text = cell.strip();
        return text.isEmpty() ? null : text;
    }
}
