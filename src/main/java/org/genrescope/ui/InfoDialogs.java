package org.genrescope.ui;

import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.genrescope.analysis.Versions;

/** Read-only text dialogs: About, and an error's details. */
final class InfoDialogs {
    private InfoDialogs() { }

    static void about(Stage stage) {
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
        showText(stage, "About Genrescope", "Genrescope " + Versions.app()
                + ": how music groups itself by sound", s.toString());
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
