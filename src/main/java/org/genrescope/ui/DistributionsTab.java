package org.genrescope.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.genrescope.plot.Figure;


/** The Distributions tab: histograms and summaries of the features, raw or scaled, split by genre or not. */
final class DistributionsTab extends ResultTab {

    DistributionsTab(WorkbenchViewModel vm, Consumer<Figure> exporter) {
        super(vm, exporter);
    }

    /**
     * Builds the tab's content; called once, on the FX thread. {@code shown} is whether the tab is the selected one:
     * the summary table takes a new summary's rows only while it is (the figure at once).
     */
    javafx.scene.Node build(javafx.beans.value.ObservableBooleanValue shown) {
        FigureView figure = new FigureView("Open data to see its distributions.", exporter);
        // short labels: at 1024 x 700 with the settings panel the bar is about 600 px wide
        CheckBox scaled = Controls.tip(new CheckBox("scaled"), "Shows the cleaned features as the model sees them, "
                + "after scaling; off shows them in original units (tempo in BPM).");
        scaled.setId("histogramScaled");
        ChoiceBox<ResultFigures.Split> split = Controls.tip(new ChoiceBox<>(FXCollections.observableArrayList(
                ResultFigures.Split.values())), "Splits each histogram by genre: overlaid on one pair of axes, or "
                + "faceted into one strip per genre, one feature at a time.");
        split.setId("histogramSplit");
        split.setValue(ResultFigures.Split.NONE);
        ChoiceBox<String> facetFeature = Controls.tip(new ChoiceBox<>(), "The feature whose histogram is faceted by "
                + "genre: one at a time, so that each genre's strip is tall enough to read.");
        facetFeature.setId("facetFeature");
        facetFeature.visibleProperty().bind(split.valueProperty().isEqualTo(ResultFigures.Split.FACETED));
        facetFeature.managedProperty().bind(facetFeature.visibleProperty());
        CheckBox share = Controls.tip(new CheckBox("% of genre"), "Draws each bar as a percentage of its "
                + "genre's tracks (of all tracks when not split), so that a small genre keeps its shape beside a "
                + "large one; off draws counts of tracks.");
        share.setId("histogramShare");
        split.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ResultFigures.Split s) {
                return s == null ? "" : switch (s) {
                    case NONE -> "all genres together";
                    case OVERLAID -> "by genre, overlaid";
                    case FACETED -> "by genre, faceted";
                };
            }

            @Override
            public ResultFigures.Split fromString(String s) {
                return null;
            }
        });
        TableView<SummaryRows.Row> summaryTable = summaryTable();
        // made on the workbench's runner, the newest choice shown (seconds of the FX thread at a million tracks)
        DistributionsContent.Maker maker = new DistributionsContent.Maker();
        LatestWork latest = new LatestWork(vm.runner());
        // the newest summary's rows, put in the table while the tab is shown: made while it was hidden, its first rows
        // took a pulse of 64 ms of the FX thread in the middle of a training at a million tracks
        List<SummaryRows.Row> newestRows = new java.util.ArrayList<>();
        Runnable showRows = TabUpdates.untilShown(shown, () -> {
            summaryTable.getItems().setAll(newestRows);
            Tables.fitToContent(summaryTable);
            if (split.getValue() == ResultFigures.Split.FACETED) {
                scrollToFeature(summaryTable, facetFeature.getValue());
            }
        });
        Runnable update = () -> {
            DataSet d = vm.dataProperty().get();
            if (d == null) {
                latest.drop();
                figure.figureProperty().set(null);
                newestRows.clear();
                summaryTable.getItems().clear();
                return;
            }
            boolean scale = scaled.isSelected();
            ResultFigures.Split by = split.getValue();
            boolean shares = share.isSelected();
            int feature = by == ResultFigures.Split.FACETED
                    ? Math.max(0, facetFeature.getSelectionModel().getSelectedIndex()) : -1;
            latest.run(() -> maker.make(d, scale, by, shares, feature), content -> {
                figure.figureProperty().set(content.figure());
                newestRows.clear();
                newestRows.addAll(content.rows());
                showRows.run();
            }, failure -> vm.fail("draw the distributions", failure));
        };
        boolean[] refilling = {false};
        Runnable features = () -> {
            DataSet d = vm.dataProperty().get();
            String chosen = facetFeature.getValue();
            List<String> names = d == null ? List.of()
                    : d.raw().featureNames().stream().map(DataSet::shortName).toList();
            refilling[0] = true; // one update for the new data, not one per item change
            facetFeature.getItems().setAll(names);
            facetFeature.getSelectionModel().select(chosen != null && names.contains(chosen) ? names.indexOf(chosen) : 0);
            refilling[0] = false;
        };
        vm.dataProperty().addListener(x -> {
            DataSet d = vm.dataProperty().get();
            if (d != null) {
                // not the last data's histograms and summaries while the new ones are made (seconds at a million)
                figure.clear("Drawing the distributions of " + d.name() + "...");
                newestRows.clear();
                summaryTable.getItems().clear();
            }
            features.run();
            update.run();
        });
        scaled.selectedProperty().addListener(x -> update.run());
        split.valueProperty().addListener(x -> update.run());
        share.selectedProperty().addListener(x -> update.run());
        facetFeature.valueProperty().addListener(x -> {
            if (!refilling[0]) {
                update.run();
            }
        });
        features.run();
        HBox bar = new HBox(8, new Label("Histograms:"), scaled, split, facetFeature, share);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        SplitPane body = new SplitPane(figure, summaryTable);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.72);
        return new BorderPane(body, bar, null, null, null);
    }

    /** Brings the faceted feature's rows (its "all" row, then one per genre) to the top of the summary table. */
    private static void scrollToFeature(TableView<SummaryRows.Row> table, String feature) {
        List<SummaryRows.Row> rows = table.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).feature().equals(feature)) {
                int row = i;
                table.scrollTo(row);
                // again once the new rows are laid out: scrolled in the same pulse as they came, the row was left
                // at the bottom, its genres' rows out of view
                javafx.application.Platform.runLater(() -> table.scrollTo(row));
                return;
            }
        }
    }

    /** The summary table's least height, px: its header, three rows of 24 px and a scroll bar. */
    static final double SUMMARY_MIN_HEIGHT = 26 + 3 * 24 + 16;

    /** Every feature's summary (pandas' conventions: sample sd, linearly interpolated quantiles); per genre when split. */
    private static TableView<SummaryRows.Row> summaryTable() {
        TableView<SummaryRows.Row> t = new TableView<>();
        t.setId("summaryTable");
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // fitted to the values (Tables.fitToContent)
        t.getColumns().add(Tables.textColumn("feature", 110, SummaryRows.Row::feature));
        t.getColumns().add(Tables.textColumn("tracks", 90, SummaryRows.Row::group));
        t.getColumns().add(Tables.textColumn("count", 60, SummaryRows.Row::count));
        t.getColumns().add(Tables.textColumn("missing", 55, SummaryRows.Row::missing));
        t.getColumns().add(Tables.textColumn("imputed", 55, SummaryRows.Row::imputed));
        t.getColumns().add(Tables.textColumn("mean", 60, SummaryRows.Row::mean));
        t.getColumns().add(Tables.textColumn("sd", 60, SummaryRows.Row::sd));
        t.getColumns().add(Tables.textColumn("min", 60, SummaryRows.Row::min));
        t.getColumns().add(Tables.textColumn("5%", 60, SummaryRows.Row::q05));
        t.getColumns().add(Tables.textColumn("25%", 60, SummaryRows.Row::q25));
        t.getColumns().add(Tables.textColumn("median", 60, SummaryRows.Row::median));
        t.getColumns().add(Tables.textColumn("75%", 60, SummaryRows.Row::q75));
        t.getColumns().add(Tables.textColumn("95%", 60, SummaryRows.Row::q95));
        t.getColumns().add(Tables.textColumn("max", 60, SummaryRows.Row::max));
        t.setPlaceholder(new Label("Open data to see its summaries."));
        // the header, three whole rows and the horizontal scroll bar: at 1024 x 700 the split's 28% held one or two
        // (new user); five rows squashed 8 overlaid histograms to strips (new user, session 28)
        t.setMinHeight(SUMMARY_MIN_HEIGHT);
        Controls.tip(t, "count: values present; missing: values absent in the table shown; imputed: values cleaning "
                + "filled in; sd: sample standard deviation (n - 1); quantiles interpolate linearly between values, "
                + "as pandas does.");
        return t;
    }

}
