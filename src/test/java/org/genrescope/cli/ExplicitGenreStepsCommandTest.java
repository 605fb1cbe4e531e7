package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genrescope.testing.UnbalancedLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the seed recipe (the default) a genre step given explicitly applies to any labels, even when its value equals
 * the recipe's own, which follows the data (FMA's top genres only); turning a step off asks for nothing (issue 9).
 */
class ExplicitGenreStepsCommandTest {

    @TempDir
    Path dir;

    private record Run(CommandRun run, JsonNode report) { }

    private Run cluster(String name, String... options) throws IOException {
        Path csv = UnbalancedLabels.write(dir.resolve("labels.csv"));
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("cluster", "--input", csv.toString(), "--out", out.toString(),
                "--representation", "features", "--k", "2", "--restarts", "1", "--projection", "none"));
        args.addAll(List.of(options));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return new Run(run, new ObjectMapper().readTree(out.resolve("report.json").toFile()));
    }

    private static JsonNode grouping(Run r) {
        return r.report().get("cleaning").get("grouping");
    }

    private static Map<String, Object> reassigned(Run r) {
        return new ObjectMapper().convertValue(grouping(r).get("reassigned"), Map.class);
    }

    @Test
    void theRecipesOwnStepsLeaveTheseLabelsAloneAndTheNoteSaysHowToAskForThem() throws IOException {
        Run r = cluster("recipe");
        assertEquals(Map.of(), reassigned(r));
        assertEquals(grouping(r).get("counts_before"), grouping(r).get("counts_after"));
        assertTrue(r.run().err().contains("note: the seed recipe's genre steps (dropping Experimental and Old-Time / "
                + "Historic, clubbing minor genres) are for FMA's top genres and were not applied to these labels; to "
                + "apply them, give --drop-genres or --club-minor-genres explicitly, or --genre-steps-on-any-labels "
                + "(in the window: check 'Apply the genre steps to any labels')"), r.run().err());
        assertFalse(r.report().get("settings").get("genre_steps_on_any_labels").asBoolean());
    }

    @Test
    void anExplicitClubMinorGenresClubsThemThoughItEqualsTheRecipesValue() throws IOException {
        Run r = cluster("club", "--club-minor-genres");
        assertEquals(Map.of("gamma", "alpha", "delta", "beta"), reassigned(r));
        assertEquals(Map.of("alpha", 35, "beta", 29), new ObjectMapper().convertValue(grouping(r).get("counts_after"),
                Map.class));
        assertFalse(r.run().err().contains("were not applied"), r.run().err());
        assertTrue(r.report().get("settings").get("genre_steps_on_any_labels").asBoolean());
    }

    @Test
    void anExplicitDropGenresDropsThem() throws IOException {
        Run r = cluster("drop", "--drop-genres", "delta");
        assertEquals(Map.of("delta", 4), new ObjectMapper().convertValue(grouping(r).get("dropped_genres"), Map.class));
        assertFalse(grouping(r).get("counts_after").has("delta"));
        assertFalse(r.run().err().contains("were not applied"), r.run().err());
    }

    @Test
    void turningAStepOffOrTheOptionItselfOffAsksForNothing() throws IOException {
        Run off = cluster("off", "--no-club-minor-genres");
        assertEquals(Map.of(), reassigned(off));
        assertTrue(off.run().err().contains("(dropping Experimental and Old-Time / Historic) are for FMA's top genres"),
                off.run().err());
        assertFalse(off.report().get("settings").get("genre_steps_on_any_labels").asBoolean());

        Run both = cluster("both", "--club-minor-genres", "--no-genre-steps-on-any-labels");
        assertEquals(Map.of(), reassigned(both), "the explicit option wins");
        assertTrue(both.run().err().contains("were not applied"), both.run().err());
    }
}
