package org.genrescope.ui;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.genrescope.plot.Figure;

/**
 * The window's left side: Train and Cancel, the settings and the autoencoder's loss, which the user can fold
 * away to a narrow strip (F9) so that the results get the width of a small screen.
 */
final class SidePanel {
    /** The panel's width when shown: the settings rows' labels and controls side by side. */
    static final double WIDTH = 320;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    final VBox panel;
    final VBox strip;

    SidePanel(WorkbenchViewModel vm, Consumer<Figure> exporter) {
        panel = panel(vm, exporter);
        strip = strip();
    }

    /** Whether the settings are shown (else the strip that brings them back). */
    BooleanProperty shownProperty() {
        return shown;
    }

    private VBox panel(WorkbenchViewModel vm, Consumer<Figure> exporter) {
        Button train = Controls.tip(new Button("_Train"), "Runs the whole analysis with these settings in the "
                + "background (Ctrl+Enter). Moving the k slider needs no training.");
        train.setId("trainButton");
        train.setMaxWidth(Double.MAX_VALUE);
        train.disableProperty().bind(vm.busyBinding().or(vm.dataProperty().isNull())
                .or(vm.settings().problemProperty().isNotEmpty()));
        train.setOnAction(e -> vm.train());
        train.getStyleClass().add("train-button");
        Button cancel = Controls.tip(new Button("_Cancel"), "Stops the loading or training (Esc); the previous result stays.");
        cancel.setId("cancelButton");
        cancel.setMaxWidth(Double.MAX_VALUE);
        cancel.disableProperty().bind(vm.busyBinding().or(vm.exports().exportingProperty()).not());
        cancel.setOnAction(e -> vm.cancel());
        Button hide = Controls.tip(new Button("\u00ab"), "Hides the settings panel, giving the results its width (F9, "
                + "or View > Settings panel); the strip at the left brings it back.");
        hide.setId("hideSettingsButton");
        hide.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        hide.setOnAction(e -> shown.set(false));
        HBox buttons = new HBox(6, train, cancel, hide);
        HBox.setHgrow(train, Priority.ALWAYS);
        HBox.setHgrow(cancel, Priority.ALWAYS);
        buttons.setPadding(new Insets(6));
        Node timing = timing(vm.estimate());

        ScrollPane settings = new ScrollPane(new SettingsPane(vm.settings(), vm));
        settings.setFitToWidth(true);
        settings.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Controls.tooltipsGoOnScroll(settings);

        FigureView loss = new FigureView("The autoencoder's loss appears here while it trains.", exporter);
        loss.setId("lossChart");
        // tall enough to read its epochs and a decade of MSE; the divider above it gives it more
        loss.setMinHeight(200);
        loss.setPrefHeight(240);
        ListChangeListener<Double> update = c -> loss.figureProperty().set(
                ResultFigures.loss(vm.losses().trainingLoss(), vm.losses().validationLoss()));
        vm.losses().trainingLoss().addListener(update);
        vm.losses().validationLoss().addListener(update);
        SplitPane settingsAndLoss = new SplitPane(settings, loss);
        settingsAndLoss.setOrientation(Orientation.VERTICAL);
        // a third for the loss: at 1280 x 820 the settings still show the k slider without scrolling
        settingsAndLoss.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(loss, false);
        VBox.setVgrow(settingsAndLoss, Priority.ALWAYS);
        VBox left = new VBox(buttons, timing, settingsAndLoss);
        left.setId("sidePanel");
        left.setMinWidth(WIDTH);
        left.setPrefWidth(WIDTH);
        return left;
    }

    /**
     * Under Train, how long it will take and how long the last one took against that, so that the user can judge
     * before pressing it at a million tracks (session 16). Each line takes no room while it is empty.
     */
    private static Node timing(EstimateViewModel estimate) {
        Label before = hint(estimate.estimateProperty(), "trainEstimate");
        Label last = hint(estimate.lastRunProperty(), "lastTrainingTime");
        Controls.tip(before, "From the pace of this machine's earlier trainings, stage by stage (the autoencoder's "
                + "steps, K-Means' restarts, the projection), scaled by the work of these settings on this data. The "
                + "background sweep of the k range after it is said apart: K-Means for every other k of the range, at "
                + "the same pace on one thread fewer.");
        VBox box = new TallestBox(2, before, last); // the settings below stay where they are as its lines change
        box.setPadding(new Insets(0, 6, 4, 6));
        // room for the usual three lines of estimate and one of the last training from the start: grown only when
        // needed, the box first grew under a slider being dragged, moving it 10-14 px (new user, session 23)
        Text probe = new Text("1\n2\n3\n4");
        Runnable reserve = () -> {
            probe.setFont(before.getFont());
            box.setMinHeight(probe.getLayoutBounds().getHeight() + box.getSpacing() + box.getPadding().getBottom());
        };
        before.fontProperty().addListener(x -> reserve.run());
        reserve.run();
        return box;
    }

    private static Label hint(javafx.beans.value.ObservableStringValue text, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** What stays of the panel when it is hidden: a button that brings it back, named vertically. */
    private VBox strip() {
        Label name = new Label("Settings");
        name.setRotate(-90);
        Button show = Controls.tip(new Button("\u00bb", new Group(name)), "Shows the settings panel (F9, or View > "
                + "Settings panel).");
        show.setContentDisplay(javafx.scene.control.ContentDisplay.BOTTOM);
        show.setId("showSettingsButton");
        show.setOnAction(e -> shown.set(true));
        VBox box = new VBox(show);
        box.setAlignment(Pos.TOP_CENTER);
        box.setPadding(new Insets(6, 2, 6, 2));
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    /** The node the window shows on the left: the panel or the strip. */
    Node current() {
        return shown.get() ? panel : strip;
    }
}
