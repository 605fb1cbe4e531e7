package org.genrescope.settings;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a settings record holds, read once from its components and their {@link Setting} annotations: every
 * other description of the settings (command-line options, controls, preferences, the report, cache keys,
 * the worker protocol) is derived from it. In the spirit of Smile's {@code Options}: {@link #toText} and
 * {@link #withText} are its {@code toProperties} and {@code of}.
 *
 * <p>A component is one of: a setting (annotated, of a kind {@link SettingField} knows), a group (a record of
 * settings; its settings' paths are prefixed with the group's name), a parameter (unannotated, of a known kind:
 * serialised but not offered to the user), or context (any other type, such as the input path: supplied by the
 * caller when building).
 *
 * @param <R> the record type
 */
public final class SettingSchema<R extends Record> {
    private static final ClassValue<SettingSchema<?>> SCHEMAS = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected SettingSchema<?> computeValue(Class<?> type) {
            return new SettingSchema(type.asSubclass(Record.class));
        }
    };

    private sealed interface Node permits Leaf, Group, Context { RecordComponent component(); }

    private record Leaf(RecordComponent component, SettingField field) implements Node { }

    private record Group(RecordComponent component, String prefix, SettingSchema<?> schema) implements Node { }

    private record Context(RecordComponent component) implements Node { }

    private final Class<R> type;
    private final List<Node> nodes = new ArrayList<>();
    private final List<SettingField> fields = new ArrayList<>();
    private final Map<String, SettingField> byPath = new LinkedHashMap<>();
    private final Map<SettingField, List<RecordComponent>> routes = new LinkedHashMap<>();
    private final Constructor<R> constructor;

    private SettingSchema(Class<R> type) {
        this(type, "", List.of());
    }

    private SettingSchema(Class<R> type, String prefix, List<SettingField.Use> inherited) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent c : components) {
            Setting annotation = c.getAnnotation(Setting.class);
            if (c.getType().isRecord()) {
                String name = annotation != null && !annotation.name().isEmpty() ? annotation.name()
                        : SettingField.snakeCase(c.getName());
                List<SettingField.Use> uses = annotation == null ? inherited
                        : Arrays.stream(annotation.usedBy()).map(SettingField.Use::parse).toList();
                @SuppressWarnings({"unchecked", "rawtypes"})
                SettingSchema<?> inner = new SettingSchema(c.getType(), prefix + name + ".", uses.isEmpty() ? inherited : uses);
                nodes.add(new Group(c, prefix + name + ".", inner));
                for (SettingField f : inner.fields) {
                    fields.add(f);
                    List<RecordComponent> route = new ArrayList<>();
                    route.add(c);
                    route.addAll(inner.routes.get(f));
                    routes.put(f, route);
                }
            } else if (annotation != null || SettingField.kindOf(c) != null) {
                SettingField f = new SettingField(prefix, c, inherited);
                nodes.add(new Leaf(c, f));
                fields.add(f);
                routes.put(f, List.of(c));
            } else {
                nodes.add(new Context(c));
            }
        }
        for (SettingField f : fields) {
            if (byPath.put(f.path(), f) != null) {
                throw new IllegalStateException(type.getSimpleName() + " has two settings named " + f.path());
            }
        }
        try {
            constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    /** The schema of a settings record (read once per class). */
    @SuppressWarnings("unchecked")
    public static <R extends Record> SettingSchema<R> of(Class<R> type) {
        return (SettingSchema<R>) SCHEMAS.get(type);
    }

    /** Every value the record holds, groups flattened, parameters included, in component order. */
    public List<SettingField> fields() {
        return Collections.unmodifiableList(fields);
    }

    /** The user's settings only (no parameters), in component order. */
    public List<SettingField> settings() {
        return fields.stream().filter(SettingField::isSetting).toList();
    }

    /**
     * The field at {@code path}, such as "k" or "autoencoder.epochs".
     *
     * @throws IllegalArgumentException when there is none (a programming error)
     */
    public SettingField field(String path) {
        SettingField f = byPath.get(path);
        if (f == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no setting " + path);
        }
        return f;
    }

    /** The setting whose command-line option is {@code option}, such as "--k". */
    public Optional<SettingField> byOption(String option) {
        return settings().stream().filter(f -> f.option().equals(option)).findFirst();
    }

    /** The value of {@code field} in {@code record}. */
    public Object get(R record, SettingField field) {
        Object value = record;
        for (RecordComponent c : route(field)) {
            value = read(c, value);
        }
        return value;
    }

    /**
     * Builds a record: each field's value from {@code values} by path (a missing one is an error), each context
     * component by its component name.
     *
     * @throws InvalidSettingException (or another IllegalArgumentException) when the record rejects a value
     */
    public R build(Function<String, Object> values) {
        Object[] args = new Object[nodes.size()];
        for (int i = 0; i < args.length; i++) {
            Node node = nodes.get(i);
            if (node instanceof Leaf l) {
                args[i] = values.apply(l.field().path());
            } else if (node instanceof Group g) {
                args[i] = g.schema().build(values);
            } else {
                args[i] = values.apply(node.component().getName());
            }
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /**
     * A record of every setting's default, parameters and context from {@code others} (by path or component name).
     *
     * @throws IllegalStateException when a parameter or context value is missing
     */
    public R defaults(Map<String, Object> others) {
        return build(key -> {
            SettingField f = byPath.get(key);
            if (f != null && f.isSetting()) {
                return f.defaultValue();
            }
            if (!others.containsKey(key)) {
                throw new IllegalStateException("no value for " + key);
            }
            return others.get(key);
        });
    }

    /** {@code base} with one value changed; the record validates it. */
    public R with(R base, String path, Object value) {
        SettingField changed = field(path);
        return build(key -> key.equals(path) ? value : valueOrContext(base, key, changed));
    }

    /**
     * {@code base} with the values {@code text} gives (by path, as the command line spells them); keys the schema
     * does not know are ignored, so that a file written by another version still reads.
     *
     * @throws InvalidSettingException naming the option of a value that does not read or validate
     */
    public R withText(R base, Map<String, String> text) {
        return build(key -> {
            SettingField f = byPath.get(key);
            if (f != null && text.containsKey(key)) {
                return f.parse(text.get(key));
            }
            return valueOrContext(base, key, null);
        });
    }

    private Object valueOrContext(R base, String key, SettingField ignored) {
        SettingField f = byPath.get(key);
        if (f != null) {
            return get(base, f);
        }
        for (Node node : nodes) {
            if (node instanceof Context c && c.component().getName().equals(key)) {
                return read(c.component(), base);
            }
        }
        throw new IllegalStateException("no value for " + key);
    }

    /** Every field as text by path, parameters included: {@link #withText} reads it back equal. */
    public Map<String, String> toText(R record) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SettingField f : fields) {
            out.put(f.path(), f.format(get(record, f)));
        }
        return out;
    }

    /**
     * The settings that take part in a run of {@code record} (those without a stage, and those a stage uses
     * under the record's values), as the report writes them: groups as nested maps, enums by name.
     */
    public Map<String, Object> toReport(R record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SettingField f : settings()) {
            if (!inUse(record, f)) {
                continue;
            }
            Map<String, Object> target = out;
            List<RecordComponent> route = route(f);
            for (int i = 0; i < route.size() - 1; i++) {
                String key = f.path().split("\\.")[i];
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) target.computeIfAbsent(key, k -> new LinkedHashMap<>());
                target = inner;
            }
            target.put(f.name(), f.reportValue(get(record, f)));
        }
        return out;
    }

    /** True when {@code field} has no stage or a stage uses it under {@code record}'s values. */
    public boolean inUse(R record, SettingField field) {
        return field.uses().isEmpty() || field.uses().stream().anyMatch(u -> holds(record, u));
    }

    /** True when {@code stage} uses {@code field} under {@code record}'s values. */
    public boolean usedBy(R record, SettingField field, String stage) {
        return field.uses().stream().anyMatch(u -> u.stage().equals(stage) && holds(record, u));
    }

    /**
     * What {@code stage} depends on under {@code record}'s values: "path=value" for each setting it uses, in
     * component order. Equal lists mean the stage's result can be re-used.
     */
    public List<String> inputsOf(R record, String stage) {
        List<String> out = new ArrayList<>();
        for (SettingField f : settings()) {
            if (usedBy(record, f, stage)) {
                out.add(f.path() + "=" + f.format(get(record, f)));
            }
        }
        return List.copyOf(out);
    }

    /** The stages some setting names, in order of first mention. */
    public List<String> stages() {
        return fields.stream().flatMap(f -> f.uses().stream()).map(SettingField.Use::stage).distinct().toList();
    }

    private boolean holds(R record, SettingField.Use use) {
        if (use.condition() == null) {
            return true;
        }
        SettingField tested = field(use.condition());
        return use.values().contains(tested.format(get(record, tested)));
    }

    /**
     * Checks the record's values, given in component order, against each setting's range and choices; call it
     * from the record's constructor.
     *
     * @throws InvalidSettingException naming the option of the first bad value
     * @throws IllegalStateException   when the values do not match the components (a programming error)
     */
    public void check(Object... values) {
        if (values.length != nodes.size()) {
            throw new IllegalStateException(type.getSimpleName() + " checks " + values.length + " values but has "
                    + nodes.size() + " components");
        }
        for (int i = 0; i < values.length; i++) {
            Node node = nodes.get(i);
            if (node instanceof Leaf l) {
                l.field().check(values[i]);
            } else if (node instanceof Group g) {
                Objects.requireNonNull(values[i], g.component().getName());
            }
        }
    }

    private List<RecordComponent> route(SettingField field) {
        List<RecordComponent> route = routes.get(field);
        if (route == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no setting " + field);
        }
        return route;
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }
}
