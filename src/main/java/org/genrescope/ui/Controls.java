package org.genrescope.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.settings.SettingField;

/** Small factories that bind controls to view-model properties both ways. */
final class Controls {
    private Controls() { }

    static <T extends Control> T tip(T control, String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(30));
        control.setTooltip(tooltip);
        return control;
    }

    /**
     * Hides the tooltip of any control in {@code scroll}'s content as soon as it scrolls (either way). A tooltip stays
     * {@link #tip}'s 30 s, and scrolling under a still mouse moves its control away without a mouse exit: a new user
     * saw the Latent size slider's tooltip float over the k slider after scrolling the settings (session 11).
     */
    static void tooltipsGoOnScroll(javafx.scene.control.ScrollPane scroll) {
        javafx.beans.InvalidationListener hide = x -> hideTooltips(scroll.getContent());
        scroll.vvalueProperty().addListener(hide);
        scroll.hvalueProperty().addListener(hide);
    }

    /** Hides every shown tooltip of the controls under {@code root}. */
    static void hideTooltips(javafx.scene.Node root) {
        if (root instanceof Control c && c.getTooltip() != null && c.getTooltip().isShowing()) {
            c.getTooltip().hide();
        }
        if (root instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                hideTooltips(child);
            }
        }
    }

    static Spinner<Integer> intSpinner(IntegerProperty property, int min, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>(min, max, Math.max(min, Math.min(max, property.get())), step);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        factory.valueProperty().addListener((o, old, v) -> {
            if (v != null && v != property.get()) {
                property.set(v);
            }
        });
        property.addListener((o, old, v) -> {
            if (!v.equals(factory.getValue())) {
                factory.setValue(v.intValue());
            }
        });
        commitOnFocusLoss(spinner);
        return spinner;
    }

    static Spinner<Double> doubleSpinner(DoubleProperty property, double min, double max, double step) {
        Spinner<Double> spinner = new Spinner<>(min, max, Math.max(min, Math.min(max, property.get())), step);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        SpinnerValueFactory<Double> factory = spinner.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : ResultFigures.fmt(v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    return Double.valueOf(s.trim());
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        factory.valueProperty().addListener((o, old, v) -> {
            if (v != null && v != property.get()) {
                property.set(v);
            }
        });
        property.addListener((o, old, v) -> {
            if (!v.equals(factory.getValue())) {
                factory.setValue(v.doubleValue());
            }
        });
        commitOnFocusLoss(spinner);
        return spinner;
    }

    private static <T> void commitOnFocusLoss(Spinner<T> spinner) {
        spinner.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                try {
                    spinner.increment(0);
                } catch (RuntimeException ignored) {
                    // an unreadable entry keeps the last value
                }
            }
        });
    }

    static TextField longField(LongProperty property) {
        TextField field = new TextField(Long.toString(property.get()));
        field.setPrefColumnCount(8);
        Runnable commit = () -> {
            try {
                property.set(Long.parseLong(field.getText().trim()));
            } catch (NumberFormatException e) {
                field.setText(Long.toString(property.get()));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        property.addListener((o, old, v) -> field.setText(Long.toString(v.longValue())));
        return field;
    }

    static <T> ChoiceBox<T> choice(ObjectProperty<T> property, List<T> values, Function<T, String> names) {
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : names.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** An integer slider with ticks at every value, bound both ways; the value is set while dragging. */
    static Slider intSlider(IntegerProperty property, int min, int max) {
        Slider slider = new Slider(min, max, property.get());
        ticksFor(slider, min, max);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(1);
        slider.valueProperty().addListener((o, old, v) -> {
            int rounded = (int) Math.round(v.doubleValue());
            if (rounded != property.get()) {
                property.set(rounded);
            }
        });
        property.addListener((o, old, v) -> {
            if ((int) Math.round(slider.getValue()) != v.intValue()) {
                slider.setValue(v.intValue());
            }
        });
        return slider;
    }

    /**
     * As above, with an end that follows {@code max} (the latent size's, which the features in use bound): the
     * slider's value, and with it the property, comes down when the end does.
     */
    static Slider intSlider(IntegerProperty property, int min, javafx.beans.value.ObservableIntegerValue max) {
        Slider slider = intSlider(property, min, Math.max(min, max.get()));
        max.addListener((o, old, v) -> {
            int end = Math.max(min, v.intValue());
            ticksFor(slider, min, end);
            slider.setMax(end);
        });
        return slider;
    }

    private static void ticksFor(Slider slider, int min, int max) {
        slider.setMajorTickUnit(max - min > 10 ? 2 : 1);
        slider.setMinorTickCount(max - min > 10 ? 1 : 0);
    }

    /**
     * An integer range slider showing {@code low}..{@code high}; the user's range goes to {@code set} when a
     * thumb is released (or moved by keyboard), not on every pixel of a drag, since each new range restarts
     * background work.
     */
    static RangeSlider intRangeSlider(ReadOnlyIntegerProperty low, ReadOnlyIntegerProperty high,
                                      java.util.function.BiConsumer<Integer, Integer> set, int min, int max) {
        RangeSlider slider = new RangeSlider(min, max, low.get(), high.get());
        slider.setMajorTickUnit(4);
        slider.setMinorTickCount(3);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(1);
        boolean[] syncing = {false};
        Runnable commit = () -> {
            if (!syncing[0] && !slider.isLowValueChanging() && !slider.isHighValueChanging()) {
                int l = (int) Math.round(slider.getLowValue());
                int h = (int) Math.round(slider.getHighValue());
                if (l != low.get() || h != high.get()) {
                    set.accept(l, h);
                }
            }
        };
        slider.lowValueProperty().addListener(x -> commit.run());
        slider.highValueProperty().addListener(x -> commit.run());
        slider.lowValueChangingProperty().addListener(x -> commit.run());
        slider.highValueChangingProperty().addListener(x -> commit.run());
        Runnable fromModel = () -> {
            syncing[0] = true;
            try {
                // widen first so that low <= high holds throughout
                slider.setLowValue(Math.min(slider.getLowValue(), low.get()));
                slider.setHighValue(high.get());
                slider.setLowValue(low.get());
            } finally {
                syncing[0] = false;
            }
        };
        low.addListener((o, was, is) -> fromModel.run());
        high.addListener((o, was, is) -> fromModel.run());
        return slider;
    }

    /**
     * A control for the setting at {@code path}, bound both ways to its property: a spinner with the setting's
     * range and step, a choice box of its allowed values, a check box, or a text field; its tooltip is the
     * setting's meaning and option. Lists of names need their items, so they are not made here.
     *
     * @param names how enum values are shown (null: by their lower-case names)
     */
    static Control forSetting(SettingsViewModel s, String path, Function<Object, String> names) {
        SettingField f = AnalysisConfig.SCHEMA.field(path);
        Control control = switch (f.kind()) {
            case INT -> intSpinner(s.intProperty(path), (int) Math.max(Integer.MIN_VALUE, lowest(f)),
                    (int) Math.min(Integer.MAX_VALUE, f.max()), (int) Math.max(1, f.step()));
            case DOUBLE -> doubleSpinner(s.doubleProperty(path), lowest(f), Math.min(f.max(), 1e9), f.step());
            case LONG -> longField(s.longProperty(path));
            case BOOLEAN -> {
                CheckBox box = new CheckBox(f.label());
                box.setMnemonicParsing(false);
                box.selectedProperty().bindBidirectional(s.booleanProperty(path));
                yield box;
            }
            case ENUM -> choice(s.objectProperty(path), f.choices(), names == null ? SettingField::id : names);
            case TEXT, INT_LIST -> {
                TextField field = new TextField();
                field.textProperty().bindBidirectional(s.textProperty(path));
                yield field;
            }
            case TEXT_LIST -> throw new IllegalArgumentException(path + " is a list of names: use checkCombo");
        };
        control.disableProperty().bind(s.inUseProperty(path).not());
        return tip(control, describe(f));
    }

    /** The tooltip of a setting: its meaning, then its option, so the CLI's spelling is one hover away. */
    static String describe(SettingField f) {
        return f.help() + " (" + f.option() + ")";
    }

    /** The lowest value a control offers: the minimum, just above it when the minimum is excluded. */
    private static double lowest(SettingField f) {
        if (f.min() == Double.NEGATIVE_INFINITY) {
            return f.kind() == SettingField.Kind.DOUBLE ? -1e9 : Integer.MIN_VALUE;
        }
        if (!f.exclusiveMin()) {
            return f.min();
        }
        return f.kind() == SettingField.Kind.DOUBLE ? f.min() + f.step() / 1000 : f.min() + 1;
    }

    static <N extends Node> N id(N node, String id) {
        node.setId(id);
        return node;
    }

    /**
     * A wrapped line that shows {@code text} when it is not empty and takes no room when it is: the note that a
     * comparison or study on screen was made with other settings than the window's (its id {@code id}).
     */
    static javafx.scene.control.Label staleNote(javafx.beans.value.ObservableStringValue text, String id) {
        javafx.scene.control.Label note = new javafx.scene.control.Label();
        note.setId(id);
        note.getStyleClass().add("warning-text");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setMinWidth(0);
        note.setMaxWidth(Double.MAX_VALUE);
        note.textProperty().bind(text);
        note.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }
}
