package org.genrescope.ui;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A column whose height is the tallest its content has asked for at its current width: text whose lines come and
 * go (the estimate over the settings, the state line over the plot) then moves nothing below it under the user's
 * mouse. The estimate went from two lines to three and back as a slider moved, and the settings, that slider too,
 * moved 11-22 px under the mouse; a preview's longer state line pushed the plot down and back (new user, session 22).
 * Its minimum is that height too, so that a parent short of room does not squeeze it (unless a minimum is set, a
 * floor that gives room from the start). A new width measures again.
 */
final class TallestBox extends VBox {
    private double measuredAt = Double.NaN;
    private double tallest;

    TallestBox(double spacing, Node... children) {
        super(spacing, children);
    }

    @Override
    protected double computePrefHeight(double width) {
        double asked = super.computePrefHeight(width);
        // keyed by the width the box has, not the one asked about: a layout asks at several
        if (getWidth() != measuredAt) {
            measuredAt = getWidth();
            tallest = 0;
        }
        tallest = Math.max(tallest, asked);
        return tallest;
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.max(super.computeMinHeight(width), computePrefHeight(width));
    }
}
