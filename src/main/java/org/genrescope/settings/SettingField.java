package org.genrescope.settings;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One value of a settings record, described by its {@link Setting} annotation: how it is written as text,
 * which values are allowed, and which pipeline stages use it. A component without the annotation is a
 * parameter: it travels with the record (preferences, worker protocol) but is not a user's setting of its own.
 */
public final class SettingField {
    /** The kinds of value a setting can hold. */
    public enum Kind { INT, LONG, DOUBLE, BOOLEAN, TEXT, ENUM, TEXT_LIST, INT_LIST }

    /** A stage that uses the setting, when {@code condition} (a top-level setting's path) has one of {@code values}. */
    record Use(String stage, String condition, List<String> values) {
        static Use parse(String text) {
            String[] parts = text.split("\\s+if\\s+", 2);
            if (parts.length == 1) {
                return new Use(parts[0].strip(), null, List.of());
            }
            String[] test = parts[1].split("=", 2);
            if (test.length != 2) {
                throw new IllegalStateException("usedBy condition must read 'stage if setting=a|b', got '" + text + "'");
            }
            return new Use(parts[0].strip(), test[0].strip(), List.of(test[1].strip().split("\\s*\\|\\s*")));
        }
    }

    private final String path;
    private final String name;
    private final RecordComponent component;
    private final Kind kind;
    private final Class<?> type;
    private final Setting setting;
    private final List<Use> uses;

    SettingField(String prefix, RecordComponent component, List<Use> inheritedUses) {
        this.component = component;
        this.setting = component.getAnnotation(Setting.class);
        this.name = setting != null && !setting.name().isEmpty() ? setting.name() : snakeCase(component.getName());
        this.path = prefix + name;
        this.type = component.getType();
        this.kind = kindOf(component);
        if (kind == null) {
            throw new IllegalStateException(component + " has a type settings cannot hold");
        }
        List<Use> own = setting == null ? List.of() : Arrays.stream(setting.usedBy()).map(Use::parse).toList();
        this.uses = own.isEmpty() ? inheritedUses : own;
        if (setting != null && (setting.option().isEmpty() || setting.label().isEmpty() || setting.help().isEmpty())) {
            throw new IllegalStateException(component + " is a setting without an option, label or help");
        }
        if (setting != null) {
            check(defaultValue()); // a default that does not validate is a programming error, found at start-up
        }
    }

    static Kind kindOf(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == int.class) {
            return Kind.INT;
        } else if (t == long.class) {
            return Kind.LONG;
        } else if (t == double.class) {
            return Kind.DOUBLE;
        } else if (t == boolean.class) {
            return Kind.BOOLEAN;
        } else if (t == String.class) {
            return Kind.TEXT;
        } else if (t.isEnum()) {
            return Kind.ENUM;
        } else if (t == List.class && c.getGenericType() instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            return element == String.class ? Kind.TEXT_LIST : element == Integer.class ? Kind.INT_LIST : null;
        }
        return null;
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The key in the report, the preferences and the worker protocol, dotted inside groups: "autoencoder.epochs". */
    public String path() { return path; }

    /** The key inside its own record: "epochs". */
    public String name() { return name; }

    /** The record component's name, such as "learningRate". */
    public String componentName() { return component.getName(); }

    /** True for a user's setting, false for a parameter (a component without {@link Setting}). */
    public boolean isSetting() { return setting != null; }

    public Kind kind() { return kind; }

    /** The Java type of the value (boxed types for lists, the enum class for enums). */
    public Class<?> type() { return type; }

    /** The command-line option, such as "--k"; empty for a parameter. */
    public String option() { return setting == null ? "" : setting.option(); }

    /** The name in the window, such as "Learning rate"; empty for a parameter. */
    public String label() { return setting == null ? "" : setting.label(); }

    /** What the setting means, with its unit. */
    public String help() { return setting == null ? "" : setting.help(); }

    /** The lowest allowed number, or negative infinity. */
    public double min() { return setting == null ? Double.NEGATIVE_INFINITY : setting.min(); }

    /** The highest allowed number, or positive infinity. */
    public double max() { return setting == null ? Double.POSITIVE_INFINITY : setting.max(); }

    /** True when {@link #min()} itself is not allowed. */
    public boolean exclusiveMin() { return setting != null && setting.exclusiveMin(); }

    /** A sensible increment for a control, in the setting's unit. */
    public double step() { return setting == null ? 1 : setting.step(); }

    /** The stages that use the setting, with their conditions. */
    List<Use> uses() { return uses; }

    /** The allowed values of an enum setting, in declaration order; empty for other kinds. */
    public List<Object> choices() {
        if (kind != Kind.ENUM) {
            return List.of();
        }
        List<String> allowed = setting == null ? List.of() : List.of(setting.choices());
        List<Object> out = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            if (allowed.isEmpty() || allowed.contains(id(constant))) {
                out.add(constant);
            }
        }
        return out;
    }

    /** The value when no recipe says otherwise. */
    public Object defaultValue() {
        if (setting == null) {
            throw new IllegalStateException(path + " is a parameter, not a setting with a default");
        }
        return parse(setting.defaultValue());
    }

    /** The default as the command line spells it. */
    public String defaultText() {
        return format(defaultValue());
    }

    /**
     * Reads a value as the command line spells it.
     *
     * @throws InvalidSettingException naming the option when the text is not a value of this kind
     */
    public Object parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return switch (kind) {
                case INT -> Integer.parseInt(t);
                case LONG -> Long.parseLong(t);
                case DOUBLE -> Double.parseDouble(t);
                case BOOLEAN -> parseBoolean(t);
                case TEXT -> t.isEmpty() ? null : t;
                case ENUM -> parseEnum(t);
                case TEXT_LIST -> split(t);
                // widths may also be separated by spaces, as people type them ("16 8")
                case INT_LIST -> Arrays.stream(t.split("[,\\s]+")).filter(p -> !p.isEmpty()).map(Integer::valueOf).toList();
            };
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(option(), "'" + text + "' is not " + switch (kind) {
                case INT, LONG -> "a whole number";
                case INT_LIST -> "a comma-separated list of whole numbers";
                default -> "a number";
            });
        }
    }

    private static boolean parseBoolean(String t) {
        if (t.equalsIgnoreCase("true")) {
            return true;
        } else if (t.equalsIgnoreCase("false")) {
            return false;
        }
        throw new NumberFormatException(t);
    }

    private Object parseEnum(String t) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(t)) {
                return constant;
            }
        }
        throw new InvalidSettingException(option(), "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(SettingField::id).collect(Collectors.joining(", ")) + ", got '" + t + "'");
    }

    private static List<String> split(String t) {
        return Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Writes a value as the command line spells it; {@link #parse} reads it back equal (doubles bit for bit). */
    public String format(Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case ENUM -> id(value);
            case TEXT_LIST, INT_LIST -> ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(","));
            default -> String.valueOf(value);
        };
    }

    /** The value as the report writes it: numbers and booleans as themselves, enums by name, lists as lists. */
    public Object reportValue(Object value) {
        return kind == Kind.ENUM && value != null ? id(value) : value;
    }

    /** The lower-case name of an enum constant, as the command line spells it. */
    public static String id(Object enumConstant) {
        return ((Enum<?>) enumConstant).name().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks a value against the setting's range and choices.
     *
     * @throws InvalidSettingException naming the option, with the allowed values
     */
    public void check(Object value) {
        if (setting == null) {
            return;
        }
        if (value == null && kind != Kind.TEXT) {
            throw new InvalidSettingException(option(), "must be set");
        }
        switch (kind) {
            case INT, LONG, DOUBLE -> checkNumber(((Number) value).doubleValue(), format(value), "");
            case INT_LIST -> {
                for (Integer element : ((List<Integer>) value)) {
                    if (element == null) {
                        throw new InvalidSettingException(option(), "must not contain empty values");
                    }
                    checkNumber(element, format(value), "each value ");
                }
            }
            case ENUM -> {
                List<Object> allowed = choices();
                if (!allowed.contains(value)) {
                    List<String> ids = allowed.stream().map(SettingField::id).toList();
                    String list = ids.size() == 2 ? ids.get(0) + " or " + ids.get(1) : "one of " + String.join(", ", ids);
                    throw new InvalidSettingException(option(), "must be " + list + ", got "
                            + (value == null ? "none" : id(value)));
                }
            }
            case TEXT_LIST -> {
                if (value == null) {
                    throw new InvalidSettingException(option(), "must be a list (empty for none)");
                }
            }
            default -> { }
        }
    }

    private void checkNumber(double v, String shown, String subject) {
        double min = setting.min();
        double max = setting.max();
        boolean ok = Double.isFinite(v) && (setting.exclusiveMin() ? v > min : v >= min) && v <= max;
        if (ok) {
            return;
        }
        String number = kind == Kind.DOUBLE ? "a number " : "";
        boolean low = min > Double.NEGATIVE_INFINITY;
        boolean high = max < Double.POSITIVE_INFINITY;
        String range;
        if (setting.exclusiveMin() && min == 0 && !high) {
            range = "must be a positive number";
        } else if (low && high) {
            range = "must be " + number + "between " + bound(min) + " and " + bound(max);
        } else if (low && setting.exclusiveMin()) {
            range = "must be " + number + "above " + bound(min);
        } else if (low) {
            range = "must be " + (number.isEmpty() ? "" : number + "of ") + "at least " + bound(min);
        } else if (high) {
            range = "must be " + (number.isEmpty() ? "" : number + "of ") + "at most " + bound(max);
        } else {
            range = "must be a finite number";
        }
        throw new InvalidSettingException(option(), subject + range + ", got " + shown);
    }

    private String bound(double b) {
        return kind == Kind.DOUBLE ? String.valueOf(b).replaceAll("\\.0$", "") : String.valueOf((long) b);
    }

    @Override
    public String toString() {
        return path;
    }
}
