package org.genrescope.cli;

import org.genrescope.settings.InvalidSettingException;
import org.genrescope.data.DataLoadException;
import org.genrescope.model.embedding.TrainingCrashedException;
import org.genrescope.model.embedding.TrainingOutOfMemoryException;
import org.genrescope.model.natives.NativeLibraryException;
import org.genrescope.task.CancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns what a command throws into one line on stderr and an exit code; a stack trace only with
 * {@code --debug}.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean debug = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
        Throwable cause = e;
        int code;
        String message;
        if (cause instanceof DataLoadException load && load.notEnoughMemory()) {
            code = GenrescopeCommand.EXIT_OUT_OF_MEMORY; // the input is fine; the heap is too small for it
            message = cause.getMessage();
        } else if (cause instanceof DataLoadException || cause instanceof InvalidSettingException) {
            code = GenrescopeCommand.EXIT_BAD_INPUT;
            message = cause.getMessage();
        } else if (cause instanceof TrainingCrashedException || cause instanceof NativeLibraryException) {
            code = GenrescopeCommand.EXIT_FAILURE;
            message = cause.getMessage();
        } else if (cause instanceof MemoryAdvice.NotEnoughMemoryException
                || cause instanceof TrainingOutOfMemoryException) {
            code = GenrescopeCommand.EXIT_OUT_OF_MEMORY;
            message = cause.getMessage();
        } else if (cause instanceof CancelledException) {
            return GenrescopeCommand.EXIT_INTERRUPTED; // only the interrupt hook cancels; it reports
        } else if (cause instanceof java.nio.file.NoSuchFileException nsf) {
            code = GenrescopeCommand.EXIT_BAD_INPUT;
            message = nsf.getFile() + ": no such file or folder";
        } else if (cause instanceof java.io.IOException io) {
            code = GenrescopeCommand.EXIT_FAILURE;
            message = "could not read or write a file: " + io.getMessage();
        } else {
            code = GenrescopeCommand.EXIT_FAILURE;
            message = "unexpected error: " + cause + (debug ? "" : " (run with --debug for the details)");
        }
        System.err.println("genrescope: " + GenrescopeCommand.oneLine(message));
        if (debug) {
            e.printStackTrace(System.err);
        } else {
            LOG.debug("command failed", e);
        }
        return code;
    }
}
