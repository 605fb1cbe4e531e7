package org.genrescope.cli;

/** {@link CommandRun} for tests outside this package (the robustness corpus). */
public final class CliRun {
    private CliRun() { }

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) { }

    /** Runs the command line in-process, capturing stdout and stderr. */
    public static Result of(String... args) {
        CommandRun run = CommandRun.of(args);
        return new Result(run.exitCode(), run.out(), run.err());
    }
}
