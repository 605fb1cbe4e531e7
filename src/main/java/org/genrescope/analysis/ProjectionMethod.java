package org.genrescope.analysis;

import java.util.Locale;

/** How the clustered representation is drawn in two dimensions. */
public enum ProjectionMethod {
    PCA,
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProjectionMethod parse(String text) {
        return Choices.parse(ProjectionMethod.class, text, "--projection");
    }
}
