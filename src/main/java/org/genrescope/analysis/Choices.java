package org.genrescope.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the lower-case names of enum settings (any case), with a message that names the setting. */
public final class Choices {
    private Choices() { }

    public static <E extends Enum<E>> E parse(Class<E> type, String text, String setting) {
        String wanted = text == null ? "" : text.trim();
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        String expected = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw new InvalidSettingException(setting, "'" + text + "' is not one of " + expected);
    }
}
