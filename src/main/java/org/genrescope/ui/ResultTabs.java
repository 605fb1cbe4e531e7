package org.genrescope.ui;

import java.util.function.Consumer;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
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
        data = tab("Data", "dataTab", null);
        data.setContent(new DataTab(vm, exporter).build(data.selectedProperty()));
        distributions = tab("Distributions", "distributionsTab", null);
        distributions.setContent(new DistributionsTab(vm, exporter).build(distributions.selectedProperty()));
        clusters = tab("Clusters", "clustersTab", clustersTab.build(showDataTab));
        // the tab on screen takes a new result at once; these two, when hidden, each in a pulse of its own once the
        // shown tab's plot is drawn
        TabUpdates later = new TabUpdates(TabUpdates.RESULT_FIRST_GAP_MS, TabUpdates.RESULT_BETWEEN_MS);
        genres = tab("Genres vs clusters", "genresTab", null);
        genres.setContent(new GenresTab(vm, exporter).build(later, genres.selectedProperty()));
        profiles = tab("Cluster profiles", "profilesTab", null);
        profiles.setContent(new ProfilesTab(vm, exporter).build(later, profiles.selectedProperty()));
        stability = tab("Stability", "stabilityTab", new StabilityTab(vm, vm.stability(), exporter).build());
        sweepTab = new SweepTab(vm, exporter);
        sweep = tab("Sweep", "sweepTab", sweepTab.build());
        comparison = new CompareViewModel(new FxBackgroundRunner(), vm.pipeline(), () -> vm.dataProperty().get() == null
                ? null : vm.settings().config(vm.dataProperty().get().path()), vm::fail);
        comparison.rememberFigureMetric(vm.store());
        vm.settings().revisionProperty().addListener(x -> comparison.settingsChanged());
        vm.dataProperty().addListener((o, old, now) -> {
            if (old == null || now == null || !old.path().equals(now.path())) {
                comparison.reset(); // a comparison of other data
            }
        });
        // Compare's result goes into the session with the trained one, and comes back with it (ADR 0016, session 14)
        comparison.resultProperty().addListener((o, old, now) -> vm.keepComparison(now));
        vm.restoredComparisonProperty().addListener((o, old, now) -> {
            if (now != null) {
                comparison.restore(now);
            }
        });
        if (vm.restoredComparisonProperty().get() != null) {
            comparison.restore(vm.restoredComparisonProperty().get());
        }
        compare = tab("Compare", "compareTab", new CompareTab(comparison, exporter).build());
        scatter = clustersTab.scatter;
        metricsTable = clustersTab.metricsTable;
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }
}
