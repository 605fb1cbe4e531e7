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
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

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
    public Optional<Path> chooseSessionToOpen(Window owner, Path start) {
        FileChooser chooser = sessionChooser("Open a saved session", start);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSessionToSave(Window owner, Path start) {
        FileChooser chooser = sessionChooser("Save the session: settings, data hash, fitted model and result", start);
        chooser.setInitialFileName("session" + SessionsViewModel.EXTENSION);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser sessionChooser(String title, Path start) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        // the CLI's cluster command writes session.json: the same format
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Genrescope sessions",
                "*" + SessionsViewModel.EXTENSION, "*.json"), new FileChooser.ExtensionFilter("All files", "*"));
        startIn(start, chooser::setInitialDirectory);
        return chooser;
    }

    @Override
    public Optional<FolderExport> exportAll(Window owner, Path start, Exports.Size size) {
        SizeForm form = new SizeForm(size);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export all");
        dialog.setHeaderText("Writes report.json, assignments.csv, clusters.csv, cleaned.csv (the cleaned tracks with "
                + "their raw features)\nand every figure as PNG and SVG into a folder you choose next.\nSize in pixels at 96 DPI; a PNG at a higher DPI has more pixels, an SVG scales freely.");
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
        return new CsvMappingDialog(owner, vm).showAndWait();
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
