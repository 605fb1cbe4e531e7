package org.genrescope.ui;

import javafx.stage.Stage;

/** The window's size, place and maximised state, remembered between sessions (a damaged entry reads as absent). */
final class WindowGeometry {
    private WindowGeometry() { }


    /**
     * Sets the window's size, place and maximised state from {@code store}, then remembers every later change
     * there (the store saves itself shortly after, so a killed window reopens where it was).
     */
    static void restore(Stage stage, SettingsStore store) {
        // a damaged entry reads as absent: the defaults stay
        double w = store.get(Preferences.WINDOW_WIDTH).orElse(1280.0);
        double h = store.get(Preferences.WINDOW_HEIGHT).orElse(820.0);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(screen.getWidth(), Math.max(800, w)));
        stage.setHeight(Math.min(screen.getHeight(), Math.max(600, h)));
        store.get(Preferences.WINDOW_X).ifPresent(stage::setX);
        store.get(Preferences.WINDOW_Y).ifPresent(stage::setY);
        stage.setMaximized(store.get(Preferences.WINDOW_MAXIMIZED).orElse(false));
        javafx.beans.InvalidationListener moved = x -> remember(stage, store);
        for (javafx.beans.Observable o : java.util.List.of(stage.widthProperty(), stage.heightProperty(),
                stage.xProperty(), stage.yProperty(), stage.maximizedProperty())) {
            o.addListener(moved);
        }
    }

    /** Puts the window's state into {@code store} (reading each property, so its listeners fire again). */
    static void remember(Stage stage, SettingsStore store) {
        store.put(Preferences.WINDOW_MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized()) {
            store.put(Preferences.WINDOW_WIDTH, stage.getWidth());
            store.put(Preferences.WINDOW_HEIGHT, stage.getHeight());
            store.put(Preferences.WINDOW_X, stage.getX());
            store.put(Preferences.WINDOW_Y, stage.getY());
        }
    }
}
