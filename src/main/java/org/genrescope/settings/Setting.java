package org.genrescope.settings;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one setting, once, on the record component that holds it: the command line, the settings panel,
 * the remembered preferences, the report and the pipeline's cache keys are all derived from it by
 * {@link SettingSchema}. On a component whose type is itself a record of settings it only groups them
 * ({@link #name()} and {@link #usedBy()} apply to every setting inside).
 *
 * <p>Values are written as the command line spells them: numbers as Java reads them, enums by their
 * lower-case name, lists comma-separated, an absent text as the empty string.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Setting {
    /** The command-line option, such as {@code --k}. */
    String option() default "";

    /** The setting's name in the window, such as {@code Learning rate}; errors shown there start with it. */
    String label() default "";

    /** What the setting means, with its unit: the CLI's help and the control's tooltip. */
    String help() default "";

    /** The value when no recipe says otherwise, as the command line spells it. */
    String defaultValue() default "";

    /** The key in the report, the preferences and the worker protocol; default: the component's name in snake_case. */
    String name() default "";

    /** The lowest allowed number (for lists of numbers: of each element); none by default. */
    double min() default Double.NEGATIVE_INFINITY;

    /** The highest allowed number; none by default. */
    double max() default Double.POSITIVE_INFINITY;

    /** True when {@link #min()} itself is not allowed (a positive number has min 0, exclusive). */
    boolean exclusiveMin() default false;

    /** For an enum: the allowed values by their lower-case names, when not all are allowed. */
    String[] choices() default {};

    /** A sensible increment for a control such as a spinner, in the setting's unit. */
    double step() default 1;

    /**
     * The pipeline stages whose result depends on this setting, each as {@code "stage"} or
     * {@code "stage if setting=value|value"} (the condition names a top-level setting of the same schema).
     * A setting is reported when it has no stage or one of its conditions holds.
     */
    String[] usedBy() default {};
}
