package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A command line that names a command builds picocli's model of that command alone (the others' options and help
 * texts cost a {@code cluster} run about 0.2 CPU s before its work starts); anything else builds every command's,
 * since the help, the {@code help} command and an unknown command's message list them all.
 */
class CommandModelTest {
    private static final List<String> ALL = List.of("cluster", "apply", "compare", "stability", "sweep",
            "generate-sample", "bench", "help");

    private static List<String> commandsOf(String first) {
        return List.copyOf(GenrescopeCommand.commandLine(first).getSubcommands().keySet());
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        for (String command : ALL.subList(0, ALL.size() - 1)) {
            assertEquals(List.of(command), commandsOf(command), command);
        }
    }

    @Test
    void helpAnOptionAnUnknownNameOrNothingBuildsEveryCommandInTheHelpsOrder() {
        for (String first : new String[] {null, "help", "--help", "-V", "clusters", ""}) {
            assertEquals(ALL, commandsOf(first), String.valueOf(first));
        }
    }

    @Test
    void theHelpStillListsEveryCommandAndTheHelpCommandStillDescribesOne() {
        CommandRun top = CommandRun.of("--help");
        assertEquals(0, top.exitCode(), top.err());
        for (String command : ALL) {
            assertTrue(top.out().contains("\n  " + command + " "), command + " missing from:\n" + top.out());
        }
        CommandRun helpCluster = CommandRun.of("help", "cluster");
        assertEquals(0, helpCluster.exitCode(), helpCluster.err());
        assertTrue(helpCluster.out().contains("Usage: genrescope cluster"), helpCluster.out());
        CommandRun clusterHelp = CommandRun.of("cluster", "--help");
        assertEquals(helpCluster.out(), clusterHelp.out());
    }

    @Test
    void anUnknownCommandIsStillOneSentenceThatNamesIt() {
        CommandRun run = CommandRun.of("clusters", "--input", "x");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("genrescope: ") && run.err().contains("clusters"), run.err());
    }
}
