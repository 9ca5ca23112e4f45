package dev.slate.cli;

import dev.slate.cli.internal.Terminal;
import picocli.CommandLine;

import java.io.PrintWriter;

/** A bad option or argument: one line saying what is wrong and where to find the usage; exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("slate: " + Terminal.line(e.getMessage()) + " (see '" + cli.getCommandSpec().qualifiedName()
                + " --help')");
        err.flush();
        return ExitCodes.USAGE;
    }
}
