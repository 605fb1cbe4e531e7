package org.genrescope.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.settings.SettingField;

/**
 * Puts a note or error written for the command line into the window's words, in one place: the pipeline and the
 * readers name a setting by its option ({@code --drop-genres}) and a projection by its short id ({@code umap});
 * the window names the setting by its control's label (from the settings' schema) and the method as the
 * Projection chooser does. Plain text in, plain text out; no toolkit.
 */
final class WindowWords {
    /** An option as the command line spells it, with its negated form ({@code --no-roll-up-genres}). */
    private static final Pattern OPTION = Pattern.compile("--(no-)?([a-z][a-z0-9-]*)(\\s+(plain|seed)\\b)?");
    /** A projection's short id where a note starts with it ("umap left 13 points ..."). */
    private static final Pattern METHOD = Pattern.compile("^(umap|tsne|pca)\\b");

    /** A lower-case word followed by a space or a comma: the start of a sentence. */
    private static final Pattern FIRST_WORD = Pattern.compile("[a-z]+[ ,]");

    private WindowWords() { }

    /**
     * The title of the notification that brings a result's {@code notes}: "A note on this training", "3 notes on the
     * restored result" for one a restart restored ({@code restored}), which no training made (new user, session 17).
     */
    static String notesTitle(int notes, boolean restored) {
        String on = restored ? " on the restored result" : " on this training";
        return (notes == 1 ? "A note" : notes + " notes") + on;
    }

    /**
     * {@code text} with every known option replaced by the setting's label (in quotes inside a sentence, bare
     * before a colon that starts it), "--recipe plain" by "the Plain recipe" and a leading method id by its name;
     * for the middle of a sentence. Unknown options are left as written. Null becomes "".
     */
    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Matcher m = OPTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m, text)));
        }
        m.appendTail(out);
        String s = out.toString();
        Matcher method = METHOD.matcher(s);
        if (method.find()) {
            s = methodName(method.group(1)) + s.substring(method.end());
        }
        return s;
    }

    /** {@code s} with its first character in upper case ("" stays ""). */
    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@link #of} as a sentence of its own: its first word capitalised (not a path such as "data/x.csv: ..."). */
    static String sentence(String text) {
        String s = of(text);
        return FIRST_WORD.matcher(s).lookingAt() ? s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1) : s;
    }

    private static String replacement(Matcher m, String text) {
        String option = "--" + m.group(2);
        if (option.equals("--recipe") && m.group(4) != null) {
            return "the " + m.group(4).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(4).substring(1) + " recipe";
        }
        Optional<String> label = AnalysisConfig.SCHEMA.byOption(option).map(SettingField::label);
        if (label.isEmpty()) {
            return m.group();
        }
        String value = m.group(3) == null ? "" : m.group(3);
        boolean opensSentence = m.start() == 0 && text.startsWith(":", m.end());
        String named = opensSentence ? label.get() : "'" + label.get() + "'";
        return named + (m.group(1) != null ? " unchecked" : "") + value;
    }

    private static String methodName(String id) {
        return switch (id) {
            case "tsne" -> "t-SNE";
            default -> id.toUpperCase(Locale.ROOT);
        };
    }
}
