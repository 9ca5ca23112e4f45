package dev.slate.cli;

import picocli.CommandLine.Command;

/**
 * {@code slate}: render, watch, check and count screenplays written in Fountain. No command has
 * subcommands made of methods, so each says {@code addMethodSubcommands = false}: picocli would
 * otherwise read every method's annotations at every start.
 */
@Command(name = "slate", addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Screenplays and shot lists from Fountain or Final Draft: PDFs, shot lists, checks, stats, conversion.",
        subcommands = {RenderCommand.class, WatchCommand.class, CheckCommand.class, StatsCommand.class, ConvertCommand.class,
                ScheduleCommand.class,
                picocli.CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:problems found in a script (check), or an internal error",
                "2:usage error: a bad option or option value",
                "3:input or output error: a missing, unreadable or unwritable file"})
final class SlateCommand {
}
