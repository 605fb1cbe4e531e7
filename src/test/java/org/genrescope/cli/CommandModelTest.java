package org.genrescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void aCommandBuiltAloneHasTheOptionsItHasAmongTheOthersSettingsIncluded() {
        for (String command : ALL) {
            List<String> alone = optionNames(GenrescopeCommand.commandLine(command).getSubcommands().get(command));
            List<String> amongAll = optionNames(GenrescopeCommand.commandLine(null).getSubcommands().get(command));
            assertEquals(amongAll, alone, command);
        }
        List<String> cluster = optionNames(GenrescopeCommand.commandLine("cluster").getSubcommands().get("cluster"));
        assertTrue(cluster.containsAll(List.of("--input", "--out", "--recipe", "--projection", "--restarts")), cluster.toString());
    }

    private static List<String> optionNames(picocli.CommandLine command) {
        return command.getCommandSpec().options().stream().map(o -> o.longestName()).toList();
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
    void aClusterCommandLineWithSettingsIsParsedAndFailsOnlyOnItsMissingInput(@TempDir Path out) {
        Path missing = out.resolve("no-such-folder");
        CommandRun run = CommandRun.of("cluster", "--input", missing.toString(), "--recipe", "seed", "--projection",
                "pca", "--restarts", "3", "--out", out.resolve("o").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertFalse(run.err().contains("Unknown option"), run.err());
        assertTrue(run.errorLine().contains("no-such-folder"), run.err());
    }

    @Test
    void anUnknownCommandIsStillOneSentenceThatNamesIt() {
        CommandRun run = CommandRun.of("clusters", "--input", "x");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("genrescope: ") && run.err().contains("clusters"), run.err());
    }
}
