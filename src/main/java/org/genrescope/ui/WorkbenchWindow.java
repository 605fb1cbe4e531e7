package org.genrescope.ui;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.genrescope.analysis.AnalysisResult;
import org.genrescope.analysis.Recipe;
import org.genrescope.plot.Figure;

/** The workbench window: menus, the settings panel, the result tabs, banners and the status bar. Views only bind. */
final class WorkbenchWindow {
    private final WorkbenchViewModel vm;
    private final Dialogs dialogs;
    private final Stage stage;
    private final boolean notifications;
    /** Wide enough for a warning in three or four lines, narrow enough for a 1280-pixel screen. */
    private static final double NOTIFICATION_WIDTH = 440;
    final NotesPopup notes = new NotesPopup(NOTIFICATION_WIDTH);
    /** The unfolded notes banner's tallest text, in pixels (about 8 lines); beyond it the notes scroll. */
    static final double NOTES_MAX_HEIGHT = 130;
    /** The warnings the notes pop-up shows (it stays only while the result shown has these). */
    private java.util.List<String> notedWarnings = java.util.List.of();
    final ResultTabs tabs;
    final TabPane tabPane;
    final SidePanel side;

    WorkbenchWindow(Stage stage, WorkbenchViewModel vm, Dialogs dialogs, boolean notifications) {
        this.stage = stage;
        this.vm = vm;
        this.dialogs = dialogs;
        this.notifications = notifications;

        tabPane = new TabPane();
        tabs = new ResultTabs(vm, this::exportFigure, () -> tabPane.getSelectionModel().select(0));
        tabPane.getTabs().addAll(tabs.data, tabs.distributions, tabs.clusters, tabs.genres, tabs.profiles,
                tabs.stability, tabs.sweep, tabs.compare);
        tabPane.getSelectionModel().select(tabs.clusters);
        tabPane.getTabs().forEach(DeferredTabContent::untilShown);

        VBox banners = new VBox(banner("notice", vm.noticeProperty(), vm::dismissNotice, null), errorBanner(),
                collapsedBanner(), outOfDateBanner(), notesBanner(vm.notes()));
        BorderPane center = new BorderPane(tabPane, banners, null, null, null);

        side = new SidePanel(vm, this::exportFigure);
        SplitPane main = new SplitPane(side.current(), center);
        SplitPane.setResizableWithParent(side.panel, false);
        SplitPane.setResizableWithParent(side.strip, false);
        main.setDividerPositions(0.25); // then held at the panel's own width (its minimum) on a small screen
        side.shownProperty().addListener(x -> {
            main.getItems().set(0, side.current());
            main.setDividerPositions(0.25);
        });

        BorderPane root = new BorderPane(main, menuBar(), null, statusBar(), null);
        Scene scene = new Scene(root, 1280, 820);
        scene.getStylesheets().add(WorkbenchWindow.class.getResource("workbench.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), vm::cancel);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        stage.setScene(scene);
        stage.titleProperty().bind(vm.dataTitleProperty().concat(" - Genrescope"));
        WindowGeometry.restore(stage, vm.store());
        stage.setOnHiding(e -> {
            WindowGeometry.remember(stage, vm.store());
            vm.saveState();
        });
        // In an event of its own after the result's: placing the pop-up lays the whole window out, which before the
        // result's tabs had taken it in was a second full layout in the FX thread's longest stall at a million tracks
        vm.trainedProperty().addListener((o, old, r) -> javafx.application.Platform.runLater(() -> {
            if (r == vm.trainedProperty().get()) {
                notifyWarnings(r);
            }
        }));
        // a k move, a re-projection or other data shows a result with other notes: the pop-up spoke of the one before
        vm.resultProperty().addListener((o, old, r) -> {
            if (r == null || !r.warnings().equals(notedWarnings)) {
                notes.hide();
            }
        });
    }

    // ------------------------------------------------------------------ layout pieces

    private HBox banner(String styleClass, javafx.beans.value.ObservableStringValue text, Runnable dismiss, Button extra) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox box = new HBox(8, label);
        if (extra != null) {
            extra.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(extra);
        }
        if (dismiss != null) {
            Button close = new Button("Dismiss");
            close.setMinWidth(Region.USE_PREF_SIZE);
            close.setOnAction(e -> dismiss.run());
            box.getChildren().add(close);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("banner", styleClass);
        box.setId(styleClass + "Banner");
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * The result's notes: one line by default (the count, then the notes run together and cut at the window's
     * width, all of them in its tooltip), every note on its own line under "Show all", in a box that scrolls beyond
     * {@link #NOTES_MAX_HEIGHT}. Four notes always unfolded took 190 px of a 700-px window (session 11's report).
     */
    private HBox notesBanner(NotesViewModel notes) {
        Label line = new Label();
        line.setId("notesLine");
        line.textProperty().bind(notes.headlineProperty());
        line.setWrapText(false);
        line.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        line.setMinWidth(0);
        line.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(notes.notesProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        line.setTooltip(whole);

        Label all = new Label();
        all.setId("notesAll");
        all.textProperty().bind(notes.notesProperty());
        all.setWrapText(true);
        all.setMinWidth(0);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(all);
        scroll.setId("notesScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        // the banner's colour as the looked-up background: a transparent one made Modena's text ladder pick white text
        scroll.setStyle("-fx-background-color: transparent; -fx-background: #fff3e0;");
        scroll.setMinWidth(0);
        scroll.setMaxWidth(Double.MAX_VALUE);
        // as tall as the wrapped notes at the viewport's width, up to NOTES_MAX_HEIGHT (a wrapped label asked for its
        // height without a width answers for its unwrapped lines)
        Runnable fit = () -> {
            double w = scroll.getViewportBounds().getWidth();
            if (w > 0) {
                double h = Math.ceil(all.prefHeight(w));
                scroll.setPrefViewportHeight(Math.min(h, NOTES_MAX_HEIGHT));
                scroll.setVbarPolicy(h > NOTES_MAX_HEIGHT ? javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED
                        : javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
            }
        };
        scroll.viewportBoundsProperty().addListener((o, old, now) -> {
            if (old == null || Math.abs(old.getWidth() - now.getWidth()) > 0.5) {
                fit.run();
            }
        });
        all.textProperty().addListener(x -> javafx.application.Platform.runLater(fit));

        javafx.beans.binding.BooleanBinding open = notes.expandedProperty()
                .and(notes.shownCountProperty().greaterThan(0));
        line.visibleProperty().bind(open.not());
        line.managedProperty().bind(line.visibleProperty());
        scroll.visibleProperty().bind(open);
        scroll.managedProperty().bind(scroll.visibleProperty());
        javafx.scene.layout.StackPane text = new javafx.scene.layout.StackPane(line, scroll);
        javafx.scene.layout.StackPane.setAlignment(line, Pos.CENTER_LEFT);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button toggle = Controls.tip(new Button(), "Shows every note on a line of its own, or folds them back to one "
                + "line.");
        toggle.setId("notesToggle");
        toggle.textProperty().bind(javafx.beans.binding.Bindings.when(notes.expandedProperty()).then("Show less")
                .otherwise(javafx.beans.binding.Bindings.when(notes.shownCountProperty().greaterThan(1))
                        .then(javafx.beans.binding.Bindings.concat("Show all ", notes.shownCountProperty()))
                        .otherwise("Show all")));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setOnAction(e -> notes.expandedProperty().set(!notes.expandedProperty().get()));
        Button close = new Button("Dismiss");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> notes.dismiss());
        HBox box = new HBox(8, text, toggle, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("banner", "notes");
        box.setId("notesBanner");
        box.visibleProperty().bind(notes.shownCountProperty().greaterThan(0));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox errorBanner() {
        Button details = new Button("Details...");
        details.setOnAction(e -> {
            UserError error = vm.errorProperty().get();
            if (error != null) {
                InfoDialogs.showText(stage, "Details", error.sentence(), error.details());
            }
        });
        return banner("error", javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.errorProperty().get() == null ? "" : vm.errorProperty().get().sentence(), vm.errorProperty()),
                vm::dismissError, details);
    }

    private HBox collapsedBanner() {
        // the reason and the advice come from the result and its settings: never advise what is already chosen
        return banner("collapsed", javafx.beans.binding.Bindings.createStringBinding(() -> vm.collapseProperty().get()
                .isEmpty() ? "" : "THE AUTOENCODER COLLAPSED: " + vm.collapseProperty().get(), vm.collapseProperty()),
                null, null);
    }

    private HBox outOfDateBanner() {
        return banner("outofdate", javafx.beans.binding.Bindings.when(vm.outOfDateProperty().and(vm.trainingProperty().not()))
                .then("Settings changed since the last training: the results show the old settings until you press "
                        + "Train (Ctrl+Enter).").otherwise(""), null, null);
    }

    private StatusBar statusBar() {
        StatusBar status = new StatusBar();
        status.setId("statusBar");
        status.textProperty().bind(vm.statusProperty());
        status.progressProperty().bind(vm.progress().progressProperty());
        // the data's name whole (a new user saw "fma_metadata: 12,584 t..." at 1024 px); a long status is cut
        // instead, and its tooltip says all of it
        Label data = new Label();
        data.textProperty().bind(vm.dataTitleProperty());
        data.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.getRightItems().add(data);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(vm.statusProperty());
        status.setTooltip(whole);
        return status;
    }

    private MenuBar menuBar() {
        MenuItem openFolder = item("_Open FMA folder...", "Shortcut+O", this::openFmaFolder);
        MenuItem openCsv = item("Open _CSV...", "Shortcut+Shift+O", this::openCsv);
        Menu recent = new Menu("Open _Recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (String path : vm.opening().recent()) {
                MenuItem i = new MenuItem(path);
                i.setMnemonicParsing(false);
                i.setOnAction(e -> open(Path.of(path)));
                recent.getItems().add(i);
            }
            recent.setDisable(vm.opening().recent().isEmpty());
        };
        vm.opening().recent().addListener((ListChangeListener<String>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem sample = item("Open the _sample data", null, vm.opening()::openSample);
        MenuItem openSession = item("Open sess_ion...", null, () -> dialogs.chooseSessionToOpen(stage,
                vm.sessions().folder()).ifPresent(vm.sessions()::open));
        MenuItem saveSession = item("Sa_ve session...", "Shortcut+S", this::saveSession);
        saveSession.disableProperty().bind(vm.trainedProperty().isNull());
        openSession.setId("openSessionItem");
        MenuItem exportAll = item("_Export all...", "Shortcut+E", this::exportAll);
        exportAll.setId("exportAllItem");
        exportAll.disableProperty().bind(vm.resultProperty().isNull());
        MenuItem quit = item("_Quit", "Shortcut+Q", stage::close);
        Menu file = new Menu("_File", null, openFolder, openCsv, recent, sample, new SeparatorMenuItem(), openSession,
                saveSession, exportAll, new SeparatorMenuItem(), quit);

        MenuItem train = item("_Train", "Shortcut+Enter", vm::train);
        train.disableProperty().bind(vm.busyBinding().or(vm.dataProperty().isNull()));
        MenuItem cancel = item("_Cancel", null, vm::cancel);
        cancel.setAccelerator(new KeyCodeCombination(KeyCode.ESCAPE));
        cancel.disableProperty().bind(vm.busyBinding().or(vm.exports().exportingProperty()).not());
        MenuItem seed = item("_Seed recipe", null, () -> vm.settings().applyRecipe(Recipe.SEED));
        MenuItem plain = item("_Plain recipe", null, () -> vm.settings().applyRecipe(Recipe.PLAIN));
        Menu analysis = new Menu("_Analysis", null, train, cancel, new SeparatorMenuItem(), seed, plain);

        javafx.scene.control.CheckMenuItem settingsPanel = new javafx.scene.control.CheckMenuItem("_Settings panel");
        settingsPanel.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        settingsPanel.selectedProperty().bindBidirectional(side.shownProperty());
        Menu view = new Menu("_View", null, settingsPanel);

        MenuItem about = item("_About Genrescope", null, () -> InfoDialogs.about(stage));
        Menu help = new Menu("_Help", null, about);
        return new MenuBar(file, analysis, view, help);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    // ------------------------------------------------------------------ commands

    void open(Path path) {
        vm.opening().open(path, mapping -> dialogs.mapColumns(stage, mapping));
    }

    private void openFmaFolder() {
        dialogs.chooseFmaFolder(stage, vm.opening().lastFolder()).ifPresent(vm.opening()::openFmaFolder);
    }

    private void openCsv() {
        dialogs.chooseCsv(stage, vm.opening().lastFolder()).ifPresent(this::open);
    }

    void saveSession() {
        dialogs.chooseSessionToSave(stage, vm.sessions().folder()).ifPresent(vm.sessions()::save);
    }

    private void exportFigure(Figure figure) {
        String name = figure.title().isEmpty() ? "figure" : figure.title().replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        dialogs.exportFigure(stage, vm.exports().lastFolder(), name, vm.exports().exportSize())
                .ifPresent(c -> vm.exports().exportFigure(figure, c));
    }

    void exportAll() {
        AnalysisResult r = vm.resultProperty().get();
        DataSet data = vm.dataProperty().get();
        if (r != null && data != null) {
            dialogs.exportAll(stage, vm.exports().lastFolder(), vm.exports().exportSize())
                    .ifPresent(choice -> vm.exports().exportAll(r, data, choice));
        }
    }

    /**
     * A training's warnings, briefly, as a notification at the bottom right of the tabs
     * (wrapped, so no line runs off the screen); the notes banner above the tabs lists every warning of the
     * shown result for as long as it is shown, and the status bar counts them.
     */
    private void notifyWarnings(AnalysisResult r) {
        if (r == null || r.warnings().isEmpty()) {
            return;
        }
        int n = r.warnings().size();
        notedWarnings = r.warnings();
        if (notifications) {
            notes.show(tabPane, WindowWords.notesTitle(n, r.reusedStages().contains(
                            org.genrescope.analysis.Pipeline.RESTORED)),
                    String.join("\n", r.warnings().stream().map(WindowWords::sentence).toList()));
        }
    }
}
