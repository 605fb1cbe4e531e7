package org.genrescope.ui;

import java.util.function.Consumer;

import org.genrescope.plot.Figure;

/**
 * What every result tab's view shares: the workbench it shows, the exporter its figures' context menus call, and
 * the data credit its figures carry.
 */
abstract class ResultTab {
    protected final WorkbenchViewModel vm;
    protected final Consumer<Figure> exporter;

    ResultTab(WorkbenchViewModel vm, Consumer<Figure> exporter) {
        this.vm = vm;
        this.exporter = exporter;
    }

    /** The caption under the tab's figures: the open data's credit, or nothing when no data is open. */
    protected String caption() {
        DataSet d = vm.dataProperty().get();
        return d == null ? "" : d.caption();
    }
}
