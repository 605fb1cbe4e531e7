package org.genrescope.ui;

import static org.genrescope.ui.Controls.tip;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.settings.SettingField;
import org.controlsfx.control.RangeSlider;

/**
 * The settings panel, grouped by pipeline stage, the groups in the order of use (clustering first). It only places
 * the settings: each control, its label, range and
 * tooltip come from the setting's description ({@link Controls#forSetting}); a few get a special control (the
 * features and genre choosers, the latent and k sliders).
 */
final class SettingsPane extends VBox {
    /** A titled group of settings, by path, in the order shown. */
    record Section(String title, boolean expanded, List<String> settings) { }

    /** Where each setting is shown: every setting of {@link AnalysisConfig#SCHEMA} is here or in {@link #SET_ELSEWHERE}. */
    static final List<Section> SECTIONS = List.of(
            // ordered by use, not by pipeline stage: the k slider (moved most, needs no training) first, so that it
            // and Train are in view without scrolling at 1024 x 700, where the panel shows about 340 px of settings
            // (session 11's report: in pipeline order only down to the "Clustering" heading showed)
            new Section("Clustering", true, List.of("algorithm", "k", "restarts", "eps", "min_points")),
            new Section("Representation", true, List.of("representation", "latent")),
            new Section("Features and scaling", true, List.of("features", "scaling")),
            new Section("Projection and seed", true, List.of("projection", "perplexity", "umap_neighbours", "seed")),
            // set once per data set, or rarely: folded
            new Section("Data cleaning and genres", false,
                    List.of("missing", "drop_genres", "roll_up_genres", "club_minor_genres",
                            "genre_steps_on_any_labels")),
            new Section("Autoencoder", false, List.of("autoencoder.hidden", "autoencoder.epochs", "autoencoder.batch",
                    "autoencoder.learning_rate", "autoencoder.activation", "autoencoder.output_activation",
                    "autoencoder.validation_split", "autoencoder.patience")));

    /** Settings with their own place: the recipe buttons, and what the CSV dialog chooses (columns, dialect). */
    static final Set<String> SET_ELSEWHERE = Set.of("recipe", "id_column", "label", "title_column",
            "artist_column", "encoding", "delimiter", "decimal", "missing_values");

    SettingsPane(SettingsViewModel s, WorkbenchViewModel workbench) {
        setSpacing(6);
        setPadding(new Insets(6));
        getStyleClass().add("settings-pane");

        Button seedRecipe = tip(new Button("Seed recipe"), "Sets every value to the original study's recipe: drop "
                + "Experimental and Old-Time / Historic, club minor genres, seed scaling, an 8-5-8 ReLU autoencoder "
                + "trained 100 epochs, K-Means with k = 8 and 100 restarts, seed 1986. Keeps the chosen columns.");
        seedRecipe.setId("seedRecipeButton");
        seedRecipe.setOnAction(e -> s.applyRecipe(Recipe.SEED));
        Button plainRecipe = tip(new Button("Plain recipe"), "A neutral starting point: no genres dropped or clubbed, "
                + "standard scaling, 10 K-Means restarts, and the window's tanh code with an identity output (the "
                + "study's ReLU network collapses for seed 1986). Keeps the chosen columns.");
        plainRecipe.setOnAction(e -> s.applyRecipe(Recipe.PLAIN));

        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(s.problemProperty());
        problem.visibleProperty().bind(s.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        getChildren().addAll(new HBox(6, seedRecipe, plainRecipe), problem);
        SectionFolds folds = new SectionFolds(workbench.store());
        for (Section section : SECTIONS) {
            GridPane grid = grid();
            VBox checks = new VBox(6);
            for (String path : section.settings()) {
                Node control = control(s, path);
                if (control instanceof CheckBox) {
                    checks.getChildren().add(control); // a check box says its label itself
                } else {
                    addRow(grid, AnalysisConfig.SCHEMA.field(path).label(), control);
                }
            }
            TitledPane pane = new TitledPane(section.title(), new VBox(6, grid, checks));
            pane.setAnimated(false);
            folds.follow(section, pane.expandedProperty());
            getChildren().add(pane);
        }
    }

    /** The control of one setting: its own kind of control where it needs one, else the one its kind has. */
    private static Node control(SettingsViewModel s, String path) {
        SettingField f = AnalysisConfig.SCHEMA.field(path);
        return switch (path) {
            case "features" -> Controls.id(CheckCombos.summarised(CheckCombos.of(s.availableFeatures(),
                    s.featuresInUse(), s::chooseFeatures), "features", Controls.describe(f)
                    + " Unchecking all returns to the 8 audio features."), "featuresChooser");
            case "drop_genres" -> CheckCombos.summarised(CheckCombos.of(s.availableGenres(), s.dropGenres()), "genres",
                    Controls.describe(f));
            case "latent" -> withValue(Controls.id(tip(Controls.intSlider(s.latentProperty(),
                    SettingsViewModel.LATENT_MIN, s.latentMaxProperty()), Controls.describe(f)
                    + " Changing it needs Train."), "latentSlider"), s, path);
            case "k" -> kControls(s, f);
            case "representation" -> Controls.forSetting(s, path, v -> switch ((Representation) v) {
                case AUTOENCODER -> "autoencoder code";
                case PCA -> "PCA";
                case FEATURES -> "scaled features";
            });
            case "projection" -> {
                var box = Controls.choice(s.<ProjectionMethod>objectProperty(path),
                        List.of(ProjectionMethod.PCA, ProjectionMethod.TSNE, ProjectionMethod.UMAP), // it always draws
                        v -> v == ProjectionMethod.TSNE ? "t-SNE" : v.name());
                yield tip(box, Controls.describe(f));
            }
            default -> Controls.forSetting(s, path, null);
        };
    }

    private static Node withValue(Slider slider, SettingsViewModel s, String path) {
        Label value = new Label();
        value.textProperty().bind(s.intProperty(path).asString());
        slider.disableProperty().bind(s.inUseProperty(path).not());
        return new HBox(4, slider, value);
    }

    /** The k range the background sweep computes, and k inside it. */
    private static Node kControls(SettingsViewModel s, SettingField k) {
        RangeSlider kRange = tip(Controls.intRangeSlider(s.kRangeMinProperty(), s.kRangeMaxProperty(), s::setKRange,
                SettingsViewModel.K_MIN, SettingsViewModel.K_LIMIT), "The ks computed in the background after each "
                + "training, with the chosen restarts, so that the k slider (which spans this range) shows full results "
                + "at once; each k costs about one clustering. Stops at the number of tracks; needs no training.");
        kRange.setId("kRangeSlider");
        Label kRangeValue = new Label();
        kRangeValue.setId("kRangeValue");
        kRangeValue.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kRangeValue.textProperty().bind(s.kRangeMinProperty().asString().concat("-").concat(s.kRangeMaxProperty()));
        kRange.disableProperty().bind(s.inUseProperty("k").not());
        Slider slider = tip(Controls.intSlider(s.kProperty(), s.kRangeMinProperty().get(), s.kRangeMaxProperty().get()),
                Controls.describe(k) + " Moving it re-clusters the trained code at once: a quick one-restart preview "
                        + "first, then the full result from the background sweep.");
        slider.setId("kSlider");
        slider.minProperty().bind(s.kRangeMinProperty());
        slider.maxProperty().bind(s.kRangeMaxProperty());
        Label kValue = new Label();
        kValue.setId("kValue");
        kValue.textProperty().bind(s.kProperty().asString());
        slider.disableProperty().bind(s.inUseProperty("k").not());
        GridPane both = grid();
        addRow(both, "k range", new HBox(4, kRange, kRangeValue));
        addRow(both, k.label(), new HBox(4, slider, kValue));
        return both;
    }

    /** Every setting the pane places, by path (for the test that no setting is left out). */
    static Set<String> placed() {
        Set<String> out = new HashSet<>(SET_ELSEWHERE);
        SECTIONS.forEach(section -> out.addAll(section.settings()));
        return out;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        return grid;
    }

    private static void addRow(GridPane grid, String text, Node control) {
        if (control instanceof GridPane inner) { // the k controls bring their own rows
            GridPane.setColumnSpan(inner, 2);
            grid.add(inner, 0, grid.getRowCount());
            return;
        }
        Label label = new Label(text);
        label.setLabelFor(control);
        grid.addRow(grid.getRowCount(), label, control);
        if (control instanceof HBox h && !h.getChildren().isEmpty()) {
            HBox.setHgrow(h.getChildren().get(0), Priority.ALWAYS);
        }
    }
}
