package org.genrescope.cli;

import java.util.List;
import org.genrescope.analysis.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands. Exit codes: 0 success, 2 bad input or options, 3 not enough memory, 130 interrupted, 1 anything else. */
@Command(name = "genrescope", mixinStandardHelpOptions = true, versionProvider = GenrescopeCommand.VersionProvider.class,
        description = {"Clusters music tracks on their audio features and compares the clusters with genres.",
            // The installed launcher sets genrescope.command to its own name (picocli fills in system properties).
            "Without a command, '${sys:genrescope.command:-java -jar genrescope.jar}' opens the workbench window; "
                + "'${sys:genrescope.command:-java -jar genrescope.jar} PATH' opens it on that FMA metadata folder or CSV."})
public final class GenrescopeCommand implements Runnable {
    /** The commands, in the order the help lists them; added in code by {@link #commandLine(String)}. */
    static final List<Class<?>> COMMANDS = List.of(ClusterCommand.class, ApplyCommand.class, CompareCommand.class,
            StabilityCommand.class, SweepCommand.class, GenerateSampleCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class);

    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_OUT_OF_MEMORY = 3;
    static final int EXIT_INTERRUPTED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * picocli's model of the command line whose first argument is {@code first} (null for none): with only the command
     * it names when it names one of them other than {@code help}, else with every command (the top-level help, the
     * {@code help} command and an unknown command's message list them all). Building picocli's model of every
     * command, options, help texts and all, took about 0.2 CPU s more than building the {@code cluster} command's
     * alone, before a {@code cluster} run could start its work (docs/benchmarks.md, issue 11, session 9); a command
     * does not see its siblings.
     */
    public static CommandLine commandLine(String first) {
        Class<?> named = null;
        for (Class<?> command : COMMANDS) {
            if (command != CommandLine.HelpCommand.class
                    && command.getAnnotation(CommandLine.Command.class).name().equals(first)) {
                named = command;
            }
        }
        CommandLine root = new CommandLine(new GenrescopeCommand());
        for (Class<?> command : COMMANDS) {
            if (named == null || command == named) {
                // a CommandLine of its own, built as the user's: picocli applies model transformers (the settings'
                // options of AnalysisOptions) to those, not to a class handed to addSubcommand
                root.addSubcommand(new CommandLine(command));
            }
        }
        return root;
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        CommandLine commandLine = commandLine(args.length == 0 ? null : args[0]);
        commandLine.setParameterExceptionHandler((e, ignoredArgs) -> {
            System.err.println("genrescope: " + oneLine(e.getMessage()));
            return EXIT_BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine.execute(args);
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var versions = Versions.all();
            return new String[] {"Genrescope " + versions.get("app"), "Java " + versions.get("java"),
                "Smile " + versions.get("smile") + ", DL4J " + versions.get("dl4j") + ", Tablesaw "
                    + versions.get("tablesaw") + ", JavaFX " + versions.get("javafx")};
        }
    }

    /**
     * Starts the training process before the command line is even parsed, when {@code args} run {@code cluster} and
     * do not ask for a representation other than the autoencoder (its default): the process's JVM and ND4J take
     * 1.5-2.5 s to start on two cores, the critical path of the whole command, and parsing, logging and settings
     * come to about 0.7 s before the analysis itself would start it. A guess that turns out wrong (a setting
     * given in another form, or an error) costs one idle process, ended when this JVM exits.
     */
    public static void startTrainingEarly(String[] args) {
        if (trainsAnAutoencoder(args)) {
            org.genrescope.model.embedding.IsolatedAutoencoderTrainer.forOneTraining().prestart();
        }
    }

    /** Whether {@code args} look like a {@code cluster} run that trains the autoencoder (see above). */
    static boolean trainsAnAutoencoder(String[] args) {
        if (args.length < 2 || !args[0].equals("cluster")) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
            String representation = arg.startsWith("--representation=") ? arg.substring("--representation=".length())
                    : arg.equals("--representation") && i + 1 < args.length ? args[i + 1] : null;
            if (representation != null && !representation.equalsIgnoreCase("autoencoder")) {
                return false;
            }
        }
        return true;
    }

}
