package org.genrescope.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.genrescope.analysis.Versions;

/** Read-only text dialogs: About, and an error's details. */
final class InfoDialogs {
    private InfoDialogs() { }

    /**
     * The folder inside the jar that holds copies of the project's {@code LICENSE} and {@code THIRD-PARTY-NOTICES.md}
     * (pom.xml puts them there), so that every way of running Genrescope, the installed app included, can show them.
     */
    static final String LICENCES = "/genrescope-licences/";

    static void about(Stage stage) {
        showText(stage, "About Genrescope", "Genrescope " + Versions.app()
                + ": how music groups itself by sound", aboutText());
    }

    /**
     * The About box's text: versions, the licence, the data credit, where the log and settings are, then the
     * third-party notices and the full licence text as they ship in the jar.
     */
    static String aboutText() {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> e : Versions.all().entrySet()) {
            s.append(String.format("%-11s %s%n", e.getKey(), e.getValue()));
        }
        s.append("\nLicence: GNU General Public License v3.0 or later (Smile 3.1.1 is GPL-3.0).\n");
        s.append("\nData credits: the Free Music Archive metadata is by Michael Defferrard, Kirell Benzi, Pierre "
                + "Vandergheynst and Xavier Bresson, \"FMA: A Dataset for Music Analysis\", ISMIR 2017, licensed "
                + "CC BY 4.0 (github.com/mdeff/fma). Genrescope does not ship it; the bundled sample is synthetic.\n");
        s.append("\nLog file: ").append(AppFolders.logFile()).append('\n');
        s.append("Settings: ").append(AppFolders.settingsFile()).append('\n');
        s.append("\n----- THIRD-PARTY-NOTICES.md -----\n\n").append(bundled("THIRD-PARTY-NOTICES.md"));
        s.append("\n----- LICENSE -----\n\n").append(bundled("LICENSE"));
        return s.toString();
    }

    /** A file of {@link #LICENCES} as text, or a sentence saying this build lacks it (a class folder without them). */
    static String bundled(String file) {
        try (InputStream in = InfoDialogs.class.getResourceAsStream(LICENCES + file)) {
            if (in == null) {
                return "(" + file + " is not part of this build; it is in the project's source folder.)\n";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + file + " could not be read from the jar: " + e.getMessage() + ")\n";
        }
    }

    static void showText(Stage stage, String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("mono");
        area.setPrefSize(640, 360);
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        alert.show();
    }
}
