package org.genrescope.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;

/** The real dialogs: native file choosers and small JavaFX forms. */
final class FxDialogs implements Dialogs {

    @Override
    public Optional<Path> chooseFmaFolder(Window owner, Path start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open an FMA metadata folder (tracks.csv, genres.csv, echonest.csv)");
        startIn(start, chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCsv(Window owner, Path start) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a CSV of tracks and their features");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        startIn(start, chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<FolderExport> exportAll(Window owner, Path start, Exports.Size size) {
        SizeForm form = new SizeForm(size);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export all");
        dialog.setHeaderText("report.json, assignments.csv and every figure as PNG and SVG, into a folder you choose "
                + "next.\nSize in pixels at 96 DPI; a PNG at a higher DPI has more pixels, an SVG scales freely.");
        dialog.getDialogPane().setContent(form.grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export everything into a folder");
        startIn(start, chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(f -> new FolderExport(f.toPath(), form.size()));
    }

    /** Width, height and DPI spinners, shared by the single-figure and the export-all dialogs. */
    private static final class SizeForm {
        final GridPane grid = new GridPane();
        final Spinner<Integer> width;
        final Spinner<Integer> height;
        final Spinner<Integer> dpi;

        SizeForm(Exports.Size initial) {
            width = new Spinner<>(100, 10_000, initial.width(), 100);
            height = new Spinner<>(100, 10_000, initial.height(), 100);
            dpi = new Spinner<>(36, 1200, initial.dpi(), 6);
            width.setTooltip(new Tooltip("Figure width in pixels at 96 DPI (SVG: in SVG units)."));
            height.setTooltip(new Tooltip("Figure height in pixels at 96 DPI."));
            dpi.setTooltip(new Tooltip("PNG resolution: a PNG is width x DPI / 96 pixels wide; 300 suits print."));
            for (Spinner<Integer> s : List.of(width, height, dpi)) {
                s.setEditable(true);
            }
            grid.setHgap(10);
            grid.setVgap(8);
            grid.setPadding(new Insets(10));
            grid.addRow(1, new Label("Width:"), width);
            grid.addRow(2, new Label("Height:"), height);
            grid.addRow(3, new Label("DPI (PNG):"), dpi);
        }

        Exports.Size size() {
            return new Exports.Size(width.getValue(), height.getValue(), dpi.getValue());
        }
    }

    private static void startIn(Path start, java.util.function.Consumer<File> set) {
        if (start != null && Files.isDirectory(start)) {
            set.accept(start.toFile());
        }
    }

    @Override
    public Optional<CsvMapping> mapColumns(Window owner, CsvMappingViewModel vm) {
        Dialog<CsvMapping> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Which columns to read");
        dialog.setHeaderText("Choose the feature columns, the id column and the genre column of this CSV.\n"
                + vm.readAs() + ".");
        CheckComboBox<String> features = new CheckComboBox<>(FXCollections.observableArrayList(vm.columns()));
        vm.features().forEach(f -> features.getCheckModel().check(f));
        features.setTooltip(new Tooltip("The numeric columns to cluster on; preset to the 8 Echo Nest audio features when present."));
        ComboBox<String> id = new ComboBox<>(FXCollections.observableArrayList(withNone(vm.columns())));
        id.setValue(vm.idColumnProperty().get().isEmpty() ? "(row number)" : vm.idColumnProperty().get());
        id.setTooltip(new Tooltip("A column with each track's id; without one, the row number is used."));
        ComboBox<String> label = new ComboBox<>(FXCollections.observableArrayList(withNone(vm.columns())));
        label.setValue(vm.labelColumnProperty().get().isEmpty() ? "(none)" : vm.labelColumnProperty().get());
        label.setTooltip(new Tooltip("The genre of each track, to compare the clusters with; (none) for unlabelled data."));
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Features:"), features);
        grid.addRow(1, new Label("Id column:"), id);
        grid.addRow(2, new Label("Genre column:"), label);
        grid.add(problem, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Runnable sync = () -> {
            vm.features().setAll(features.getCheckModel().getCheckedItems());
            vm.idColumnProperty().set(id.getValue() == null || id.getValue().startsWith("(") ? "" : id.getValue());
            vm.labelColumnProperty().set(label.getValue() == null || label.getValue().startsWith("(") ? "" : label.getValue());
            problem.setText(vm.problem());
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(!vm.problem().isEmpty());
        };
        features.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> sync.run());
        id.valueProperty().addListener(x -> sync.run());
        label.valueProperty().addListener(x -> sync.run());
        sync.run();
        dialog.setResultConverter(button -> button == ButtonType.OK ? vm.mapping() : null);
        return dialog.showAndWait();
    }

    private static List<String> withNone(List<String> columns) {
        List<String> out = new java.util.ArrayList<>();
        out.add("(none)");
        out.addAll(columns);
        return out;
    }

    @Override
    public Optional<FigureExport> exportFigure(Window owner, Path start, String suggestedName, Exports.Size size) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export figure");
        dialog.setHeaderText("Size in pixels at 96 DPI; a PNG at a higher DPI has more pixels, an SVG scales freely.");
        ChoiceBox<Exports.Format> format = new ChoiceBox<>(FXCollections.observableArrayList(Exports.Format.values()));
        format.setValue(Exports.Format.PNG);
        SizeForm form = new SizeForm(size);
        form.dpi.disableProperty().bind(format.valueProperty().isEqualTo(Exports.Format.SVG));
        form.grid.addRow(0, new Label("Format:"), format);
        dialog.getDialogPane().setContent(form.grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        String extension = format.getValue().name().toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the figure");
        chooser.setInitialFileName(suggestedName + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.getValue().name(), "*." + extension));
        startIn(start, chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(new FigureExport(file.toPath(), format.getValue(), form.size()));
    }
}
