package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genrescope.data.FeatureSummary;
import org.genrescope.plot.BarFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where figures are saved, what their files are called, and how their statistics are written. */
class FigureExportChoicesTest {

    @TempDir
    Path home;

    @Test
    void exportsStartInThePicturesFolderTheUserDirsFileNamesElsePicturesElseHome() throws Exception {
        assertEquals(home, ExportViewModel.picturesOrHome(home, Map.of()), "no pictures folder: home");
        Path pictures = Files.createDirectories(home.resolve("Pictures"));
        assertEquals(pictures, ExportViewModel.picturesOrHome(home, Map.of()));
        Path bilder = Files.createDirectories(home.resolve("Bilder"));
        Path config = Files.createDirectories(home.resolve("cfg"));
        Files.writeString(config.resolve("user-dirs.dirs"), "# written by xdg-user-dirs-update\n"
                + "XDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"\nXDG_PICTURES_DIR=\"$HOME/Bilder\"\n");
        assertEquals(bilder, ExportViewModel.picturesOrHome(home, Map.of("XDG_CONFIG_HOME", config.toString())));
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_PICTURES_DIR=\"$HOME/Gone\"\n");
        assertEquals(pictures, ExportViewModel.picturesOrHome(home, Map.of("XDG_CONFIG_HOME", config.toString())),
                "a named folder that does not exist falls back to ~/Pictures");
    }

    @Test
    void theLastExportFolderWinsAndOpeningDataDoesNotMoveIt() throws Exception {
        SettingsStore store = Fixtures.quickStore();
        ExportViewModel exports = new ExportViewModel(new CallingThreadRunner(), store, new ProgressViewModel(new CallingThreadRunner()),
                (what, failure) -> { });
        Path data = Files.createDirectories(home.resolve("fma_metadata"));
        store.put(Preferences.LAST_FOLDER, data); // what opening data remembers
        assertEquals(false, exports.lastFolder().equals(data), "figures do not default to the data's folder");
        Path figures = Files.createDirectories(home.resolve("figures"));
        store.put(Preferences.EXPORT_FOLDER, figures);
        assertEquals(figures, exports.lastFolder());
    }

    @Test
    void profileFilesAreNamedByTheirFeature() {
        BarFigure scores = BarFigure.of("t", List.of("energy", "valence"), List.of("Cluster 0"), new double[][] {{1, 2}}, "");
        BarFigure tempo = BarFigure.of("t", List.of("tempo"), List.of("Cluster 0"), new double[][] {{120}}, "");
        BarFigure odd = BarFigure.of("t", List.of("Zero Crossing Rate (mean)"), List.of("Cluster 0"),
                new double[][] {{1}}, "");
        assertEquals("cluster-profiles", ResultFigures.profileFileName(scores));
        assertEquals("cluster-profiles-tempo", ResultFigures.profileFileName(tempo));
        assertEquals("cluster-profiles-zero-crossing-rate-mean", ResultFigures.profileFileName(odd));
        assertEquals("tempo (BPM)", ResultFigures.withUnit("tempo"));
        assertEquals("energy", ResultFigures.withUnit("energy"), "a 0..1 score has no unit to name");
    }

    @Test
    void aGenresStatisticsLineUsesOneNumberOfDecimals() {
        FeatureSummary tempo = new FeatureSummary("tempo", "Classical", 334, 0, 103.24, 30, 12, 60, 80, 97.0172, 120,
                150, 250);
        assertEquals("103.2", DistributionFigures.alike(tempo.mean(), tempo));
        assertEquals("97.0", DistributionFigures.alike(tempo.median(), tempo), "not 97.017 beside 103.2");
        FeatureSummary energy = new FeatureSummary("energy", "Rock", 4877, 0, 0.62712, 0.2, 0, 0.1, 0.4, 0.659, 0.8,
                0.9, 1);
        assertEquals("0.627", DistributionFigures.alike(energy.mean(), energy));
    }
}
