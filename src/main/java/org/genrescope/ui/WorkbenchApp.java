package org.genrescope.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The workbench window. For now a minimal one: it opens the bundled sample, runs the seed recipe on a
 * background thread and shows the summary; the workbench issue fills it with the real views.
 */
public final class WorkbenchApp extends Application {

    /** Starts JavaFX and opens the window; returns when the window closes. */
    public static void launchWorkbench() {
        Application.launch(WorkbenchApp.class);
    }

    @Override
    public void start(Stage stage) {
        WorkbenchViewModel viewModel = new WorkbenchViewModel(new BackgroundRunner());

        Label headline = new Label();
        headline.textProperty().bind(viewModel.headlineProperty());
        headline.setWrapText(true);
        Button run = new Button("_Run seed recipe");
        run.setMnemonicParsing(true);
        run.disableProperty().bind(viewModel.runningProperty());
        run.setOnAction(e -> viewModel.runSeedRecipe());
        Button cancel = new Button("_Cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        TextArea summary = new TextArea();
        summary.setEditable(false);
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setStyle("-fx-font-family: monospace;");

        StatusBar status = new StatusBar();
        status.textProperty().bind(viewModel.statusProperty());
        status.progressProperty().bind(viewModel.progressProperty());

        HBox actions = new HBox(8, run, cancel);
        BorderPane top = new BorderPane(null, headline, null, actions, null);
        BorderPane.setMargin(actions, new Insets(8, 0, 0, 0));
        BorderPane root = new BorderPane(summary, top, null, status, null);
        BorderPane.setMargin(top, new Insets(10));
        BorderPane.setMargin(summary, new Insets(0, 10, 10, 10));

        stage.setTitle("Genrescope");
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
        viewModel.runSeedRecipe();
    }
}
