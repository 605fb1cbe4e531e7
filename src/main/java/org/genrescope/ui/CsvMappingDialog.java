package org.genrescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.genrescope.data.CsvDelimiter;
import org.genrescope.data.DecimalMark;

/**
 * The CSV dialog: how to read the file (encoding, delimiter, decimal mark), which columns mean what, and a preview
 * of the first rows as the loader will parse them, all on {@link CsvMappingViewModel}. Escape cancels.
 */
final class CsvMappingDialog {
    private static final String NONE = "(none)";
    private static final String ROW_NUMBER = "(row number)";
    private static final double MAX_COLUMN_WIDTH = 260;

    private final CsvMappingViewModel vm;
    private final Dialog<CsvMapping> dialog = new Dialog<>();
    private final CheckComboBox<String> features = new CheckComboBox<>();
    private final TableView<List<String>> preview = new TableView<>();
    private final Label problem = new Label();
    private final List<Runnable> columnListeners = new ArrayList<>();
    private boolean syncing;

    CsvMappingDialog(Window owner, CsvMappingViewModel vm) {
        this.vm = vm;
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle("Open CSV: " + vm.file().getFileName());
        dialog.setHeaderText("How to read " + vm.file().getFileName() + ": the preview shows the first rows as "
                + "they will be loaded.");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefSize(940, 600);
        // a dialog has its own scene, so it takes the workbench's styles (the error colour) itself
        dialog.getDialogPane().getStylesheets().add(CsvMappingDialog.class.getResource("workbench.css")
                .toExternalForm());
        dialog.setResultConverter(button -> button == ButtonType.OK ? vm.mapping() : null);
        // Escape cancels wherever the focus is (a chooser that is open closes first: it consumes the key)
        dialog.getDialogPane().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                dialog.setResult(null);
                dialog.close();
            }
        });
    }

    Optional<CsvMapping> showAndWait() {
        return dialog.showAndWait();
    }

    private Node content() {
        ComboBox<String> encoding = new ComboBox<>(FXCollections.observableArrayList(CsvMappingViewModel.ENCODINGS));
        encoding.setId("csvEncoding");
        encoding.valueProperty().bindBidirectional(vm.encodingProperty());
        ChoiceBox<CsvDelimiter> delimiter = new ChoiceBox<>(FXCollections.observableArrayList(CsvDelimiter.values()));
        delimiter.setId("csvDelimiter");
        delimiter.setConverter(named(CsvDelimiter::id));
        delimiter.valueProperty().bindBidirectional(vm.delimiterProperty());
        ChoiceBox<DecimalMark> decimal = new ChoiceBox<>(FXCollections.observableArrayList(DecimalMark.values()));
        decimal.setId("csvDecimal");
        decimal.setConverter(named(DecimalMark::id));
        decimal.valueProperty().bindBidirectional(vm.decimalProperty());
        tip(encoding, "The file's character set; auto: a byte order mark, else UTF-8 when the bytes are UTF-8, "
                + "else windows-1252.");
        tip(delimiter, "The field separator; auto detects it from the header and the first rows.");
        tip(decimal, "Point (0.25) or comma (0,25; only when fields are not separated by commas); auto detects it.");
        Label readAs = new Label();
        readAs.textProperty().bind(vm.readAsProperty());

        features.setId("csvFeatures");
        features.setPrefWidth(640);
        tip(features, "The numeric columns to cluster on; preset to the 8 Echo Nest audio features when present.");
        features.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                vm.features().setAll(List.copyOf(features.getCheckModel().getCheckedItems()));
            }
        });
        vm.features().addListener((ListChangeListener<String>) c -> checkFeatures());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Encoding:"), encoding, new Label("Delimiter:"), delimiter,
                new Label("Decimal mark:"), decimal);
        grid.add(readAs, 0, 1, 6, 1);
        grid.addRow(2, new Label("Features:"), features);
        GridPane.setColumnSpan(features, 5);
        grid.addRow(3, new Label("Id column:"), chooser(vm.idColumnProperty(), ROW_NUMBER, "csvId",
                "A column with each track's id; without one, the row number is used."),
                new Label("Genre column:"), chooser(vm.labelColumnProperty(), NONE, "csvGenre",
                "The genre of each track, to compare the clusters with; (none) for unlabelled data."));
        grid.addRow(4, new Label("Title column:"), chooser(vm.titleColumnProperty(), NONE, "csvTitle",
                "The track title, shown in the Data tab and when hovering a point."),
                new Label("Artist column:"), chooser(vm.artistColumnProperty(), NONE, "csvArtist",
                "The artist, shown in the Data tab and when hovering a point."));
        for (Node n : grid.getChildren()) {
            GridPane.setValignment(n, javafx.geometry.VPos.CENTER);
        }

        preview.setId("csvPreview");
        preview.setPlaceholder(new Label("No rows to show."));
        preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        vm.table().columns().addListener((ListChangeListener<String>) c -> rebuildColumns());
        vm.table().rows().addListener((ListChangeListener<List<String>>) c -> showRows());
        vm.columns().addListener((ListChangeListener<String>) c -> columnsChanged());
        vm.readingProperty().addListener(x -> update());
        vm.readProblemProperty().addListener(x -> update());
        columnsChanged();
        rebuildColumns();
        VBox box = new VBox(8, grid, new Label("First rows as they will be loaded:"), preview, problem);
        VBox.setVgrow(preview, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    /** A column chooser bound both ways to {@code property}; "" shows as {@code none}. */
    private ComboBox<String> chooser(StringProperty property, String none, String id, String tip) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        tip(box, tip);
        if (property == vm.labelColumnProperty()) {
            box.setConverter(named(c -> c != null && !c.isEmpty() && c.equals(vm.suggestedLabelProperty().get())
                    ? c + "  (suggested)" : c));
        }
        Runnable fromModel = () -> {
            syncing = true;
            // "none" is offered only where the loader then finds none: an empty setting means "detect"
            box.getItems().setAll(withNone(vm.detected(property).isEmpty() ? none : null));
            box.setValue(property.get().isEmpty() ? none : property.get());
            syncing = false;
        };
        columnListeners.add(fromModel);
        property.addListener(x -> fromModel.run());
        box.valueProperty().addListener(x -> {
            if (!syncing) {
                property.set(box.getValue() == null || box.getValue().equals(none) ? "" : box.getValue());
            }
        });
        fromModel.run();
        return box;
    }

    private List<String> withNone(String none) {
        List<String> out = new ArrayList<>();
        if (none != null) {
            out.add(none);
        }
        out.addAll(vm.columns());
        return out;
    }

    private void columnsChanged() {
        syncing = true;
        // checks first: CheckComboBox keeps checked indices, which must not outlive the items they index
        features.getCheckModel().clearChecks();
        features.getItems().setAll(vm.columns());
        syncing = false;
        checkFeatures();
        columnListeners.forEach(Runnable::run);
    }

    private void checkFeatures() {
        syncing = true;
        features.getCheckModel().clearChecks();
        vm.features().stream().filter(features.getItems()::contains).forEach(features.getCheckModel()::check);
        syncing = false;
        update();
    }

    private void rebuildColumns() {
        preview.getColumns().clear();
        List<String> names = vm.table().columns();
        for (int i = 0; i < names.size(); i++) {
            int at = i;
            TableColumn<List<String>, String> column = new TableColumn<>();
            column.setSortable(false);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(at < row.getValue().size()
                    ? row.getValue().get(at) : ""));
            column.setCellFactory(c -> new PreviewCell());
            preview.getColumns().add(column);
        }
        showRows();
    }

    private void showRows() {
        List<String> names = vm.table().columns();
        for (int i = 0; i < preview.getColumns().size() && i < names.size(); i++) {
            String role = vm.role(names.get(i));
            TableColumn<List<String>, ?> column = preview.getColumns().get(i);
            column.setText(names.get(i) + "\n" + (role.isEmpty() ? "not read" : role));
            // wide enough for the header and the cells shown, so that a parsed number is never cut
            double width = Math.max(textWidth(names.get(i)), textWidth(role.isEmpty() ? "not read" : role)) + 8;
            for (List<String> row : vm.table().rows()) {
                width = Math.max(width, i < row.size() ? textWidth(row.get(i)) : 0);
            }
            column.setPrefWidth(Math.min(MAX_COLUMN_WIDTH, width + 24));
        }
        preview.getItems().setAll(vm.table().rows());
        update();
    }

    private void update() {
        String why = vm.problem();
        problem.setText(why);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        if (ok != null) {
            ok.setDisable(!why.isEmpty());
        }
    }

    private static double textWidth(String text) {
        return new javafx.scene.text.Text(text).getLayoutBounds().getWidth();
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    private static void tip(javafx.scene.control.Control control, String text) {
        control.setTooltip(new Tooltip(text));
    }

    /** A preview cell: a failing feature cell in the error colour, a missing one dimmed, numbers to the right. */
    private static final class PreviewCell extends TableCell<List<String>, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("error-text");
            setText(empty ? null : item);
            setTooltip(null);
            if (empty || item == null) {
                return;
            }
            if (item.startsWith(PreviewTable.FAILS)) {
                getStyleClass().add("error-text");
                setTooltip(new Tooltip("Not a number: loading stops at this cell."));
            }
            boolean missing = item.equals(PreviewTable.MISSING);
            setStyle(missing ? "-fx-text-fill: gray; -fx-font-style: italic;" : "");
            setAlignment(missing || looksNumeric(item) ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        }

        private static boolean looksNumeric(String text) {
            return text.matches("[+-]?[0-9.]+([eE][+-]?[0-9]+)?");
        }
    }
}
