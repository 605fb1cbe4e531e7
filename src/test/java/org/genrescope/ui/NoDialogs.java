package org.genrescope.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Dialogs for window tests that open no file and export nothing: every dialog is cancelled. Extend to answer one. */
class NoDialogs implements Dialogs {
    @Override
    public Optional<Path> chooseFmaFolder(Window owner, Path start) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseCsv(Window owner, Path start) {
        return Optional.empty();
    }

    @Override
    public Optional<CsvMapping> mapColumns(Window owner, CsvMappingViewModel mapping) {
        return Optional.empty();
    }

    @Override
    public Optional<FolderExport> exportAll(Window owner, Path start, Exports.Size size) {
        return Optional.empty();
    }

    @Override
    public Optional<FigureExport> exportFigure(Window owner, Path start, String name, Exports.Size size) {
        return Optional.empty();
    }
}
