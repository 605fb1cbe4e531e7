package org.genrescope.ui;

import static org.genrescope.ui.Controls.tip;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genrescope.analysis.ClusteringAlgorithm;
import org.genrescope.analysis.ProjectionMethod;
import org.genrescope.analysis.Recipe;
import org.genrescope.analysis.Representation;
import org.genrescope.data.MissingValuePolicy;
import org.genrescope.features.Scaling;
import org.genrescope.model.embedding.Activation;
import org.controlsfx.control.RangeSlider;

/** The settings panel, grouped by pipeline stage; every control has a tooltip saying what it does. */
final class SettingsPane extends VBox {

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
                + "standard scaling, 10 K-Means restarts.");
        plainRecipe.setOnAction(e -> s.applyRecipe(Recipe.PLAIN));
        HBox recipes = new HBox(6, seedRecipe, plainRecipe);

        // Data cleaning and genre grouping
        CheckBox rollUp = tip(new CheckBox("Fill missing top genre from genres_all"), "FMA only: a track without a "
                + "top genre gets the root of the genres it is tagged with, as the study did (--roll-up-genres).");
        rollUp.setMnemonicParsing(false);
        rollUp.selectedProperty().bindBidirectional(s.rollUpGenresProperty());
        var missing = tip(Controls.choice(s.missingProperty(), List.of(MissingValuePolicy.values()),
                v -> v.name().toLowerCase(Locale.ROOT)), "What to do with a missing feature value: drop the track "
                + "(the study's choice), or fill in the feature's mean or median (--missing).");
        var dropGenres = tip(Controls.checkCombo(s.availableGenres(), s.dropGenres()), "Genres whose tracks are "
                + "removed before clustering; the study dropped Experimental and Old-Time / Historic (--drop-genres).");
        CheckBox club = tip(new CheckBox("Club minor genres into major ones"), "Genres with at most the median number "
                + "of tracks join the major genre whose mean features are nearest, as the study did (--club-minor-genres).");
        club.selectedProperty().bindBidirectional(s.clubMinorGenresProperty());
        TitledPane data = section("Data cleaning and genres", grid(
                row("Missing values", missing), row("Drop genres", dropGenres)), rollUp, club);
        // set once per data set; collapsed so that the k slider is in view on a 1280 x 800 screen
        data.setExpanded(false);

        // Features and scaling
        var features = tip(Controls.checkCombo(s.availableFeatures(), s.featuresInUse(), s::chooseFeatures),
                "The feature columns to cluster on, checked as in use; the default is the 8 Echo Nest audio "
                        + "features the study used, and unchecking all returns to them (--features).");
        features.setId("featuresChooser");
        var scaling = tip(Controls.choice(s.scalingProperty(), List.of(Scaling.values()), Scaling::id),
                "seed: tempo min-max to 0..1, then each track to unit length (the study's); standard: zero mean and "
                        + "unit variance per feature; minmax: each feature to 0..1; none: raw values (--scaling).");
        TitledPane featurePane = section("Features and scaling", grid(row("Features", features), row("Scaling", scaling)));

        // Representation
        var representation = tip(Controls.choice(s.representationProperty(), List.of(Representation.values()),
                v -> switch (v) {
                    case AUTOENCODER -> "autoencoder code";
                    case PCA -> "PCA";
                    case FEATURES -> "scaled features";
                }), "What K-Means clusters: the code of an autoencoder trained on the scaled features (the study's), "
                + "their principal components, or the scaled features themselves (--representation).");
        Slider latent = tip(Controls.intSlider(s.latentProperty(), SettingsViewModel.LATENT_MIN, SettingsViewModel.LATENT_MAX),
                "Width of the autoencoder's code or the number of principal components; must be below the number of "
                        + "features. Changing it needs Train (--latent).");
        latent.setId("latentSlider");
        Label latentValue = new Label();
        latentValue.textProperty().bind(s.latentProperty().asString());
        TitledPane representPane = section("Representation", grid(row("Cluster on", representation),
                row("Latent size", new HBox(4, latent, latentValue))));

        // Autoencoder
        TextField hidden = tip(new TextField(), "Widths of hidden layers between the input and the code, such as "
                + "\"16, 8\"; empty gives the study's 8-5-8 network (--hidden).");
        hidden.textProperty().bindBidirectional(s.hiddenLayersProperty());
        var epochs = tip(Controls.intSpinner(s.epochsProperty(), 1, 100_000, 10), "Training passes over the data (--epochs).");
        epochs.setId("epochsSpinner");
        var batch = tip(Controls.intSpinner(s.batchProperty(), 1, 65_536, 32), "Tracks per gradient step (--batch).");
        var rate = tip(Controls.doubleSpinner(s.learningRateProperty(), 1e-6, 1, 0.0005), "Adam's learning rate (--learning-rate).");
        var activation = tip(Controls.choice(s.activationProperty(), List.of(Activation.values()), Activation::id),
                "Activation of the hidden and code layers (--activation).");
        var output = tip(Controls.choice(s.outputActivationProperty(), List.of(Activation.values()), Activation::id),
                "Activation of the reconstruction: the study used relu, which can die and collapse the code; identity "
                        + "cannot (--output-activation).");
        var validation = tip(Controls.doubleSpinner(s.validationSplitProperty(), 0, 0.5, 0.05), "Share of tracks "
                + "held out to watch for overfitting; 0 trains on all (--validation-split).");
        var patience = tip(Controls.intSpinner(s.patienceProperty(), 0, 10_000, 1), "Stop after this many epochs "
                + "without a better validation loss and keep the best epoch; 0 never stops early (--patience).");
        TitledPane autoencoder = section("Autoencoder", grid(row("Hidden layers", hidden), row("Epochs", epochs),
                row("Batch", batch), row("Learning rate", rate), row("Activation", activation), row("Output", output),
                row("Validation", validation), row("Patience", patience)));
        autoencoder.disableProperty().bind(s.representationProperty().isNotEqualTo(Representation.AUTOENCODER));
        autoencoder.setExpanded(false);

        // Clustering
        var algorithm = tip(Controls.choice(s.algorithmProperty(), List.of(ClusteringAlgorithm.values()), ClusteringAlgorithm::id),
                "K-Means finds k round clusters; DBSCAN finds dense regions of any shape and leaves sparse tracks as "
                        + "noise (--algorithm).");
        RangeSlider kRange = tip(Controls.intRangeSlider(s.kRangeMinProperty(), s.kRangeMaxProperty(), s::setKRange,
                SettingsViewModel.K_MIN, SettingsViewModel.K_LIMIT), "The ks computed in the background after each "
                + "training, with the chosen restarts, so that the k slider (which spans this range) shows full results "
                + "at once; each k costs about one clustering. Stops at the number of tracks; needs no training.");
        kRange.setId("kRangeSlider");
        Label kRangeValue = new Label();
        kRangeValue.setId("kRangeValue");
        kRangeValue.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kRangeValue.textProperty().bind(s.kRangeMinProperty().asString().concat("-").concat(s.kRangeMaxProperty()));
        kRange.disableProperty().bind(s.algorithmProperty().isNotEqualTo(ClusteringAlgorithm.KMEANS));
        Slider k = tip(Controls.intSlider(s.kProperty(), s.kRangeMinProperty().get(), s.kRangeMaxProperty().get()),
                "Number of K-Means clusters. Moving it re-clusters the trained code at once: a quick one-restart "
                        + "preview first, then the full result from the background sweep (--k).");
        k.setId("kSlider");
        k.minProperty().bind(s.kRangeMinProperty());
        k.maxProperty().bind(s.kRangeMaxProperty());
        Label kValue = new Label();
        kValue.setId("kValue");
        kValue.textProperty().bind(s.kProperty().asString());
        k.disableProperty().bind(s.algorithmProperty().isNotEqualTo(ClusteringAlgorithm.KMEANS));
        var restarts = tip(Controls.intSpinner(s.restartsProperty(), 1, 10_000, 10), "K-Means runs from this many "
                + "seeded starts and keeps the tightest; the study used 100 (--restarts).");
        var eps = tip(Controls.doubleSpinner(s.epsProperty(), 1e-6, 1000, 0.01), "DBSCAN: how close two tracks must be "
                + "to be neighbours, in the clustered space's units (--eps).");
        var minPoints = tip(Controls.intSpinner(s.minPointsProperty(), 1, 10_000, 1), "DBSCAN: neighbours a track needs "
                + "to start a cluster (--min-points).");
        eps.disableProperty().bind(s.algorithmProperty().isNotEqualTo(ClusteringAlgorithm.DBSCAN));
        minPoints.disableProperty().bind(s.algorithmProperty().isNotEqualTo(ClusteringAlgorithm.DBSCAN));
        restarts.disableProperty().bind(s.algorithmProperty().isNotEqualTo(ClusteringAlgorithm.KMEANS));
        TitledPane clustering = section("Clustering", grid(row("Algorithm", algorithm),
                row("k range", new HBox(4, kRange, kRangeValue)), row("k", new HBox(4, k, kValue)),
                row("Restarts", restarts), row("DBSCAN eps", eps),
                row("DBSCAN minPts", minPoints)));

        // Projection and seed
        var projection = tip(Controls.choice(s.projectionProperty(),
                List.of(ProjectionMethod.PCA, ProjectionMethod.TSNE, ProjectionMethod.UMAP),
                v -> v == ProjectionMethod.TSNE ? "t-SNE" : v.name()), "How the clustered space is drawn in 2-D: PCA "
                + "keeps distances (fast); t-SNE and UMAP keep neighbourhoods (slower) (--projection).");
        var perplexity = tip(Controls.doubleSpinner(s.perplexityProperty(), 2, 500, 5), "t-SNE: roughly how many "
                + "neighbours each track attends to (--perplexity).");
        perplexity.disableProperty().bind(s.projectionProperty().isNotEqualTo(ProjectionMethod.TSNE));
        var neighbours = tip(Controls.intSpinner(s.umapNeighboursProperty(), 2, 500, 1), "UMAP: neighbours per track "
                + "in its graph (--umap-neighbours).");
        neighbours.disableProperty().bind(s.projectionProperty().isNotEqualTo(ProjectionMethod.UMAP));
        TextField seed = tip(Controls.longField(s.seedProperty()), "Drives every random choice (autoencoder weights, "
                + "K-Means starts, projections): the same seed gives the same result on this machine (--seed).");
        TitledPane projectionPane = section("Projection and seed", grid(row("Projection", projection),
                row("Perplexity", perplexity), row("Neighbours", neighbours), row("Seed", seed)));

        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(s.problemProperty());
        problem.visibleProperty().bind(s.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        getChildren().addAll(recipes, problem, data, featurePane, representPane, autoencoder, clustering, projectionPane);
    }

    private static TitledPane section(String title, Node... content) {
        VBox box = new VBox(6, content);
        TitledPane pane = new TitledPane(title, box);
        pane.setAnimated(false);
        return pane;
    }

    private record Row(String label, Node control) { }

    private static Row row(String label, Node control) {
        return new Row(label, control);
    }

    private static GridPane grid(Row... rows) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        for (int i = 0; i < rows.length; i++) {
            Label label = new Label(rows[i].label());
            label.setLabelFor(rows[i].control());
            grid.addRow(i, label, rows[i].control());
            if (rows[i].control() instanceof HBox h && !h.getChildren().isEmpty()) {
                HBox.setHgrow(h.getChildren().get(0), Priority.ALWAYS);
            }
        }
        return grid;
    }
}
