package org.genrescope.testing;

import java.util.List;
import java.util.Objects;
import org.genrescope.settings.SettingField;
import org.genrescope.settings.SettingSchema;

/**
 * Sets every field of a settings record to a value other than the one it has, within the field's range, for
 * round-trip tests that must cover settings added later without being edited.
 */
public final class NonDefaults {
    private NonDefaults() { }

    /** {@code base} with every field of {@code schema} (parameters included) changed. */
    public static <R extends Record> R everyFieldChanged(SettingSchema<R> schema, R base) {
        R out = base;
        for (SettingField f : schema.fields()) {
            out = schema.with(out, f.path(), other(f, schema.get(out, f)));
        }
        for (SettingField f : schema.fields()) {
            if (Objects.equals(schema.get(out, f), schema.get(base, f))) {
                throw new AssertionError(f + " kept its value " + schema.get(base, f));
            }
        }
        return out;
    }

    /** A valid value of {@code f} other than {@code current}. */
    public static Object other(SettingField f, Object current) {
        return switch (f.kind()) {
            case INT -> (int) otherNumber(f, ((Number) current).doubleValue(), true);
            case LONG -> (long) otherNumber(f, ((Number) current).doubleValue(), true);
            case DOUBLE -> otherNumber(f, ((Number) current).doubleValue(), false);
            case BOOLEAN -> !(Boolean) current;
            case TEXT -> "custom " + f.name();
            case ENUM -> f.choices().stream().filter(c -> c != current).findFirst().orElseThrow(
                    () -> new AssertionError(f + " has one choice only"));
            // sorted and without repeats, as canonical lists are kept
            case TEXT_LIST -> List.of("a " + f.name(), "b " + f.name());
            case INT_LIST -> List.of(7, 3);
        };
    }

    private static double otherNumber(SettingField f, double v, boolean whole) {
        double max = f.max();
        double up = whole ? v + 1 : Double.isFinite(max) ? (v + max) / 2 : v * 2 + 1;
        if (up <= max) {
            return up;
        }
        double down = whole ? v - 1 : (v + Math.max(f.min(), 0)) / 2;
        if (down < f.min() || (f.exclusiveMin() && down == f.min()) || down == v) {
            throw new AssertionError("no other value for " + f + " near " + v);
        }
        return down;
    }
}
