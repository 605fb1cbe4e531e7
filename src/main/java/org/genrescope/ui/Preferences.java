package org.genrescope.ui;

import java.nio.file.Path;
import java.util.List;
import org.genrescope.settings.SettingField;
import org.genrescope.ui.SettingsStore.Key;

/**
 * Every value the workbench remembers, as typed keys of {@link SettingsStore}. The analysis settings' keys are
 * derived from their descriptions ({@link #setting}), so a new setting is remembered without a change here.
 */
final class Preferences {
    private Preferences() { }

    static final Key<Double> WINDOW_WIDTH = Key.number("window.width");
    static final Key<Double> WINDOW_HEIGHT = Key.number("window.height");
    static final Key<Double> WINDOW_X = Key.number("window.x");
    static final Key<Double> WINDOW_Y = Key.number("window.y");
    static final Key<Boolean> WINDOW_MAXIMIZED = Key.flag("window.maximized");

    /** Recently opened data, newest first. */
    static final Key<List<String>> RECENT = Key.lines("recent");
    /** The data open when the app last ended. */
    static final Key<Path> LAST_DATA = Key.path("lastData");
    /** Whether that was the bundled synthetic sample. */
    static final Key<Boolean> LAST_DATA_SYNTHETIC = Key.flag("lastDataSynthetic");
    /** Where the last file chooser was. */
    static final Key<Path> LAST_FOLDER = Key.path("lastFolder");
    /** The folder the user last saved a session in (File > Save session starts there, not in the data's folder). */
    static final Key<Path> SESSION_FOLDER = Key.path("session.folder");
    /** The metric the Compare tab's bar figure shows (a key of {@code ComparisonFigures.HEADLINE}). */
    static final Key<String> COMPARE_FIGURE_METRIC = Key.text("compare.figureMetric");

    /** Whether the settings panel's section of this title is open ({@link SectionFolds}). */
    static Key<Boolean> sectionExpanded(String title) {
        return Key.flag("settings.section." + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "_")
                + ".expanded");
    }

    /**
     * The CSV dialog's choices for one file (columns and dialect), by its absolute path, so that reopening the
     * file presets them.
     */
    static Key<CsvMapping> csvChoices(Path file) {
        return new Key<>("csv." + file.toAbsolutePath().normalize(), CsvMapping::parse, CsvMapping::toText);
    }

    /** Where the last figure or Export all went (apart from the data's folder, which LAST_FOLDER follows). */
    static final Key<Path> EXPORT_FOLDER = Key.path("export.folder");

    static final Key<Integer> EXPORT_WIDTH = Key.whole("export.width");
    static final Key<Integer> EXPORT_HEIGHT = Key.whole("export.height");
    static final Key<Integer> EXPORT_DPI = Key.whole("export.dpi");

    /** The ks the background sweep computes, as "min..max". */
    static final Key<KRange> K_RANGE = new Key<>("settings.k_range", text -> {
        String[] ends = text.split("\\.\\.", 2);
        return new KRange(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip()));
    }, range -> range.min() + ".." + range.max());

    /**
     * An analysis setting, under "settings." and its path, as the command line spells it ({@link SettingField#parse}
     * reads it; the empty text is a value too: no id column, no hidden layer).
     */
    static Key<String> setting(SettingField field) {
        return Key.text("settings." + field.path());
    }

    /**
     * A stage's pace as the last run that computed it measured it, in seconds per unit of its work ({@code name} is a
     * {@link TrainingWork.Part#pace()}: "autoencoder", "kmeans"...), for the estimate before Train.
     */
    static Key<Double> pace(String name) {
        return Key.number("estimate.pace." + name);
    }

    /**
     * The number of tracks of the run that measured that pace (see {@link #pace}): a pace is scaled only to data of a
     * similar size ({@link TrainingEstimate#SIMILAR_SIZE}).
     */
    static Key<Double> paceRows(String name) {
        return Key.number("estimate.pace." + name + ".rows");
    }

    /** The rest of that stage's time, beyond its epochs or restarts, in seconds per row (see {@link #pace}). */
    static Key<Double> paceOfRest(String name) {
        return Key.number("estimate.pace." + name + ".per_row");
    }

    /**
     * The size class of data of {@code rows} tracks: the power of two below it. Each class keeps its own last pace
     * ({@link #pace(String, int)}), so that a training on a 30-track file does not make the 12,584-track FMA's pace
     * unknown again (new user, session 21).
     */
    static int sizeClass(double rows) {
        return 63 - Long.numberOfLeadingZeros(Math.max(1, (long) rows));
    }

    /** {@link #pace} as the last run on data of size class {@code sizeClass} ({@link #sizeClass}) measured it. */
    static Key<Double> pace(String name, int sizeClass) {
        return Key.number("estimate.pace." + name + ".size" + sizeClass);
    }

    /** {@link #paceRows} of {@link #pace(String, int)}. */
    static Key<Double> paceRows(String name, int sizeClass) {
        return Key.number("estimate.pace." + name + ".size" + sizeClass + ".rows");
    }

    /** {@link #paceOfRest} of {@link #pace(String, int)}. */
    static Key<Double> paceOfRest(String name, int sizeClass) {
        return Key.number("estimate.pace." + name + ".size" + sizeClass + ".per_row");
    }
}
