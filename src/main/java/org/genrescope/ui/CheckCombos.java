package org.genrescope.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.controlsfx.control.CheckComboBox;

/** Check-combo boxes (features, drop genres) kept in step with a view model's lists. */
final class CheckCombos {
    /** The longest list of checked names a settings row shows whole (in characters). */
    static final int SHORT_LIST = 22;

    private CheckCombos() { }

    /**
     * A CheckComboBox over {@code items} whose checked items mirror {@code checked}; names the items do not
     * offer (such as a drop-genre of another data set) stay in {@code checked}.
     */
    static CheckComboBox<String> of(ObservableList<String> items, ObservableList<String> checked) {
        return of(items, checked,
                now -> checked.setAll(concat(checked.stream().filter(s -> !items.contains(s)).toList(), now)));
    }

    /**
     * A CheckComboBox over {@code items} that shows {@code shown} checked and hands the user's checks (in the
     * items' order) to {@code choose}, which decides what the model keeps; {@code shown} is then shown again.
     */
    static CheckComboBox<String> of(ObservableList<String> items, ObservableList<String> shown,
                                            Consumer<List<String>> choose) {
        // The box gets its own copy of the items: when the model's items change, its checks are cleared before its
        // items are replaced, since the check model's indexes into the old items would otherwise point past the new
        // ones (an IndexOutOfBoundsException on the FX thread when a CSV with other columns opened).
        ObservableList<String> own = javafx.collections.FXCollections.observableArrayList(items);
        CheckComboBox<String> box = new CheckComboBox<>(own);
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                if (!own.equals(items)) {
                    own.setAll(items);
                }
                for (String s : shown) {
                    if (own.contains(s)) {
                        box.getCheckModel().check(s);
                    }
                }
            } finally {
                syncing[0] = false;
            }
        };
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing[0]) {
                List<String> now = own.stream().filter(box.getCheckModel()::isChecked).toList();
                syncing[0] = true;
                try {
                    choose.accept(now);
                } finally {
                    syncing[0] = false;
                }
                if (!sameItems(now, shown, items)) {
                    // the model kept something else (unchecking the last feature means the defaults): show it
                    javafx.application.Platform.runLater(fromModel);
                }
            }
        });
        shown.addListener((ListChangeListener<String>) c -> {
            if (!syncing[0]) {
                fromModel.run();
            }
        });
        items.addListener((ListChangeListener<String>) c -> fromModel.run());
        fromModel.run();
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /**
     * Shows what {@code box} has checked in as few words as fit a settings row ("acousticness, tempo", else
     * "8 features", "none"), not a list cut to "acousticness, danc..."; its tooltip gives {@code help} and every
     * checked item.
     */
    static CheckComboBox<String> summarised(CheckComboBox<String> box, String noun, String help) {
        Runnable update = () -> {
            List<String> checked = box.getCheckModel().getCheckedItems().stream().toList();
            box.setTitle(summary(checked, noun));
            String tip = help + (checked.isEmpty() ? "" : "\nChecked: " + String.join(", ", checked) + ".");
            // the tooltip's text changed, not a new tooltip: the checks change one item at a time when data opens
            // (a tooltip each, a quarter of the FX thread's 71 ms in that event at a million tracks, session 13)
            if (box.getTooltip() == null) {
                Controls.tip(box, tip);
            } else {
                box.getTooltip().setText(tip);
            }
        };
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> update.run());
        update.run();
        return box;
    }

    /** The title of a check-combo: the checked items when they are short, else their count ({@code noun} plural). */
    static String summary(List<String> checked, String noun) {
        String list = String.join(", ", checked);
        if (checked.isEmpty()) {
            return "none";
        }
        return list.length() <= SHORT_LIST ? list
                : checked.size() + " " + (checked.size() == 1 ? noun.replaceAll("s$", "") : noun);
    }

    private static boolean sameItems(List<String> checkedNow, List<String> shown, List<String> items) {
        List<String> offered = shown.stream().filter(items::contains).distinct().toList();
        return checkedNow.size() == offered.size() && checkedNow.containsAll(offered);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        for (String s : b) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
