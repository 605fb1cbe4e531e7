package org.genrescope.ui;

import java.util.function.Consumer;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.genrescope.plot.Figure;

/**
 * The result tabs: Data, Distributions, Clusters, Genres vs clusters, Cluster profiles, Stability, Sweep, Compare;
 * each tab is its own view.
 */
final class ResultTabs {
    final Tab data;
    final Tab distributions;
    final Tab clusters;
    final Tab genres;
    final Tab profiles;
    final Tab stability;
    final Tab sweep;
    final SweepTab sweepTab;
    final Tab compare;
    final CompareViewModel comparison;
    final ScatterCanvas scatter;
    final TableView<MetricRow> metricsTable;

    ResultTabs(WorkbenchViewModel vm, Consumer<Figure> exporter, Runnable showDataTab) {
        ClustersTab clustersTab = new ClustersTab(vm, exporter);
        data = tab("Data", "dataTab", new DataTab(vm, exporter).build());
        distributions = tab("Distributions", "distributionsTab", new DistributionsTab(vm, exporter).build());
        clusters = tab("Clusters", "clustersTab", clustersTab.build(showDataTab));
        genres = tab("Genres vs clusters", "genresTab", new GenresTab(vm, exporter).build());
        profiles = tab("Cluster profiles", "profilesTab", new ProfilesTab(vm, exporter).build());
        stability = tab("Stability", "stabilityTab", new StabilityTab(vm, vm.stability(), exporter).build());
        sweepTab = new SweepTab(vm, exporter);
        sweep = tab("Sweep", "sweepTab", sweepTab.build());
        comparison = new CompareViewModel(new FxBackgroundRunner(), vm.pipeline(), () -> vm.dataProperty().get() == null
                ? null : vm.settings().config(vm.dataProperty().get().path()), vm::fail);
        vm.dataProperty().addListener((o, old, now) -> {
            if (old == null || now == null || !old.path().equals(now.path())) {
                comparison.reset(); // a comparison of other data
            }
        });
        compare = tab("Compare", "compareTab", new CompareTab(comparison, exporter).build());
        scatter = clustersTab.scatter;
        metricsTable = clustersTab.metricsTable;
    }

    /**
     * A tab whose content is in the window only while the tab is selected. JavaFX styles and lays out the content
     * of every tab, shown or not: at a million tracks the hidden Data tab's table took 100-135 ms of the FX thread's
     * CPU at each new set of its rows (the data, the training's clusters, their column formats), and the hidden
     * figures and tables of the other tabs more, in the stalls while training and as the result arrived
     * (docs/benchmarks.md, "The result shown at a million (session 9)"). The content is kept, and styled and laid
     * out when its tab is selected. {@link Tab#getContent()} is a holder that has it as its child while selected.
     */
    private static Tab tab(String title, String id, javafx.scene.Node content) {
        StackPane holder = new StackPane();
        Tab t = new Tab(title, holder);
        t.setId(id);
        t.setClosable(false);
        Runnable place = () -> {
            if (!t.isSelected()) {
                holder.getChildren().clear();
            } else if (holder.getChildren().isEmpty()) {
                holder.getChildren().add(content);
            }
        };
        t.selectedProperty().addListener(x -> place.run());
        place.run();
        return t;
    }
}
