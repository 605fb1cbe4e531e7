package org.genrescope.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The questions the workbench asks through modal dialogs. An interface so that end-to-end tests can
 * answer them without native file choosers.
 */
public interface Dialogs {
    Optional<Path> chooseFmaFolder(Window owner, Path start);

    Optional<Path> chooseCsv(Window owner, Path start);

    /** A session file to open (File > Open session); empty when cancelled. Test doubles that never open one need not answer. */
    default Optional<Path> chooseSessionToOpen(Window owner, Path start) {
        return Optional.empty();
    }

    /** Where to save a session (File > Save session); empty when cancelled. Test doubles that never save one need not answer. */
    default Optional<Path> chooseSessionToSave(Window owner, Path start) {
        return Optional.empty();
    }

    /** The column mapping for a flat CSV, preset with the CLI's defaults. */
    Optional<CsvMapping> mapColumns(Window owner, CsvMappingViewModel mapping);

    /** The figures' size and DPI (preset to {@code size}) and a folder to export everything into. */
    Optional<FolderExport> exportAll(Window owner, Path start, Exports.Size size);

    /** Where and how to export one figure; the size and DPI are preset to {@code size}. */
    Optional<FigureExport> exportFigure(Window owner, Path start, String suggestedName, Exports.Size size);

    /**
     * File > Export all.
     *
     * @param folder where everything goes
     * @param size   every figure's size and the PNGs' DPI
     */
    record FolderExport(Path folder, Exports.Size size) { }

    /**
     * One figure export.
     *
     * @param target the file
     * @param format PNG or SVG
     * @param size   size and DPI
     */
    record FigureExport(Path target, Exports.Format format, Exports.Size size) { }
}
