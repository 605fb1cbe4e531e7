package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.genrescope.analysis.AnalysisConfig;
import org.genrescope.settings.SettingField;
import org.junit.jupiter.api.Test;

/** The panel is the one place a setting must be placed by hand: every setting is, exactly once. */
class SettingsPaneTest {
    @Test
    void everySettingHasExactlyOnePlace() {
        Set<String> settings = AnalysisConfig.SCHEMA.settings().stream().map(SettingField::path)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(settings, new TreeSet<>(SettingsPane.placed()), "placed in SettingsPane.SECTIONS or SET_ELSEWHERE");
        List<String> all = new ArrayList<>(SettingsPane.SET_ELSEWHERE);
        SettingsPane.SECTIONS.forEach(s -> all.addAll(s.settings()));
        assertEquals(all.size(), settings.size(), "no setting is placed twice");
    }
}
